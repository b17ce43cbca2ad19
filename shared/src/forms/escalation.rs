//! Asking for a senior operator: why the citizen disputes the answer or the delay.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};

/// The escalation form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct Escalation {
    /// 1–1000 characters.
    #[validate(custom(function = "rules::escalation_reason"))]
    pub reason: String,
}

impl Form for Escalation {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}

/// The form's fields in the order shown.
pub const FIELDS: &[&str] = &["reason"];
