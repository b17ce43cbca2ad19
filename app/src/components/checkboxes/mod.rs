//! Checkboxes: any number of answers from a list, as a fieldset whose legend is the question; or a
//! single checkbox for a consent. They share radios' frame (`ChoiceGroup`) and look.
//!
//! # Manual checks
//! - Space ticks and unticks the focused box; Tab moves to the next one.
//! - A screen reader reads the legend, the option and whether it is ticked.
//! - Clicking a label ticks its box; the target is at least 24 × 24 px.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;

use super::error_summary::{ShownError, field_id};
use super::radios::{Choice, ChoiceGroup, ChoiceItem, option_id};
use crate::lang;

/// A group of checkboxes.
#[component]
pub fn Checkboxes(
    /// Field name in the error map.
    name: &'static str,
    /// The question.
    legend: Text,
    /// One sentence for the whole group.
    #[prop(optional)]
    hint: Option<Text>,
    /// The options.
    choices: Vec<Choice>,
    /// The ticked values, in the options' order.
    value: RwSignal<Vec<String>>,
    /// The group's error.
    error: Signal<Option<ShownError>>,
) -> impl IntoView {
    let id = field_id(name);
    let order: Vec<&'static str> = choices.iter().map(|c| c.value).collect();
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(index, choice)| {
            let order = order.clone();
            view! {
                <ChoiceItem
                    id=option_id(&id, index)
                    name=name
                    input_type="checkbox"
                    choice=choice
                    checked=Signal::derive(move || value.with(|v| v.iter().any(|x| x == choice.value)))
                    on_change=Callback::new(move |ticked: bool| {
                        value.update(|values| {
                            values.retain(|x| x != choice.value);
                            if ticked {
                                values.push(choice.value.to_owned());
                                values.sort_by_key(|x| order.iter().position(|o| o == x));
                            }
                        });
                    })
                />
            }
        })
        .collect_view();
    view! {
        <ChoiceGroup id=id legend=legend hint=hint error=error>
            <div class="choices">{options}</div>
        </ChoiceGroup>
    }
}

/// One checkbox on its own, for a consent or a yes-or-no statement.
#[component]
pub fn SingleCheckbox(
    /// Field name in the error map.
    name: &'static str,
    /// The statement ticked.
    label: Text,
    /// Ticked.
    value: RwSignal<bool>,
    /// Its error.
    error: Signal<Option<ShownError>>,
) -> impl IntoView {
    let id = field_id(name);
    let state = super::field::FieldState::new(&id, false, error);
    view! {
        <div class="form-group" class:form-group--error=state.has_error>
            <super::error_message::ErrorMessage id=id.clone() error=error />
            <div class="choice">
                <input
                    class="choice__input"
                    id=id.clone()
                    name=name
                    type="checkbox"
                    aria-invalid=state.aria_invalid
                    aria-describedby=state.described_by
                    prop:checked=value
                    on:change=move |ev| value.set(event_target_checked(&ev))
                />
                <label class="choice__label choice__label--checkbox" for=id>{label.get(lang())}</label>
            </div>
        </div>
    }
}
