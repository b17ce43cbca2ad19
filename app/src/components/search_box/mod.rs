//! A search box that suggests as it is typed: the ARIA 1.2 combobox with a list popup, as
//! GOV.UK's accessible-autocomplete behaves. The input keeps the focus; the arrows move the
//! active suggestion (`aria-activedescendant`), Enter opens it (or, with none active, sends the
//! form: a search of everything typed), Escape closes the list, and a polite status says how
//! many suggestions there are, so a screen reader hears the count without leaving the input.
//! The suggestions come from the page (a debounced API call, say); the box only shows them.
//!
//! # Manual checks
//! - NVDA and VoiceOver read «combo box, collapsed/expanded», then the status «Подсказок: 3…»
//!   after a pause in typing, and each suggestion with «3 of 5» as the arrows move.
//! - The active suggestion is visible without colour (a thick left border), in both schemes.
//! - At 400 % zoom the list stays under the input and wraps long titles.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::{Message, Text};
use shared::ui::knowledge::search_box as words;

use super::button::Button;
use super::error_summary::field_id;
use super::field::{FieldFrame, FieldState};
use crate::lang;

/// One suggestion: the words shown and the address it opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// What the list shows (an article's title).
    pub label: String,
    /// The portal address it opens.
    pub href: String,
}

/// The search box, its suggestions and its button; put it inside the search's `<form>`.
#[component]
pub fn SearchBox(
    /// Field name; the element id is derived from it.
    name: &'static str,
    /// Visible label.
    label: Text,
    /// One short sentence under the label.
    #[prop(optional, into)]
    hint: Option<Message>,
    /// The words typed.
    value: RwSignal<String>,
    /// The suggestions for what is typed; `None` before there is enough to suggest from.
    suggestions: Signal<Option<Vec<Suggestion>>>,
    /// A suggestion was chosen: its address.
    on_choose: Callback<String>,
) -> impl IntoView {
    let id = field_id(name);
    let list_id = format!("{id}-suggestions");
    let status_id = format!("{id}-status");
    let option_id = {
        let id = id.clone();
        move |index: usize| format!("{id}-suggestion-{index}")
    };
    let state = FieldState::new(&id, hint.is_some(), Signal::derive(|| None));
    // Closed by Escape or by leaving the box; typing opens it again.
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let count = move || suggestions.with(|found| found.as_ref().map_or(0, Vec::len));
    let expanded = move || open.get() && count() > 0;
    // A new list starts without an active suggestion.
    Effect::new(move |_| {
        suggestions.track();
        active.set(None);
    });
    let choose = move |index: usize| {
        let href = suggestions.with_untracked(|found| {
            found
                .as_ref()
                .and_then(|found| found.get(index))
                .map(|s| s.href.clone())
        });
        if let Some(href) = href {
            open.set(false);
            on_choose.run(href);
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let total = count();
        match ev.key().as_str() {
            "ArrowDown" if total > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % total)));
            }
            "ArrowUp" if total > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(total - 1, |i| (i + total - 1) % total)));
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            "Enter" => {
                if let Some(index) = active.get_untracked().filter(|_| expanded()) {
                    ev.prevent_default();
                    choose(index);
                }
            }
            _ => {}
        }
    };
    let status = move || {
        if !open.get() {
            return String::new();
        }
        suggestions.with(|found| match found {
            None => String::new(),
            Some(found) if found.is_empty() => words::NO_SUGGESTIONS.get(lang()).to_owned(),
            Some(found) => format!(
                "{} {}. {}",
                words::SUGGESTIONS.get(lang()),
                found.len(),
                words::HOW_TO_CHOOSE.get(lang())
            ),
        })
    };
    let active_option = {
        let option_id = option_id.clone();
        move || active.get().filter(|_| expanded()).map(&option_id)
    };
    let options = {
        let option_id = option_id.clone();
        move || {
            suggestions
                .get()
                .unwrap_or_default()
                .into_iter()
                .enumerate()
                .map(|(index, suggestion)| {
                    let selected = move || active.get() == Some(index);
                    view! {
                        <li
                            id=option_id(index)
                            class="search-box__option"
                            class:search-box__option--active=selected
                            role="option"
                            aria-selected=move || if selected() { "true" } else { "false" }
                            // Keeps the focus in the input, so the click is not lost to its blur.
                            on:mousedown=|ev| ev.prevent_default()
                            on:click=move |_| choose(index)
                        >
                            {suggestion.label}
                        </li>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class="search-box">
            <FieldFrame id=id.clone() label=label hint=hint optional=false error=Signal::derive(|| None) has_error=state.has_error>
                <div class="search-box__row">
                    <div class="search-box__field">
                        <input
                            class="input search-box__input"
                            id=id.clone()
                            name=name
                            type="search"
                            role="combobox"
                            autocomplete="off"
                            spellcheck="false"
                            aria-autocomplete="list"
                            aria-controls=list_id.clone()
                            aria-expanded=move || if expanded() { "true" } else { "false" }
                            aria-activedescendant=active_option
                            aria-describedby=state.described_by
                            prop:value=value
                            on:input=move |ev| {
                                value.set(event_target_value(&ev));
                                open.set(true);
                            }
                            on:keydown=on_keydown
                            on:blur=move |_| {
                                open.set(false);
                                active.set(None);
                            }
                        />
                        <ul
                            id=list_id
                            class="search-box__list"
                            role="listbox"
                            aria-label=label.get(lang())
                            hidden=move || !expanded()
                        >
                            {options}
                        </ul>
                    </div>
                    <Button label=words::SUBMIT submit=true />
                </div>
            </FieldFrame>
            <div id=status_id class="visually-hidden" role="status" aria-live="polite">{status}</div>
        </div>
    }
}
