//! Radios: one answer out of a few (up to about seven; a select for more), as a fieldset whose
//! legend is the question. Options may carry their own hint. Two short options («Да», «Нет») can
//! sit side by side. The error goes under the legend, and the error summary's link focuses the
//! first option with the legend in view.
//!
//! # Manual checks
//! - Tab reaches the group once; the arrow keys move between options and choose.
//! - A screen reader reads the legend, then the option, its hint and «1 из 3».
//! - Clicking an option's label chooses it; the target is at least 24 × 24 px.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;

use super::error_message::ErrorMessage;
use super::error_summary::{ShownError, field_id};
use super::field::FieldState;
use super::hint::Hint;
use crate::lang;

/// One option of a group of radios or checkboxes.
#[derive(Debug, Clone, Copy)]
pub struct Choice {
    /// The value sent.
    pub value: &'static str,
    /// Its words.
    pub label: Text,
    /// A short sentence under it.
    pub hint: Option<Text>,
}

/// Legend, hint, error and the options of a choice group: the frame radios and checkboxes share.
#[component]
pub fn ChoiceGroup<C: IntoView + 'static>(
    /// The group's element id (also the first option's).
    id: String,
    /// The question.
    legend: Text,
    /// One sentence for the whole group.
    hint: Option<Text>,
    /// The group's error.
    error: Signal<Option<ShownError>>,
    /// The options.
    children: TypedChildren<C>,
) -> impl IntoView {
    let state = FieldState::new(&id, hint.is_some(), error);
    let hint_id = format!("{id}-hint");
    view! {
        <div class="form-group" class:form-group--error=state.has_error>
            <fieldset class="fieldset" aria-describedby=state.described_by>
                <legend class="fieldset__legend fieldset__legend--small" id=format!("{id}-legend")>
                    {legend.get(lang())}
                </legend>
                {hint.map(|hint| view! { <Hint id=hint_id text=hint /> })}
                <ErrorMessage id=id error=error />
                {children.into_inner()()}
            </fieldset>
        </div>
    }
}

/// The element id of option `index` of the group `id`: the first option takes the group's id,
/// so the error summary's link lands on it.
pub fn option_id(id: &str, index: usize) -> String {
    if index == 0 {
        id.to_owned()
    } else {
        format!("{id}-{index}")
    }
}

/// One option of a group: the native control, its label and its hint.
#[component]
pub fn ChoiceItem(
    /// Element id of the control.
    id: String,
    /// The group's field name.
    name: &'static str,
    /// `radio` or `checkbox`.
    input_type: &'static str,
    /// The option.
    choice: Choice,
    /// Whether it is chosen.
    checked: Signal<bool>,
    /// Called with the control's new checked state.
    on_change: Callback<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-item-hint");
    let described = choice.hint.is_some().then(|| hint_id.clone());
    let label_class = if input_type == "radio" {
        "choice__label choice__label--radio"
    } else {
        "choice__label choice__label--checkbox"
    };
    view! {
        <div class="choice">
            <input
                class="choice__input"
                id=id.clone()
                name=name
                type=input_type
                value=choice.value
                aria-describedby=described
                prop:checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label class=label_class for=id>{choice.label.get(lang())}</label>
            {choice.hint.map(|hint| view! { <Hint id=hint_id text=hint /> })}
        </div>
    }
}

/// A group of radios.
#[component]
pub fn Radios(
    /// Field name in the error map.
    name: &'static str,
    /// The question.
    legend: Text,
    /// One sentence for the whole group.
    #[prop(optional)]
    hint: Option<Text>,
    /// The options.
    choices: Vec<Choice>,
    /// The chosen value; empty when none.
    value: RwSignal<String>,
    /// The group's error.
    error: Signal<Option<ShownError>>,
    /// Side by side, for two short options.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let id = field_id(name);
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(index, choice)| {
            view! {
                <ChoiceItem
                    id=option_id(&id, index)
                    name=name
                    input_type="radio"
                    choice=choice
                    checked=Signal::derive(move || value.with(|v| v == choice.value))
                    on_change=Callback::new(move |_| value.set(choice.value.to_owned()))
                />
            }
        })
        .collect_view();
    view! {
        <ChoiceGroup id=id legend=legend hint=hint error=error>
            <div class="choices" class:choices--inline=inline>{options}</div>
        </ChoiceGroup>
    }
}
