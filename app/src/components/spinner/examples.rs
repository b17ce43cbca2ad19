//! Gallery examples of the spinner and the skeleton.

use leptos::prelude::*;
use shared::ui::gallery::examples::spinner::*;
use shared::ui::gallery::states;

use super::{Skeleton, Spinner, SpinnerSize};
use crate::components::button::{Button, ButtonKind};

crate::examples![
    spinner: SPINNER,
    sizes: SIZES,
    with_label: WITH_LABEL,
    large_spinner: LARGE_SPINNER,
    skeleton: SKELETON,
    busy: states::BUSY,
];

/// Something small is loading; only a screen reader hears «Загрузка…».
pub fn spinner() -> AnyView {
    view! { <Spinner /> }.into_any()
}

/// Small for a line of text, medium for a block, large for a panel.
pub fn sizes() -> AnyView {
    view! {
        <div class="button-group">
            <Spinner size=SpinnerSize::Small />
            <Spinner />
            <Spinner size=SpinnerSize::Large />
        </div>
    }
    .into_any()
}

/// Words shown next to the spinner say what is loading.
pub fn with_label() -> AnyView {
    view! { <Spinner label=LOADING_REQUESTS /> }.into_any()
}

/// A whole panel is loading, with its words under the ring.
pub fn large_spinner() -> AnyView {
    view! { <Spinner size=SpinnerSize::Large label=LOADING_REQUESTS /> }.into_any()
}

/// The shape of a request card while it loads.
pub fn skeleton() -> AnyView {
    view! { <Skeleton heading=true lines=4 /> }.into_any()
}

/// The content replaces its skeleton when it arrives; the button loads it again.
pub fn busy() -> AnyView {
    let busy = RwSignal::new(true);
    Effect::new(move |_| {
        if busy.get() {
            set_timeout(move || busy.set(false), std::time::Duration::from_secs(2));
        }
    });
    view! {
        <Skeleton heading=true lines=2 busy=busy>
            <p class="heading-s">"Обращение № 2026-000123"</p>
            <p class="body">"Не приходит код подтверждения на телефон. Статус: в работе."</p>
        </Skeleton>
        <Button label=TOGGLE_LOADING kind=ButtonKind::Secondary on_click=Callback::new(move |_| busy.set(true)) />
    }
    .into_any()
}
