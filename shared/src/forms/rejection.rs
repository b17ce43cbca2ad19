//! An operator's refusal: why, and what the citizen should fix before filing again.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};

/// The refusal form; the citizen reads both texts on the request's page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct Rejection {
    /// Why the request is refused, 1–1000 characters.
    #[validate(custom(function = "rules::rejection_reason"))]
    pub reason: String,
    /// What to fix or send in a new request, 1–1000 characters.
    #[validate(custom(function = "rules::rejection_fix"))]
    pub fix: String,
}

impl Form for Rejection {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}

/// The form's fields in the order shown.
pub const FIELDS: &[&str] = &["reason", "fix"];
