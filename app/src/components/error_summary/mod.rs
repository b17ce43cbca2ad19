//! The error summary (GOV.UK «error summary»): at the top of `<main>` after a failed submit,
//! headed «Есть ошибки», one link per error in the form's order; it takes focus once the page
//! shows it, and a link moves focus to its field with the field's label (or the group's legend)
//! scrolled into view.
//!
//! # Manual checks
//! - After a failed submit a screen reader reads the heading and the errors without moving on.
//! - Each link's words are the same as the error under its field.
//! - Pressing a link with Enter puts the cursor in the field, with its label visible above it.
//! - The page title starts with «Ошибка: ».

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::api::FieldError;
use shared::forms::FormErrors;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

use crate::lang;

/// One error as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownError {
    /// Field name, as in the API's error map.
    pub field: String,
    /// Stable code.
    pub code: String,
    /// Words in the page's language.
    pub message: String,
}

impl ShownError {
    /// The error `code` of `field`, in the words of `shared`'s catalogue.
    pub fn new(field: &str, code: &str) -> ShownError {
        ShownError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: shared::messages::describe(code, None)
                .get(lang())
                .to_owned(),
        }
    }
}

/// The element id of a field: its name with dots turned into dashes.
pub fn field_id(field: &str) -> String {
    field.replace(['.', '[', ']'], "-")
}

fn position(order: &[&str], field: &str) -> usize {
    order
        .iter()
        .position(|f| *f == field)
        .unwrap_or(order.len())
}

/// The first error of each field, in the form's order: from the browser's own check.
pub fn from_form(errors: &FormErrors, order: &[&str]) -> Vec<ShownError> {
    let mut shown: Vec<ShownError> = errors
        .fields()
        .iter()
        .filter_map(|(field, problems)| {
            problems.first().map(|p| ShownError {
                field: field.clone(),
                code: p.code.clone(),
                message: p.message.get(lang()).to_owned(),
            })
        })
        .collect();
    shown.sort_by_key(|e| position(order, &e.field));
    shown
}

/// The first error of each field, in the form's order: from the server's 422 answer.
pub fn from_api(fields: &BTreeMap<String, Vec<FieldError>>, order: &[&str]) -> Vec<ShownError> {
    let mut shown: Vec<ShownError> = fields
        .iter()
        .filter_map(|(field, errors)| {
            errors.first().map(|e| ShownError {
                field: field.clone(),
                code: e.code.clone(),
                message: e.message.clone(),
            })
        })
        .collect();
    shown.sort_by_key(|e| position(order, &e.field));
    shown
}

/// The message of one field, if it has an error.
pub fn error_of(
    errors: Signal<Vec<ShownError>>,
    field: &'static str,
) -> Signal<Option<ShownError>> {
    Signal::derive(move || errors.with(|all| all.iter().find(|e| e.field == field).cloned()))
}

/// Moves focus to the field and brings its label into view, as GOV.UK's summary links do.
pub fn focus_field(field: &str) {
    let id = field_id(field);
    let document = document();
    let Some(input) = document.get_element_by_id(&id) else {
        return;
    };
    let label = document
        .query_selector(&format!("label[for=\"{id}\"], #{id}-legend"))
        .ok()
        .flatten();
    if let Some(label) = label {
        label.scroll_into_view();
    } else {
        input.scroll_into_view();
    }
    if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
        let _ = input.focus();
    }
}

/// Focuses the summary after the DOM has shown it.
pub fn focus_after_render(summary: NodeRef<leptos::html::Div>) {
    request_animation_frame(move || {
        if let Some(element) = summary.get_untracked() {
            let _ = element.focus();
        }
    });
}

/// The summary; renders nothing when there are no errors.
#[component]
pub fn ErrorSummary(
    /// The errors, in the form's order.
    errors: Signal<Vec<ShownError>>,
    /// Where focus goes after a failed submit.
    node_ref: NodeRef<leptos::html::Div>,
) -> impl IntoView {
    let title_id = super::unique_id("error-summary-title");
    view! {
        {move || errors.with(|all| !all.is_empty()).then(|| view! {
            <div
                class="error-summary"
                tabindex="-1"
                aria-labelledby=title_id.clone()
                node_ref=node_ref
            >
                <div role="alert">
                    <h2 class="error-summary__title" id=title_id.clone()>
                        {shared::ui::ERROR_SUMMARY_TITLE.get(lang())}
                    </h2>
                    <ul class="error-summary__list">
                        {move || {
                            errors
                                .get()
                                .into_iter()
                                .map(|error| {
                                    let field = error.field.clone();
                                    view! {
                                        <li>
                                            <a
                                                href=format!("#{}", field_id(&error.field))
                                                data-code=error.code
                                                on:click=move |ev| {
                                                    ev.prevent_default();
                                                    focus_field(&field);
                                                }
                                            >
                                                {error.message}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </div>
        })}
    }
}
