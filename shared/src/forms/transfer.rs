//! An operator moves a request to another section's queue, choosing the right topic there.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::categories;
use crate::codes;

/// The transfer form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct Transfer {
    /// The topic (subcategory) in the other section.
    #[validate(custom(function = "rules::subcategory"))]
    pub category: String,
    /// Why, for the colleagues there; optional, up to 1000 characters.
    #[serde(default)]
    #[validate(custom(function = "rules::comment"))]
    pub comment: String,
}

impl Transfer {
    /// Every problem, the request's present topic `current` included: the new topic must lie
    /// in another section (a topic of the same section is the same queue).
    pub fn check_from(&self, current: &str, now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = match self.check(now) {
            Ok(()) => FormErrors::new(),
            Err(errors) => errors,
        };
        let section = |code: &str| categories::find(code.trim()).map(|(section, _)| section.code);
        if errors.is_empty() && section(&self.category) == section(current) {
            errors.add("category", codes::TRANSFER_SAME_SECTION);
        }
        errors.into_result()
    }
}

impl Form for Transfer {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}

/// The form's fields in the order shown.
pub const FIELDS: &[&str] = &["category", "comment"];
