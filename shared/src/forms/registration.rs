//! Registration: phone, e-mail, password twice, consent.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::codes;

/// The registration form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct Registration {
    /// Mobile phone, confirmed by SMS.
    #[validate(custom(function = "rules::mobile_phone"))]
    pub phone: String,
    /// E-mail, confirmed by a code.
    #[validate(custom(function = "rules::email"))]
    pub email: String,
    /// New password.
    #[validate(custom(function = "rules::password"))]
    pub password: String,
    /// The same password again.
    #[validate(must_match(other = "password", code = "password_repeat.mismatch"))]
    pub password_repeat: String,
    /// Consent to personal-data processing.
    #[validate(custom(function = "rules::consent"))]
    pub consent: bool,
}

/// Fields in the order shown.
pub const FIELDS: &[&str] = &["phone", "email", "password", "password_repeat", "consent"];

impl Form for Registration {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        if self.password_repeat.is_empty() {
            errors.add("password_repeat", codes::PASSWORD_REPEAT_REQUIRED);
        }
        errors.into_result()
    }
}
