//! «Сменить пароль» on the security page: the current password, then the new one twice.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::codes;

/// The password change form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct PasswordChange {
    /// The password in use now; only checked for presence here, against the account on the server.
    pub current_password: String,
    /// New password.
    #[validate(custom(function = "rules::password"))]
    pub password: String,
    /// The same again.
    #[validate(must_match(other = "password", code = "password_repeat.mismatch"))]
    pub password_repeat: String,
    /// End every other session at the same time.
    #[serde(default)]
    pub end_other_sessions: bool,
}

/// Fields in the order shown.
pub const FIELDS: &[&str] = &["current_password", "password", "password_repeat"];

impl Form for PasswordChange {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        if self.current_password.is_empty() {
            errors.add("current_password", codes::CURRENT_PASSWORD_REQUIRED);
        }
        if self.password_repeat.is_empty() {
            errors.add("password_repeat", codes::PASSWORD_REPEAT_REQUIRED);
        }
        errors.into_result()
    }
}
