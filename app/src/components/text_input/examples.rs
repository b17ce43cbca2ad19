//! Gallery examples of the text input.

use leptos::prelude::*;
use shared::identifiers;
use shared::ui::feedback as words;
use shared::ui::gallery::states;

use super::TextInput;
use crate::components::error_summary::ShownError;

crate::examples![
    empty: states::EMPTY,
    filled: states::FILLED,
    error: states::ERROR,
    optional: states::OPTIONAL,
    disabled: states::DISABLED,
    long_text: states::LONG_TEXT,
];

/// An empty e-mail field with its hint.
pub fn empty() -> AnyView {
    let value = RwSignal::new(String::new());
    view! {
        <TextInput
            name="email"
            label=words::EMAIL
            hint=words::EMAIL_HINT
            input_type="email"
            autocomplete="email"
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// The same field with an answer.
pub fn filled() -> AnyView {
    let value = RwSignal::new("a.ivanova@example.ru".to_owned());
    view! {
        <TextInput
            name="email-filled"
            label=words::EMAIL
            hint=words::EMAIL_HINT
            input_type="email"
            autocomplete="email"
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// The answer kept, and what `shared`'s e-mail rule says about it.
pub fn error() -> AnyView {
    let value = RwSignal::new("a.ivanova@".to_owned());
    let code = identifiers::email(&value.get_untracked())
        .err()
        .unwrap_or_default();
    view! {
        <TextInput
            name="email-error"
            label=words::EMAIL
            hint=words::EMAIL_HINT
            input_type="email"
            autocomplete="email"
            value=value
            error=Signal::stored(Some(ShownError::new("email-error", code)))
        />
    }
    .into_any()
}

/// An optional identifier: digits keyboard, a box sized to the answer.
pub fn optional() -> AnyView {
    let value = RwSignal::new(String::new());
    view! {
        <TextInput
            name="inn"
            label=words::INN
            hint=words::INN_HINT
            inputmode="numeric"
            width="input--width-10"
            optional=true
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// An input that cannot be changed here.
pub fn disabled() -> AnyView {
    let value = RwSignal::new("+7 912 345-67-89".to_owned());
    view! {
        <TextInput
            name="phone-disabled"
            label=words::PHONE
            input_type="tel"
            width="input--width-20"
            disabled=true
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// A long answer scrolls inside the box; the box never grows past the column.
pub fn long_text() -> AnyView {
    let value = RwSignal::new(
        "konstantinopolskaya-saltykova.aleksandra.vyacheslavovna@regionalnoe-otdelenie.example.ru"
            .to_owned(),
    );
    view! {
        <TextInput
            name="email-long-text"
            label=words::EMAIL
            input_type="email"
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}
