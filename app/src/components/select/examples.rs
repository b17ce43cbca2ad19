//! Gallery examples of the select.

use leptos::prelude::*;
use shared::categories::SECTIONS;
use shared::forms::rules;
use shared::ui::feedback as words;
use shared::ui::gallery::states;

use super::{Select, topic_groups};
use crate::components::error_summary::ShownError;

crate::examples![empty: states::EMPTY, filled: states::FILLED, error: states::ERROR];

/// Nothing chosen: the first option asks to choose.
pub fn empty() -> AnyView {
    let value = RwSignal::new(String::new());
    view! {
        <Select
            name="topic"
            label=words::TOPIC
            placeholder=words::TOPIC_CHOOSE
            groups=topic_groups()
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// A topic chosen.
pub fn filled() -> AnyView {
    let first = SECTIONS[0].subcategories[0].code.to_owned();
    let value = RwSignal::new(first);
    view! {
        <Select
            name="topic-filled"
            label=words::TOPIC
            placeholder=words::TOPIC_CHOOSE
            groups=topic_groups()
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// Nothing chosen on submit: the topic rule's own message.
pub fn error() -> AnyView {
    let value = RwSignal::new(String::new());
    let code = rules::topic("")
        .err()
        .map(|e| e.code.to_string())
        .unwrap_or_default();
    view! {
        <Select
            name="topic-error"
            label=words::TOPIC
            placeholder=words::TOPIC_CHOOSE
            groups=topic_groups()
            value=value
            error=Signal::stored(Some(ShownError::new("topic-error", &code)))
        />
    }
    .into_any()
}
