//! Identifier inputs: СНИЛС, ИНН, паспорт, ОГРН, ОГРНИП. Each kind brings its label, its hint
//! with an example in the usual spacing («123-456-789 64», «45 08 123456»), a box sized to the
//! number and digits on the keyboard. The number stays as typed — spaces and dashes are welcome —
//! and `shared::identifiers` cleans it and checks its format and check digits on submit.
//!
//! # Manual checks
//! - Pasting «123-456-789 64» or «12345678964» both work; neither is rewritten while typing.
//! - A check-digit failure says «Проверьте СНИЛС: в номере есть ошибка», not «неверный».
//! - The box is wide enough for the number with its usual spaces at 400 % zoom.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::identifiers::{self, Checked};
use shared::lang::Text;
use shared::ui::feedback as words;

use super::error_summary::ShownError;
use super::text_input::TextInput;

/// Which identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentifierKind {
    /// СНИЛС: 11 digits.
    Snils,
    /// ИНН: 10 or 12 digits.
    Inn,
    /// Passport: series and number, 10 digits.
    Passport,
    /// ОГРН: 13 digits.
    Ogrn,
    /// ОГРНИП: 15 digits.
    Ogrnip,
}

impl IdentifierKind {
    /// Its label.
    pub fn label(self) -> Text {
        match self {
            IdentifierKind::Snils => words::SNILS,
            IdentifierKind::Inn => words::INN,
            IdentifierKind::Passport => words::PASSPORT,
            IdentifierKind::Ogrn => words::OGRN,
            IdentifierKind::Ogrnip => words::OGRNIP,
        }
    }

    /// Its hint, with an example in the usual spacing.
    pub fn hint(self) -> Text {
        match self {
            IdentifierKind::Snils => words::SNILS_HINT,
            IdentifierKind::Inn => words::INN_HINT,
            IdentifierKind::Passport => words::PASSPORT_HINT,
            IdentifierKind::Ogrn => words::OGRN_HINT,
            IdentifierKind::Ogrnip => words::OGRNIP_HINT,
        }
    }

    /// `shared`'s rule for it: the digits, or the code of what is wrong.
    pub fn check(self, raw: &str) -> Checked {
        match self {
            IdentifierKind::Snils => identifiers::snils(raw),
            IdentifierKind::Inn => identifiers::inn(raw),
            IdentifierKind::Passport => identifiers::passport(raw),
            IdentifierKind::Ogrn => identifiers::ogrn(raw),
            IdentifierKind::Ogrnip => identifiers::ogrnip(raw),
        }
    }
}

/// The field of one identifier.
#[component]
pub fn IdentifierInput(
    /// Field name in the error map.
    name: &'static str,
    /// Which identifier.
    kind: IdentifierKind,
    /// The number as typed.
    value: RwSignal<String>,
    /// The field's error.
    error: Signal<Option<ShownError>>,
    /// Adds «(необязательно)» to the label.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    view! {
        <TextInput
            name=name
            label=kind.label()
            hint=kind.hint()
            inputmode="numeric"
            width="input--width-20"
            optional=optional
            value=value
            error=error
        />
    }
}
