//! Gallery examples of the hint.

use leptos::prelude::*;
use shared::ui::feedback as words;
use shared::ui::gallery::states;

use super::Hint;

crate::examples![default: states::DEFAULT, long_text: states::LONG_TEXT];

/// A hint under the e-mail field.
pub fn default() -> AnyView {
    view! { <Hint id="email-hint".to_owned() text=words::EMAIL_HINT /> }.into_any()
}

/// The longest hint the portal has wraps within its column.
pub fn long_text() -> AnyView {
    view! { <Hint id="message-hint".to_owned() text=words::MESSAGE_HINT /> }.into_any()
}
