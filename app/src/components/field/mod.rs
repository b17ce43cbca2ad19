//! What every form field shares, as UX.md wants it: a visible label, an optional hint, the inline
//! error under them with `aria-invalid` and `aria-describedby`, no `required`, no `maxlength`.
//! The controls themselves are components of their own (text input, textarea, select…).
//!
//! Every reactive attribute is a `Signal` of one of a few types, not a closure of its own: each
//! distinct closure would add its own copy of the rendering code to the browser bundle.

use leptos::prelude::*;
use shared::lang::{Message, Text};

use super::error_message::ErrorMessage;
use super::error_summary::ShownError;
use super::hint::Hint;
use crate::lang;

/// The reactive state every field control shares.
#[derive(Clone, Copy)]
pub struct FieldState {
    /// Whether the field shows an error.
    pub has_error: Signal<bool>,
    /// `aria-invalid`: `Some("true")` when the field shows an error.
    pub aria_invalid: Signal<Option<&'static str>>,
    /// `aria-describedby`: the hint and the error message ids, when present.
    pub described_by: Signal<Option<String>>,
}

impl FieldState {
    /// The state of the field `id` with or without a hint.
    pub fn new(id: &str, has_hint: bool, error: Signal<Option<ShownError>>) -> FieldState {
        let hint = has_hint.then(|| format!("{id}-hint"));
        FieldState::describing(id, hint.into_iter().collect(), error)
    }

    /// The state of the field `id` described by the elements `described` (hint, count…) and,
    /// when there is one, by its error message.
    pub fn describing(
        id: &str,
        described: Vec<String>,
        error: Signal<Option<ShownError>>,
    ) -> FieldState {
        let has_error = Signal::derive(move || error.with(Option::is_some));
        let error_id = format!("{id}-error");
        FieldState {
            has_error,
            aria_invalid: Signal::derive(move || has_error.get().then_some("true")),
            described_by: Signal::derive(move || {
                let ids: Vec<&str> = described
                    .iter()
                    .map(String::as_str)
                    .chain(has_error.get().then_some(error_id.as_str()))
                    .collect();
                (!ids.is_empty()).then(|| ids.join(" "))
            }),
        }
    }
}

/// Label, hint and error message of a field; the control itself is the child.
#[component]
pub fn FieldFrame<C: IntoView + 'static>(
    /// The control's element id.
    id: String,
    /// Visible label.
    label: Text,
    /// One short sentence under the label.
    hint: Option<Message>,
    /// Adds «(необязательно)» to the label.
    optional: bool,
    /// The field's error, if any.
    error: Signal<Option<ShownError>>,
    /// Whether the field shows an error.
    has_error: Signal<bool>,
    /// The control (typed, not boxed: boxing each control's view costs bundle size).
    children: TypedChildren<C>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let label_text = if optional {
        format!("{} {}", label.get(lang()), shared::ui::OPTIONAL.get(lang()))
    } else {
        label.get(lang()).to_owned()
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <label class="label" for=id.clone()>{label_text}</label>
            {hint.map(|hint| view! { <Hint id=hint_id text=hint /> })}
            <ErrorMessage id=id error=error />
            {children.into_inner()()}
        </div>
    }
}
