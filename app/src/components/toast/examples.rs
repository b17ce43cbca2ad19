//! Gallery examples of toasts.

use leptos::prelude::*;
use shared::ui::gallery::examples::toast::*;
use shared::ui::gallery::states;

use super::{ToastHost, Toasts};
use crate::components::button::{Button, ButtonKind};

crate::examples![saved: SAVED, stacked: STACKED, long_text: states::LONG_TEXT];

/// Press the button: a toast appears and goes after a while, unless held.
pub fn saved() -> AnyView {
    let toasts = Toasts::new();
    // After the status region is on the page, so a screen reader hears the first toast too.
    request_animation_frame(move || toasts.push(DRAFT_SAVED));
    view! {
        <Button
            label=SAVE
            kind=ButtonKind::Secondary
            on_click=Callback::new(move |_| toasts.push(DRAFT_SAVED))
        />
        <ToastHost toasts=toasts />
    }
    .into_any()
}

/// Several toasts stack, the newest at the bottom; each goes on its own time.
pub fn stacked() -> AnyView {
    let toasts = Toasts::new();
    let several = Callback::new(move |_| {
        toasts.push(DRAFT_SAVED);
        toasts.push(FILE_ADDED);
        toasts.push_string("Файл «квитанция-об-оплате-госпошлины.pdf» загружен".to_owned());
    });
    view! {
        <Button label=SHOW_SEVERAL kind=ButtonKind::Secondary on_click=several />
        <ToastHost toasts=toasts />
    }
    .into_any()
}

/// Long words wrap inside the toast, which never grows wider than the screen.
pub fn long_text() -> AnyView {
    let toasts = Toasts::new();
    view! {
        <Button label=SAVE kind=ButtonKind::Secondary on_click=Callback::new(move |_| toasts.push(LONG_TOAST)) />
        <ToastHost toasts=toasts />
    }
    .into_any()
}
