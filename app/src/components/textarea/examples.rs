//! Gallery examples of the textarea and its character count.

use leptos::prelude::*;
use shared::text::FEEDBACK_MESSAGE;
use shared::ui::feedback as words;
use shared::ui::gallery::states;

use super::TextArea;
use crate::components::error_summary::ShownError;

crate::examples![
    empty: states::EMPTY,
    filled: states::FILLED,
    over_limit: states::ERROR,
    disabled: states::DISABLED,
    long_text: states::LONG_TEXT,
];

/// The feedback message field, counting against `shared`'s limit.
pub fn empty() -> AnyView {
    let value = RwSignal::new(String::new());
    view! {
        <TextArea
            name="message"
            label=words::MESSAGE
            hint=words::MESSAGE_HINT
            rule=FEEDBACK_MESSAGE
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// Part of the limit used.
pub fn filled() -> AnyView {
    let value = RwSignal::new(
        "Не могу записаться к врачу: после выбора времени страница показывает ошибку.".to_owned(),
    );
    view! {
        <TextArea
            name="message-filled"
            label=words::MESSAGE
            hint=words::MESSAGE_HINT
            rule=FEEDBACK_MESSAGE
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// Over the limit: the count says by how much, the rule's error says what to do.
pub fn over_limit() -> AnyView {
    let value = RwSignal::new("Очень длинное сообщение. ".repeat(170));
    let code = FEEDBACK_MESSAGE
        .check(&value.get_untracked())
        .err()
        .unwrap_or_default();
    view! {
        <TextArea
            name="message-over-limit"
            label=words::MESSAGE
            hint=words::MESSAGE_HINT
            rule=FEEDBACK_MESSAGE
            value=value
            error=Signal::stored(Some(ShownError::new("message-over-limit", code)))
        />
    }
    .into_any()
}

/// A text that cannot be changed here.
pub fn disabled() -> AnyView {
    let value = RwSignal::new("Обращение закрыто, текст изменить нельзя.".to_owned());
    view! {
        <TextArea name="message-disabled" label=words::MESSAGE disabled=true value=value error=Signal::stored(None) />
    }
    .into_any()
}

/// Long text scrolls inside the box, which can be made taller.
pub fn long_text() -> AnyView {
    let value = RwSignal::new("Подробное описание проблемы со всеми шагами. ".repeat(40));
    view! {
        <TextArea
            name="message-long-text"
            label=words::MESSAGE
            rule=FEEDBACK_MESSAGE
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}
