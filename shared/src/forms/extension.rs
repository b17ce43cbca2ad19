//! An operator extends a request's deadline, once, by some business days and says why.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::codes;

/// The most business days one extension may add.
pub const MAX_EXTRA_DAYS: u32 = 10;

/// The extension form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct DeadlineExtension {
    /// Business days to add, 1–[`MAX_EXTRA_DAYS`]; `None` until chosen.
    #[serde(default)]
    pub days: Option<u32>,
    /// Why, 1–1000 characters; the citizen is told.
    #[validate(custom(function = "rules::extension_reason"))]
    pub reason: String,
}

impl Form for DeadlineExtension {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        if !self
            .days
            .is_some_and(|days| (1..=MAX_EXTRA_DAYS).contains(&days))
        {
            errors.add("days", codes::EXTENSION_DAYS_RANGE);
        }
        errors.into_result()
    }
}

/// The form's fields in the order shown.
pub const FIELDS: &[&str] = &["days", "reason"];
