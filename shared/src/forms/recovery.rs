//! Password recovery in three steps: login, one-time code, new password.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::codes;

/// Step 1: whose password to recover.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct RecoveryStart {
    /// E-mail, phone or INN.
    #[validate(custom(function = "rules::login"))]
    pub login: String,
}

/// Step 2: the code sent to the confirmed phone or e-mail.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct RecoveryCode {
    /// Six digits.
    #[validate(custom(function = "rules::one_time_code"))]
    pub code: String,
}

/// Step 3: the new password.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct NewPassword {
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

impl Form for RecoveryStart {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}

impl Form for RecoveryCode {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}

impl Form for NewPassword {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        if self.password_repeat.is_empty() {
            errors.add("password_repeat", codes::PASSWORD_REPEAT_REQUIRED);
        }
        errors.into_result()
    }
}
