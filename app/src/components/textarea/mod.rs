//! A multi-line text area with a character count, the one live helper UX.md allows.
//!
//! The count is `shared`'s own: the same [`TextRule`] that judges the text on submit and on the
//! server counts it here, and `shared::ui::components::character_count` words it with real
//! Russian plurals («Остался 1 символ», «Осталось 2 символа»). The visible count changes as one
//! types; a visually hidden polite live region repeats it once typing pauses, so a screen reader
//! is told without being interrupted at every key.
//!
//! # Manual checks
//! - Typing does not make a screen reader speak at every key; after a pause it reads the count once.
//! - Going over the limit is shown by words («На 3 символа больше, чем можно»), not by colour alone.
//! - Text longer than the limit is kept, never cut: the person decides what to remove.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use shared::lang::Text;
use shared::text::TextRule;
use shared::ui::components::character_count;

use super::error_summary::{ShownError, field_id};
use super::field::{FieldFrame, FieldState};
use crate::lang;

/// How long typing must pause before the count is announced.
const ANNOUNCE_AFTER_MS: u64 = 1000;

/// The visible count and its polite announcement, for a text judged by `rule`.
#[component]
pub fn CharacterCount(
    /// The field's element id; the count gets `<id>-info`.
    id: String,
    /// The text counted.
    value: RwSignal<String>,
    /// The rule whose limit is counted against.
    rule: TextRule,
) -> impl IntoView {
    let remaining = Signal::derive(move || value.with(|text| rule.remaining(text)));
    let words = move || {
        character_count::describe(remaining.get())
            .get(lang())
            .to_owned()
    };
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |previous: Option<()>| {
        let text = words();
        // The first run is the page opening: nothing has been typed, nothing to announce.
        if previous.is_none() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || announced.set(text),
            std::time::Duration::from_millis(ANNOUNCE_AFTER_MS),
        )
        .ok();
        pending.set_value(handle);
    });
    view! {
        <div
            class="character-count__message"
            class:character-count__message--over=move || remaining.get() < 0
            id=format!("{id}-info")
        >
            {words}
        </div>
        <div class="visually-hidden" aria-live="polite">{announced}</div>
    }
}

/// A multi-line text area; with `rule`, a character count under it.
#[component]
pub fn TextArea(
    /// Field name in the error map.
    name: &'static str,
    /// Visible label.
    label: Text,
    /// One short sentence under the label.
    #[prop(optional)]
    hint: Option<Text>,
    /// The value.
    value: RwSignal<String>,
    /// The field's error, if any.
    error: Signal<Option<ShownError>>,
    /// The rule whose limit the count shows; no count without it.
    #[prop(optional)]
    rule: Option<TextRule>,
    /// Visible rows.
    #[prop(default = 6)]
    rows: u32,
    /// Adds «(необязательно)» to the label.
    #[prop(optional)]
    optional: bool,
    /// Not available.
    #[prop(optional)]
    disabled: bool,
) -> impl IntoView {
    let id = field_id(name);
    let described: Vec<String> = hint
        .map(|_| format!("{id}-hint"))
        .into_iter()
        .chain(rule.map(|_| format!("{id}-info")))
        .collect();
    let state = FieldState::describing(&id, described, error);
    let count = rule.map(|rule| view! { <CharacterCount id=id.clone() value=value rule=rule /> });
    view! {
        <FieldFrame id=id.clone() label=label hint=hint.map(Into::into) optional=optional error=error has_error=state.has_error>
            <textarea
                class="textarea"
                class:textarea--error=state.has_error
                id=id
                name=name
                rows=rows
                disabled=disabled
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            {count}
        </FieldFrame>
    }
}
