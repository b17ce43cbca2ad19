//! Gallery examples of the inline error message.

use leptos::prelude::*;
use shared::identifiers;
use shared::ui::gallery::states;

use super::ErrorMessage;
use crate::components::error_summary::ShownError;

crate::examples![default: states::DEFAULT, long_text: states::LONG_TEXT];

/// What the SNILS rule says about a number with a wrong check sum.
pub fn default() -> AnyView {
    let code = identifiers::snils("123-456-789 65")
        .err()
        .unwrap_or_default();
    let error = Signal::stored(Some(ShownError::new("snils", code)));
    view! { <ErrorMessage id="snils".to_owned() error=error /> }.into_any()
}

/// A long message wraps and keeps its «Ошибка:» for screen readers.
pub fn long_text() -> AnyView {
    let code = identifiers::snils("12345").err().unwrap_or_default();
    let error = Signal::stored(Some(ShownError::new("snils", code)));
    view! { <ErrorMessage id="snils-short".to_owned() error=error /> }.into_any()
}
