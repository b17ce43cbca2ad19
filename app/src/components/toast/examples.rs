//! Gallery examples of toasts.

use leptos::prelude::*;
use shared::ui::gallery::examples::toast::*;

use super::{ToastHost, Toasts};
use crate::components::button::{Button, ButtonKind};

crate::examples![saved: SAVED];

/// Press the button: a toast appears and goes after a while, unless held.
pub fn saved() -> AnyView {
    let toasts = Toasts::new();
    toasts.push(DRAFT_SAVED);
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
