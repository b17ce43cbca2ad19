//! Gallery examples of the button.

use leptos::prelude::*;
use shared::ui::feedback as words;
use shared::ui::gallery::examples::button::*;
use shared::ui::gallery::states;

use super::{Button, ButtonKind};

crate::examples![
    primary: PRIMARY,
    secondary: SECONDARY,
    warning: WARNING,
    link_style: LINK_STYLE,
    busy: states::BUSY,
    disabled: states::DISABLED,
    long_text: states::LONG_TEXT,
    group: GROUP,
];

/// The main action of a page.
pub fn primary() -> AnyView {
    view! { <Button label=words::SEND /> }.into_any()
}

/// Any other action.
pub fn secondary() -> AnyView {
    view! { <Button label=words::PRINT kind=ButtonKind::Secondary /> }.into_any()
}

/// An action that cannot be undone.
pub fn warning() -> AnyView {
    view! { <Button label=WITHDRAW kind=ButtonKind::Warning /> }.into_any()
}

/// A quiet action that still is a button.
pub fn link_style() -> AnyView {
    view! { <Button label=words::ANOTHER kind=ButtonKind::Link /> }.into_any()
}

/// Pressed: busy until the work is done; press it to see it again.
pub fn busy() -> AnyView {
    let busy = RwSignal::new(true);
    let toggle = Callback::new(move |_| busy.update(|b| *b = !*b));
    view! {
        <Button label=words::SEND busy_label=words::SENDING busy=busy />
        <Button label=TOGGLE_BUSY kind=ButtonKind::Secondary on_click=toggle />
    }
    .into_any()
}

/// Not available now; still focusable so its words can be read.
pub fn disabled() -> AnyView {
    view! { <Button label=words::SEND unavailable=true /> }.into_any()
}

/// Long words wrap inside the button.
pub fn long_text() -> AnyView {
    view! { <Button label=LONG_LABEL /> }.into_any()
}

/// A main and a secondary action side by side.
pub fn group() -> AnyView {
    view! {
        <div class="button-group">
            <Button label=words::SEND submit=true />
            <Button label=words::PRINT kind=ButtonKind::Secondary />
        </div>
    }
    .into_any()
}
