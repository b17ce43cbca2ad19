//! Gallery examples of the back link.

use leptos::prelude::*;
use shared::ui::gallery::states;

use super::BackLink;

crate::examples![default: states::DEFAULT, other_words: states::LONG_TEXT];

/// «Назад» to the previous step.
pub fn default() -> AnyView {
    view! { <BackLink href="#".to_owned() /> }.into_any()
}

/// Words of its own, when «Назад» would not say where it goes.
pub fn other_words() -> AnyView {
    view! { <BackLink href="#".to_owned() text=shared::ui::gallery::ALL_COMPONENTS /> }.into_any()
}
