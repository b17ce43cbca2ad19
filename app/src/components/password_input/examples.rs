//! Gallery examples of the password input.

use leptos::prelude::*;
use shared::ui::gallery::examples::password_input::*;
use shared::ui::gallery::states;

use super::PasswordInput;
use crate::components::error_summary::ShownError;

crate::examples![current: states::DEFAULT, new_password: NEW_PASSWORD, error: states::ERROR];

/// Signing in: the current password.
pub fn current() -> AnyView {
    let value = RwSignal::new("correct horse battery".to_owned());
    view! { <PasswordInput name="password" label=PASSWORD value=value error=Signal::stored(None) /> }.into_any()
}

/// Choosing a new password, with its rules in the hint.
pub fn new_password() -> AnyView {
    let value = RwSignal::new(String::new());
    view! {
        <PasswordInput
            name="new-password"
            label=NEW_PASSWORD_LABEL
            hint=NEW_PASSWORD_HINT
            new_password=true
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// Left empty on submit.
pub fn error() -> AnyView {
    let value = RwSignal::new(String::new());
    let error = ShownError::new("password-error", shared::codes::PASSWORD_REQUIRED);
    view! {
        <PasswordInput name="password-error" label=PASSWORD value=value error=Signal::stored(Some(error)) />
    }
    .into_any()
}
