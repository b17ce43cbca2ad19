//! Rating a closed request or a chat: 1–5 stars and an optional comment.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};

/// The rating form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct Rating {
    /// 1 to 5; 0 means nothing was chosen.
    #[validate(range(min = 1, max = 5, code = "rating.range"))]
    pub stars: u8,
    /// Up to 1000 characters.
    #[serde(default)]
    #[validate(custom(function = "rules::comment"))]
    pub comment: String,
}

impl Form for Rating {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}
