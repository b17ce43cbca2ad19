//! Sign-in by e-mail, phone or INN and password.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::codes;

/// The sign-in form. The password is only checked for presence: its policy applies when it is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct Login {
    /// E-mail, phone or INN, recognised automatically.
    #[validate(custom(function = "rules::login"))]
    pub login: String,
    /// The password.
    pub password: String,
    /// «Запомнить меня»: keep the session for 30 days.
    #[serde(default)]
    pub remember_me: bool,
}

/// Fields in the order shown.
pub const FIELDS: &[&str] = &["login", "password"];

impl Form for Login {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        if self.password.is_empty() {
            errors.add("password", codes::PASSWORD_REQUIRED);
        }
        errors.into_result()
    }
}
