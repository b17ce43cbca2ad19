//! Anonymous feedback («Обратная связь» without signing in): answered by e-mail.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::identifiers;

/// What a guest sends through the feedback form (the JSON body of `POST /api/v1/feedback`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct Feedback {
    /// Where the answer goes.
    #[validate(custom(function = "rules::email"))]
    pub email: String,
    /// A subcategory code of the tree.
    #[validate(custom(function = "rules::topic"))]
    pub topic: String,
    /// The message, 20–4000 characters.
    #[validate(custom(function = "rules::feedback_message"))]
    pub message: String,
    /// A contact phone.
    #[validate(custom(function = "rules::phone"))]
    pub phone: String,
    /// INN, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::inn_if_given"))]
    pub inn: Option<String>,
    /// SNILS, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::snils_if_given"))]
    pub snils: Option<String>,
    /// OGRN, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::ogrn_if_given"))]
    pub ogrn: Option<String>,
    /// OGRNIP, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::ogrnip_if_given"))]
    pub ogrnip: Option<String>,
    /// Passport series and number, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::passport_if_given"))]
    pub passport: Option<String>,
}

/// The form's fields in the order they are shown, for error summaries.
pub const FIELDS: &[&str] = &[
    "topic", "message", "email", "phone", "snils", "inn", "passport", "ogrn", "ogrnip", "files",
];

impl Form for Feedback {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}

/// Feedback that passed its check, every value in its stored form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CleanFeedback {
    /// E-mail, domain in lower case.
    pub email: String,
    /// Subcategory code.
    pub topic: String,
    /// Trimmed message.
    pub message: String,
    /// E.164 phone.
    pub phone: String,
    /// INN digits.
    pub inn: Option<String>,
    /// SNILS digits.
    pub snils: Option<String>,
    /// OGRN digits.
    pub ogrn: Option<String>,
    /// OGRNIP digits.
    pub ogrnip: Option<String>,
    /// `SS SS NNNNNN`.
    pub passport: Option<String>,
}

fn optional(
    value: &Option<String>,
    rule: fn(&str) -> identifiers::Checked,
) -> Result<Option<String>, &'static str> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => rule(text).map(Some),
    }
}

impl Feedback {
    /// Checks the form and returns its values in stored form.
    pub fn clean(&self, now: OffsetDateTime) -> Result<CleanFeedback, FormErrors> {
        self.check(now)?;
        let cleaned = (|| {
            Ok::<_, &'static str>(CleanFeedback {
                email: identifiers::email(&self.email)?,
                topic: self.topic.trim().to_owned(),
                message: crate::text::FEEDBACK_MESSAGE.check(&self.message)?,
                phone: identifiers::phone(&self.phone)?,
                inn: optional(&self.inn, identifiers::inn)?,
                snils: optional(&self.snils, identifiers::snils)?,
                ogrn: optional(&self.ogrn, identifiers::ogrn)?,
                ogrnip: optional(&self.ogrnip, identifiers::ogrnip)?,
                passport: optional(&self.passport, identifiers::passport)?,
            })
        })();
        cleaned.map_err(|code| {
            let mut errors = FormErrors::new();
            errors.add("form", code);
            errors
        })
    }
}
