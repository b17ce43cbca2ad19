//! A canned reply an administrator keeps for operators to insert and edit before sending.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::categories;
use crate::codes;

/// The canned reply form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct CannedReplyForm {
    /// What operators pick it by, 1–100 characters.
    #[validate(custom(function = "rules::canned_title"))]
    pub title: String,
    /// The text inserted, 1–4000 characters (a reply's limit).
    #[validate(custom(function = "rules::reply_text"))]
    pub text: String,
    /// The section it is for; empty for every section.
    #[serde(default)]
    pub section: String,
}

impl Form for CannedReplyForm {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        let section = self.section.trim();
        if !section.is_empty() && categories::section(section).is_none() {
            errors.add("section", codes::SECTION_UNKNOWN);
        }
        errors.into_result()
    }
}

/// The form's fields in the order shown.
pub const FIELDS: &[&str] = &["title", "text", "section"];
