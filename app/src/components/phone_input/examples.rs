//! Gallery examples of the phone input.

use leptos::prelude::*;
use shared::identifiers;
use shared::ui::feedback as words;
use shared::ui::gallery::states;

use super::PhoneInput;
use crate::components::error_summary::ShownError;

crate::examples![empty: states::EMPTY, filled: states::FILLED, error: states::ERROR];

/// No number yet.
pub fn empty() -> AnyView {
    let value = RwSignal::new(String::new());
    view! { <PhoneInput name="phone" label=words::PHONE value=value error=Signal::stored(None) /> }
        .into_any()
}

/// A number as people write it: kept as typed.
pub fn filled() -> AnyView {
    let value = RwSignal::new("+7 (912) 345-67-89".to_owned());
    view! { <PhoneInput name="phone-filled" label=words::PHONE value=value error=Signal::stored(None) /> }
        .into_any()
}

/// Too few digits: what `shared`'s phone rule says.
pub fn error() -> AnyView {
    let value = RwSignal::new("8 912 345".to_owned());
    let code = identifiers::phone(&value.get_untracked())
        .err()
        .unwrap_or_default();
    view! {
        <PhoneInput
            name="phone-error"
            label=words::PHONE
            value=value
            error=Signal::stored(Some(ShownError::new("phone-error", code)))
        />
    }
    .into_any()
}
