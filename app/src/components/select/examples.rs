//! Gallery examples of the select.

use leptos::prelude::*;
use shared::categories::SECTIONS;
use shared::forms::rules;
use shared::ui::feedback as words;
use shared::ui::gallery::states;

use super::{OptionGroup, Select};
use crate::components::error_summary::ShownError;
use crate::lang;

crate::examples![empty: states::EMPTY, filled: states::FILLED, error: states::ERROR];

/// The portal's topics, grouped by section, as the feedback form lists them.
fn topics() -> Vec<OptionGroup> {
    SECTIONS
        .iter()
        .map(|section| OptionGroup {
            label: section.name.get(lang()).to_owned(),
            options: section
                .subcategories
                .iter()
                .map(|sub| (sub.code.to_owned(), sub.name.get(lang()).to_owned()))
                .collect(),
        })
        .collect()
}

/// Nothing chosen: the first option asks to choose.
pub fn empty() -> AnyView {
    let value = RwSignal::new(String::new());
    view! {
        <Select
            name="topic"
            label=words::TOPIC
            placeholder=words::TOPIC_CHOOSE
            groups=topics()
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
            groups=topics()
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
            groups=topics()
            value=value
            error=Signal::stored(Some(ShownError::new("topic-error", &code)))
        />
    }
    .into_any()
}
