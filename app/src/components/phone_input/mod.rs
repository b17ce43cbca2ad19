//! The phone input: `type="tel"` for the phone keypad, `autocomplete="tel"`, a box sized for a
//! number, no mask — the number stays as typed («8 912 345-67-89», «+7 (912) 345 67 89») and
//! `shared::identifiers::phone` cleans and judges it on submit, in the browser and on the server.
//!
//! # Manual checks
//! - The phone keypad comes up on a phone; pasting a number with brackets and dashes works.
//! - The hint gives an example in the format people write.

pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;

use super::error_summary::ShownError;
use super::text_input::TextInput;

/// A phone number field.
#[component]
pub fn PhoneInput(
    /// Field name in the error map.
    name: &'static str,
    /// Visible label.
    label: Text,
    /// An example number.
    #[prop(optional)]
    hint: Option<Text>,
    /// The number as typed.
    value: RwSignal<String>,
    /// The field's error.
    error: Signal<Option<ShownError>>,
    /// Adds «(необязательно)» to the label.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    view! {
        <TextInput
            name=name
            label=label
            hint=hint.unwrap_or(shared::ui::feedback::PHONE_HINT)
            input_type="tel"
            autocomplete="tel"
            width="input--width-20"
            optional=optional
            value=value
            error=error
        />
    }
}
