//! Gallery examples of the identifier inputs.

use leptos::prelude::*;
use shared::ui::gallery::examples::identifier_input::*;
use shared::ui::gallery::states;

use super::{IdentifierInput, IdentifierKind};
use crate::components::error_summary::ShownError;

crate::examples![
    snils_empty: states::EMPTY,
    snils_spaced: SPACED,
    snils_check_digits: CHECK_DIGITS,
    inn_format: FORMAT,
    passport_spaced: PASSPORT,
];

/// СНИЛС not given yet.
pub fn snils_empty() -> AnyView {
    let value = RwSignal::new(String::new());
    view! { <IdentifierInput name="snils" kind=IdentifierKind::Snils value=value error=Signal::stored(None) /> }
        .into_any()
}

/// СНИЛС with its usual dashes and space, kept as typed.
pub fn snils_spaced() -> AnyView {
    let value = RwSignal::new("112-233-445 95".to_owned());
    view! {
        <IdentifierInput name="snils-spaced" kind=IdentifierKind::Snils value=value error=Signal::stored(None) />
    }
    .into_any()
}

/// A СНИЛС whose check digits do not match: `shared`'s rule finds it.
pub fn snils_check_digits() -> AnyView {
    let kind = IdentifierKind::Snils;
    let value = RwSignal::new("112-233-445 96".to_owned());
    let code = kind.check(&value.get_untracked()).err().unwrap_or_default();
    view! {
        <IdentifierInput
            name="snils-check"
            kind=kind
            value=value
            error=Signal::stored(Some(ShownError::new("snils-check", code)))
        />
    }
    .into_any()
}

/// An ИНН of the wrong length.
pub fn inn_format() -> AnyView {
    let kind = IdentifierKind::Inn;
    let value = RwSignal::new("77 07 0838".to_owned());
    let code = kind.check(&value.get_untracked()).err().unwrap_or_default();
    view! {
        <IdentifierInput
            name="inn-format"
            kind=kind
            value=value
            error=Signal::stored(Some(ShownError::new("inn-format", code)))
        />
    }
    .into_any()
}

/// Passport series and number with spaces, optional.
pub fn passport_spaced() -> AnyView {
    let value = RwSignal::new("45 08 123456".to_owned());
    view! {
        <IdentifierInput
            name="passport"
            kind=IdentifierKind::Passport
            optional=true
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}
