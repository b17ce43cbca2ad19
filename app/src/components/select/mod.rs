//! A drop-down list with an empty first option that asks to choose («Выберите тему»), options
//! grouped under headings. Use it for long lists; radios are better for up to about seven.
//!
//! # Manual checks
//! - The arrow keys move through the options without submitting anything.
//! - The empty first option reads as an instruction, not as an answer.

pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;

use super::error_summary::{ShownError, field_id};
use super::field::{FieldFrame, FieldState};
use crate::lang;

/// A group of options under a heading (an `<optgroup>`).
#[derive(Debug, Clone)]
pub struct OptionGroup {
    /// Group heading.
    pub label: String,
    /// (value, text) pairs.
    pub options: Vec<(String, String)>,
}

/// A drop-down list with an empty first option that asks to choose.
#[component]
pub fn Select(
    /// Field name in the error map.
    name: &'static str,
    /// Visible label.
    label: Text,
    /// The empty first option's text («Выберите тему»).
    placeholder: Text,
    /// The options, grouped.
    groups: Vec<OptionGroup>,
    /// The chosen value.
    value: RwSignal<String>,
    /// The field's error, if any.
    error: Signal<Option<ShownError>>,
) -> impl IntoView {
    let id = field_id(name);
    let state = FieldState::new(&id, false, error);
    view! {
        <FieldFrame id=id.clone() label=label hint=None optional=false error=error has_error=state.has_error>
            <select
                class="select"
                class:select--error=state.has_error
                id=id
                name=name
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                prop:value=value
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                <option value="">{placeholder.get(lang())}</option>
                {groups
                    .into_iter()
                    .map(|group| {
                        view! {
                            <optgroup label=group.label>
                                {group
                                    .options
                                    .into_iter()
                                    .map(|(code, text)| view! { <option value=code>{text}</option> })
                                    .collect_view()}
                            </optgroup>
                        }
                    })
                    .collect_view()}
            </select>
        </FieldFrame>
    }
}

/// The sections of the category tree as one group labelled `label`: the list a section
/// question offers.
pub fn section_group(label: shared::lang::Text) -> OptionGroup {
    OptionGroup {
        label: label.get(lang()).to_owned(),
        options: shared::categories::SECTIONS
            .iter()
            .map(|s| (s.code.to_owned(), s.name.get(lang()).to_owned()))
            .collect(),
    }
}

/// The portal's topics, every subcategory grouped by its section: the list a topic question
/// offers.
pub fn topic_groups() -> Vec<OptionGroup> {
    topic_groups_except("")
}

/// [`topic_groups`] without the section of code `section` (a transfer must leave it).
pub fn topic_groups_except(section: &str) -> Vec<OptionGroup> {
    shared::categories::SECTIONS
        .iter()
        .filter(|candidate| candidate.code != section)
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
