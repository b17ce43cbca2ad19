//! «Новое обращение»: a signed-in citizen's or organisation's support request.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, Problem, derived, rules};
use crate::categories::{self, Priority};
use crate::codes;

/// Who files the request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicant {
    /// A citizen (физическое лицо).
    #[default]
    Citizen,
    /// An organisation or sole trader, identified by OGRN or OGRNIP.
    Organisation,
}

/// How the citizen wants the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyChannel {
    /// In the personal account only.
    Portal,
    /// By e-mail.
    Email,
    /// By SMS.
    Sms,
}

impl ReplyChannel {
    /// Every channel, in the order shown.
    pub const ALL: [ReplyChannel; 3] =
        [ReplyChannel::Portal, ReplyChannel::Email, ReplyChannel::Sms];

    /// The channel's code, as the API and the form's radios carry it.
    pub fn code(self) -> &'static str {
        match self {
            ReplyChannel::Portal => "portal",
            ReplyChannel::Email => "email",
            ReplyChannel::Sms => "sms",
        }
    }

    /// The channel a code names.
    pub fn from_code(code: &str) -> Option<ReplyChannel> {
        ReplyChannel::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The channel's name.
    pub fn name(self) -> crate::lang::Text {
        use crate::lang::Text;
        match self {
            ReplyChannel::Portal => Text {
                ru: "В личном кабинете",
                en: "In my account",
            },
            ReplyChannel::Email => Text {
                ru: "По электронной почте",
                en: "By email",
            },
            ReplyChannel::Sms => Text {
                ru: "По СМС",
                en: "By text message",
            },
        }
    }
}

/// The request form. `attached_files` is set from the files actually chosen or uploaded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct SupportRequest {
    /// Citizen or organisation.
    #[serde(default)]
    pub applicant: Applicant,
    /// Subcategory code (it names the section too).
    #[validate(custom(function = "rules::subcategory"))]
    pub category: String,
    /// Subject, up to 200 characters.
    #[validate(custom(function = "rules::subject"))]
    pub subject: String,
    /// Description, 20–4000 characters.
    #[validate(custom(function = "rules::description"))]
    pub description: String,
    /// The subcategory's own fields, by their codes.
    #[serde(default)]
    pub extra: BTreeMap<String, String>,
    /// Contact phone.
    #[validate(custom(function = "rules::phone"))]
    pub phone: String,
    /// Contact e-mail.
    #[validate(custom(function = "rules::email"))]
    pub email: String,
    /// Preferred reply channel.
    pub reply_channel: Option<ReplyChannel>,
    /// SNILS.
    #[serde(default)]
    #[validate(custom(function = "rules::snils_if_given"))]
    pub snils: String,
    /// INN.
    #[serde(default)]
    #[validate(custom(function = "rules::inn_if_given"))]
    pub inn: String,
    /// Passport series and number.
    #[serde(default)]
    #[validate(custom(function = "rules::passport_if_given"))]
    pub passport: String,
    /// OGRN, for organisations.
    #[serde(default)]
    #[validate(custom(function = "rules::ogrn_if_given"))]
    pub ogrn: String,
    /// OGRNIP, for sole traders.
    #[serde(default)]
    #[validate(custom(function = "rules::ogrnip_if_given"))]
    pub ogrnip: String,
    /// Number of an earlier related request.
    #[serde(default)]
    #[validate(custom(function = "rules::request_number_if_given"))]
    pub related_number: String,
    /// «У меня есть инвалидность»: raises the priority.
    #[serde(default)]
    pub has_disability: bool,
    /// How many files go with the request.
    #[serde(default)]
    pub attached_files: usize,
    /// The knowledge base's articles read in this browser tab before filing, most recent
    /// last (the articles' figure «обращений после прочтения»); not part of what is kept of
    /// the form, and at most [`READ_ARTICLES_MAX`] count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub read_articles: Vec<i64>,
}

/// Most articles read before a request that count for it: the latest ones.
pub const READ_ARTICLES_MAX: usize = 20;

/// The form's fields in the order they are shown, for error summaries (a subcategory's own
/// fields come right after the category).
pub const FIELDS: &[&str] = &[
    "category",
    "subject",
    "description",
    "phone",
    "email",
    "reply_channel",
    "identifier",
    "snils",
    "inn",
    "passport",
    "organisation_id",
    "ogrn",
    "ogrnip",
    "related_number",
    "files",
];

impl SupportRequest {
    /// The priority the request gets: the subcategory's default, raised for a disability.
    pub fn priority(&self) -> Option<Priority> {
        let (_, sub) = categories::find(self.category.trim())?;
        Some(if self.has_disability {
            sub.default_priority.raised()
        } else {
            sub.default_priority
        })
    }
}

impl SupportRequest {
    /// The topic's rule about files: some topics need a document (a fine's dispute, its
    /// decision), checked against [`SupportRequest::attached_files`]. Part of
    /// [`Form::check`]; on its own for the step where files are chosen.
    pub fn files_problems(&self) -> FormErrors {
        let mut errors = FormErrors::new();
        let needed =
            categories::find(self.category.trim()).and_then(|(_, sub)| sub.required_attachment);
        if let Some(what) = needed
            && self.attached_files == 0
        {
            errors.push(
                "files",
                Problem {
                    code: codes::FILES_REQUIRED.to_owned(),
                    message: what.into(),
                },
            );
        }
        errors
    }
}

impl Form for SupportRequest {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        if self.reply_channel.is_none() {
            errors.add("reply_channel", codes::REPLY_CHANNEL_REQUIRED);
        }
        let has = |value: &str| !value.trim().is_empty();
        if ![&self.snils, &self.inn, &self.passport]
            .iter()
            .any(|v| has(v))
        {
            errors.add("identifier", codes::IDENTIFIER_REQUIRED);
        }
        if self.applicant == Applicant::Organisation && !has(&self.ogrn) && !has(&self.ogrnip) {
            errors.add("organisation_id", codes::ORGANISATION_ID_REQUIRED);
        }
        if let Some((_, sub)) = categories::find(self.category.trim()) {
            for field in sub.fields {
                let value = self.extra.get(field.code()).map_or("", String::as_str);
                if let Err(code) = field.check(value) {
                    let words = if code == codes::EXTRA_REQUIRED {
                        field.missing
                    } else {
                        field.wrong
                    };
                    errors.push(
                        field.key,
                        Problem {
                            code: code.to_owned(),
                            message: words.into(),
                        },
                    );
                }
            }
        }
        errors.extend(self.files_problems());
        errors.into_result()
    }
}
