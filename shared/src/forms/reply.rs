//! A reply or comment in a request's thread.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};

/// The reply form; its files are checked by the attachment rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct Reply {
    /// 1–4000 characters.
    #[validate(custom(function = "rules::reply_text"))]
    pub text: String,
}

impl Form for Reply {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}
