//! Field groups that several account pages ask for in the same words.

use leptos::prelude::*;
use shared::accounts::SecondFactor;
use shared::lang::Text;
use shared::ui::account::{register, sign_in};

use super::form::FormState;
use crate::components::password_input::PasswordInput;
use crate::components::text_input::TextInput;

/// A new password and the same again, with the published rule as the hint.
#[component]
pub fn NewPasswordFields(
    /// The first field's label («Пароль», «Новый пароль»).
    label: Text,
    /// The password.
    password: RwSignal<String>,
    /// The same again.
    repeat: RwSignal<String>,
    /// The form the fields belong to (for their errors).
    form: FormState,
) -> impl IntoView {
    view! {
        <PasswordInput
            name="password"
            label=label
            hint=register::PASSWORD_HINT
            new_password=true
            value=password
            error=form.error("password")
        />
        <PasswordInput
            name="password_repeat"
            label=register::PASSWORD_REPEAT
            new_password=true
            value=repeat
            error=form.error("password_repeat")
        />
    }
}

/// The code of the second factor: from the SMS, or from the app (or a recovery code).
#[component]
pub fn SecondFactorField(
    /// Which factor the account uses.
    factor: SecondFactor,
    /// The code as typed.
    code: RwSignal<String>,
    /// The form the field belongs to (for its error).
    form: FormState,
) -> impl IntoView {
    let (label, hint) = if factor == SecondFactor::Sms {
        (sign_in::SMS_CODE, sign_in::SMS_HINT)
    } else {
        (sign_in::APP_CODE, sign_in::APP_HINT)
    };
    view! {
        <TextInput
            name="code"
            label=label
            hint=hint
            autocomplete="one-time-code"
            width="input--width-10"
            value=code
            error=form.error("code")
        />
    }
}
