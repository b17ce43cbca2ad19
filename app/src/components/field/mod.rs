//! Form fields as UX.md wants them: a visible label, an optional hint, the inline error under
//! them with `aria-invalid` and `aria-describedby`, no `required`, no `maxlength`.
//!
//! Every reactive attribute is a `Signal` of one of a few types, not a closure of its own: each
//! distinct closure would add its own copy of the rendering code to the browser bundle.

use leptos::prelude::*;
use shared::lang::Text;

use super::error_summary::{ShownError, field_id};
use crate::LANG;

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
        let has_error = Signal::derive(move || error.with(Option::is_some));
        let hint_id = has_hint.then(|| format!("{id}-hint"));
        let error_id = format!("{id}-error");
        FieldState {
            has_error,
            aria_invalid: Signal::derive(move || has_error.get().then_some("true")),
            described_by: Signal::derive(move || {
                let ids: Vec<&str> = hint_id
                    .iter()
                    .map(String::as_str)
                    .chain(has_error.get().then_some(error_id.as_str()))
                    .collect();
                (!ids.is_empty()).then(|| ids.join(" "))
            }),
        }
    }
}

/// The inline error message of a field: «Ошибка: …» under its label and hint.
#[component]
pub fn ErrorMessage(
    /// The field's element id; the message gets `<id>-error`.
    id: String,
    /// The field's error, if any.
    error: Signal<Option<ShownError>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    move || {
        error.get().map(|e| {
            view! {
                <p class="error-message" id=error_id.clone() data-code=e.code>
                    <span class="visually-hidden">{shared::ui::ERROR_PREFIX.get(LANG)} " "</span>
                    {e.message}
                </p>
            }
        })
    }
}

/// Label, hint and error message of a field; the control itself is the child.
#[component]
pub fn FieldFrame(
    /// The control's element id.
    id: String,
    /// Visible label.
    label: Text,
    /// One short sentence under the label.
    hint: Option<Text>,
    /// Adds «(необязательно)» to the label.
    optional: bool,
    /// The field's error, if any.
    error: Signal<Option<ShownError>>,
    /// Whether the field shows an error.
    has_error: Signal<bool>,
    /// The control.
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let label_text = if optional {
        format!("{} {}", label.get(LANG), shared::ui::OPTIONAL.get(LANG))
    } else {
        label.get(LANG).to_owned()
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <label class="label" for=id.clone()>{label_text}</label>
            {hint.map(|hint| view! { <div class="hint" id=hint_id>{hint.get(LANG)}</div> })}
            <ErrorMessage id=id error=error />
            {children()}
        </div>
    }
}

/// A one-line text input.
#[component]
pub fn TextInput(
    /// Field name in the error map; the element id is derived from it.
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
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </FieldFrame>
    }
}

/// A multi-line text area.
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
    /// Visible rows.
    #[prop(default = 6)]
    rows: u32,
) -> impl IntoView {
    let id = field_id(name);
    let state = FieldState::new(&id, hint.is_some(), error);
    view! {
        <FieldFrame id=id.clone() label=label hint=hint optional=false error=error has_error=state.has_error>
            <textarea
                class="textarea"
                class:textarea--error=state.has_error
                id=id
                name=name
                rows=rows
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        </FieldFrame>
    }
}

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
                <option value="">{placeholder.get(LANG)}</option>
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
