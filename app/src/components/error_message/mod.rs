//! The inline error message of a field: under its label and hint, in the words of `shared`'s
//! catalogue, with a visually hidden «Ошибка:» so a screen reader says what it is.
//!
//! # Manual checks
//! - The message is read with the field (through `aria-describedby`) and starts with «Ошибка:».
//! - The message matches the error summary's link for the same field word for word.
//! - The red bar and bold text are not the only signal: the words say what to fix.

pub mod examples;

use leptos::prelude::*;

use super::error_summary::ShownError;
use crate::lang;

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
                    <span class="visually-hidden">{shared::ui::ERROR_PREFIX.get(lang())} " "</span>
                    {e.message}
                </p>
            }
        })
    }
}
