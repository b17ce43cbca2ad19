//! A one-line text input with its label, hint and error, as UX.md wants: `type="email"` or
//! `type="tel"` where it helps the keyboard, `inputmode="numeric"` for digits (never
//! `type="number"`), an `autocomplete` token, no `maxlength`, no `required`, paste allowed.
//!
//! Width classes (`input--width-10`, `input--width-20`) size the box to the answer expected, so
//! the box itself hints how long the answer is.
//!
//! # Manual checks
//! - Clicking the label focuses the input; the label, hint and error are read on focus.
//! - The browser offers autofill for the field's `autocomplete` token.
//! - At 400 % zoom the input stays within the screen and its text stays readable.

pub mod examples;

use leptos::prelude::*;
use shared::lang::{Message, Text};

use super::error_summary::{ShownError, field_id};
use super::field::{FieldFrame, FieldState};

/// A one-line text input.
#[component]
pub fn TextInput(
    /// Field name in the error map; the element id is derived from it.
    name: &'static str,
    /// Visible label.
    label: Text,
    /// One short sentence under the label: one of `shared`'s texts, or words made at run time.
    #[prop(optional, into)]
    hint: Option<Message>,
    /// The value.
    value: RwSignal<String>,
    /// The field's error, if any.
    error: Signal<Option<ShownError>>,
    /// `type`: text, email or tel.
    #[prop(default = "text")]
    input_type: &'static str,
    /// `autocomplete` token.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// `inputmode`, e.g. numeric for identifiers.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Adds «(необязательно)» to the label.
    #[prop(optional)]
    optional: bool,
    /// Width class from the design tokens, e.g. `input--width-10`.
    #[prop(optional)]
    width: Option<&'static str>,
    /// Not available (rarely right: UX.md never disables to signal errors).
    #[prop(optional)]
    disabled: bool,
) -> impl IntoView {
    let id = field_id(name);
    let state = FieldState::new(&id, hint.is_some(), error);
    let class = match width {
        Some(width) => format!("input {width}"),
        None => "input".to_owned(),
    };
    let spellcheck = matches!(input_type, "email" | "tel").then_some("false");
    view! {
        <FieldFrame id=id.clone() label=label hint=hint optional=optional error=error has_error=state.has_error>
            <input
                class=class
                class:input--error=state.has_error
                id=id
                name=name
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck=spellcheck
                disabled=disabled
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </FieldFrame>
    }
}
