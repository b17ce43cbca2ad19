//! The one-time code: one box, not six — so pasting and the phone's «from messages» suggestion
//! (`autocomplete="one-time-code"`) work — with digits on the keyboard and a box sized for six
//! digits. `shared::identifiers::one_time_code` cleans spaces and judges it.
//!
//! # Manual checks
//! - On a phone, the code from the text message is offered above the keyboard.
//! - Pasting «123 456» works.

pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;

use super::error_summary::ShownError;
use super::text_input::TextInput;

/// The code field.
#[component]
pub fn OneTimeCode(
    /// Field name in the error map.
    name: &'static str,
    /// Visible label.
    label: Text,
    /// Where the code was sent.
    hint: Text,
    /// The code as typed.
    value: RwSignal<String>,
    /// The field's error.
    error: Signal<Option<ShownError>>,
) -> impl IntoView {
    view! {
        <TextInput
            name=name
            label=label
            hint=hint
            inputmode="numeric"
            autocomplete="one-time-code"
            width="input--width-5"
            value=value
            error=error
        />
    }
}
