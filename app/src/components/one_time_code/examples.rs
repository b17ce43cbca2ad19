//! Gallery examples of the one-time code.

use leptos::prelude::*;
use shared::identifiers;
use shared::ui::gallery::examples::one_time_code::*;
use shared::ui::gallery::states;

use super::OneTimeCode;
use crate::components::error_summary::ShownError;

crate::examples![empty: states::EMPTY, error: states::ERROR];

/// Waiting for the code.
pub fn empty() -> AnyView {
    let value = RwSignal::new(String::new());
    view! { <OneTimeCode name="code" label=CODE hint=CODE_HINT value=value error=Signal::stored(None) /> }.into_any()
}

/// Five digits: what `shared`'s code rule says.
pub fn error() -> AnyView {
    let value = RwSignal::new("12345".to_owned());
    let code = identifiers::one_time_code(&value.get_untracked())
        .err()
        .unwrap_or_default();
    view! {
        <OneTimeCode
            name="code-error"
            label=CODE
            hint=CODE_HINT
            value=value
            error=Signal::stored(Some(ShownError::new("code-error", code)))
        />
    }
    .into_any()
}
