//! Free-text fields and their length limits (counted in characters, after trimming).

use crate::clean::non_blank;
use crate::codes;
use crate::identifiers::Checked;

/// The limits of one free-text field and the codes of breaking them.
#[derive(Debug, Clone, Copy)]
pub struct TextRule {
    /// Fewest characters; 1 means «not empty».
    pub min: usize,
    /// Most characters.
    pub max: usize,
    /// Code when nothing was written; `None` when the field is optional.
    pub required: Option<&'static str>,
    /// Code when shorter than `min` (only used when `min > 1`).
    pub too_short: &'static str,
    /// Code when longer than `max`.
    pub too_long: &'static str,
}

impl TextRule {
    /// How the rule counts: characters of the trimmed text.
    pub fn length(raw: &str) -> usize {
        raw.trim().chars().count()
    }

    /// Characters still allowed in `raw`; negative when it is too long.
    pub fn remaining(&self, raw: &str) -> i64 {
        self.max as i64 - Self::length(raw) as i64
    }

    /// The trimmed text, or the code of what is wrong. An optional field left blank is `Ok("")`.
    pub fn check(&self, raw: &str) -> Checked {
        let Some(text) = non_blank(raw) else {
            return match self.required {
                Some(code) => Err(code),
                None => Ok(String::new()),
            };
        };
        let length = Self::length(text);
        if length < self.min {
            Err(self.too_short)
        } else if length > self.max {
            Err(self.too_long)
        } else {
            Ok(text.to_owned())
        }
    }
}

/// The description of a support request: 20–4000 characters.
pub const DESCRIPTION: TextRule = TextRule {
    min: 20,
    max: 4000,
    required: Some(codes::DESCRIPTION_REQUIRED),
    too_short: codes::DESCRIPTION_TOO_SHORT,
    too_long: codes::DESCRIPTION_TOO_LONG,
};

/// The message of anonymous feedback: 20–4000 characters, as a request's description.
pub const FEEDBACK_MESSAGE: TextRule = TextRule {
    min: 20,
    max: 4000,
    required: Some(codes::MESSAGE_REQUIRED),
    too_short: codes::MESSAGE_TOO_SHORT,
    too_long: codes::MESSAGE_TOO_LONG,
};

/// The subject of a support request: up to 200 characters.
pub const SUBJECT: TextRule = TextRule {
    min: 1,
    max: 200,
    required: Some(codes::SUBJECT_REQUIRED),
    too_short: codes::SUBJECT_REQUIRED,
    too_long: codes::SUBJECT_TOO_LONG,
};

/// A reply or comment in a request's thread: 1–4000 characters.
pub const REPLY_TEXT: TextRule = TextRule {
    min: 1,
    max: 4000,
    required: Some(codes::TEXT_REQUIRED),
    too_short: codes::TEXT_REQUIRED,
    too_long: codes::TEXT_TOO_LONG,
};

/// A chat message: 1–2000 characters (or an attachment instead).
pub const CHAT_TEXT: TextRule = TextRule {
    min: 1,
    max: 2000,
    required: Some(codes::CHAT_TEXT_REQUIRED),
    too_short: codes::CHAT_TEXT_REQUIRED,
    too_long: codes::CHAT_TEXT_TOO_LONG,
};

/// An optional comment (to a rating or a callback): up to 1000 characters.
pub const COMMENT: TextRule = TextRule {
    min: 0,
    max: 1000,
    required: None,
    too_short: codes::COMMENT_TOO_LONG,
    too_long: codes::COMMENT_TOO_LONG,
};

/// The registration address in the profile: up to 300 characters.
pub const ADDRESS: TextRule = TextRule {
    min: 1,
    max: 300,
    required: Some(codes::ADDRESS_REQUIRED),
    too_short: codes::ADDRESS_REQUIRED,
    too_long: codes::ADDRESS_TOO_LONG,
};

/// Who issued the passport: up to 200 characters.
pub const PASSPORT_ISSUED_BY: TextRule = TextRule {
    min: 1,
    max: 200,
    required: Some(codes::PASSPORT_ISSUED_BY_REQUIRED),
    too_short: codes::PASSPORT_ISSUED_BY_REQUIRED,
    too_long: codes::PASSPORT_ISSUED_BY_TOO_LONG,
};

/// Why an operator refused to confirm an identity: up to 1000 characters.
pub const REFUSAL_REASON: TextRule = TextRule {
    min: 1,
    max: 1000,
    required: Some(codes::REASON_REQUIRED),
    too_short: codes::REASON_REQUIRED,
    too_long: codes::REASON_TOO_LONG,
};

/// Why a citizen asks for a senior operator: 1–1000 characters.
pub const ESCALATION_REASON: TextRule = TextRule {
    min: 1,
    max: 1000,
    required: Some(codes::ESCALATION_REASON_REQUIRED),
    too_short: codes::ESCALATION_REASON_REQUIRED,
    too_long: codes::ESCALATION_REASON_TOO_LONG,
};

/// The name of the organisation a representative acts for: up to 300 characters.
pub const ORGANISATION_NAME: TextRule = TextRule {
    min: 1,
    max: 300,
    required: Some(codes::ORGANISATION_NAME_REQUIRED),
    too_short: codes::ORGANISATION_NAME_REQUIRED,
    too_long: codes::ORGANISATION_NAME_TOO_LONG,
};

/// Why an operator refuses a request: 1–1000 characters.
pub const REJECTION_REASON: TextRule = TextRule {
    min: 1,
    max: 1000,
    required: Some(codes::REJECTION_REASON_REQUIRED),
    too_short: codes::REJECTION_REASON_REQUIRED,
    too_long: codes::REJECTION_REASON_TOO_LONG,
};

/// What the citizen should fix after a refusal: 1–1000 characters.
pub const REJECTION_FIX: TextRule = TextRule {
    min: 1,
    max: 1000,
    required: Some(codes::REJECTION_FIX_REQUIRED),
    too_short: codes::REJECTION_FIX_REQUIRED,
    too_long: codes::REJECTION_FIX_TOO_LONG,
};

/// Why an operator extends a deadline: 1–1000 characters.
pub const EXTENSION_REASON: TextRule = TextRule {
    min: 1,
    max: 1000,
    required: Some(codes::EXTENSION_REASON_REQUIRED),
    too_short: codes::EXTENSION_REASON_REQUIRED,
    too_long: codes::EXTENSION_REASON_TOO_LONG,
};

/// The title of a canned reply: 1–100 characters.
pub const CANNED_TITLE: TextRule = TextRule {
    min: 1,
    max: 100,
    required: Some(codes::CANNED_TITLE_REQUIRED),
    too_short: codes::CANNED_TITLE_REQUIRED,
    too_long: codes::CANNED_TITLE_TOO_LONG,
};

/// An article's title: 5–120 characters.
pub const ARTICLE_TITLE: TextRule = TextRule {
    min: 5,
    max: 120,
    required: Some(codes::ARTICLE_TITLE_REQUIRED),
    too_short: codes::ARTICLE_TITLE_TOO_SHORT,
    too_long: codes::ARTICLE_TITLE_TOO_LONG,
};

/// An article's summary, shown in results: 20–300 characters.
pub const ARTICLE_SUMMARY: TextRule = TextRule {
    min: 20,
    max: 300,
    required: Some(codes::ARTICLE_SUMMARY_REQUIRED),
    too_short: codes::ARTICLE_SUMMARY_TOO_SHORT,
    too_long: codes::ARTICLE_SUMMARY_TOO_LONG,
};

/// The English title, when the article has one: up to 120 characters.
pub const ARTICLE_TITLE_EN: TextRule = TextRule {
    min: 1,
    max: 120,
    required: None,
    too_short: codes::ARTICLE_TITLE_TOO_LONG,
    too_long: codes::ARTICLE_TITLE_TOO_LONG,
};

/// The English summary, when the article has one: up to 300 characters.
pub const ARTICLE_SUMMARY_EN: TextRule = TextRule {
    min: 1,
    max: 300,
    required: None,
    too_short: codes::ARTICLE_SUMMARY_TOO_LONG,
    too_long: codes::ARTICLE_SUMMARY_TOO_LONG,
};

/// An article's body in Markdown: 100–20 000 characters.
pub const ARTICLE_BODY: TextRule = TextRule {
    min: 100,
    max: 20_000,
    required: Some(codes::ARTICLE_BODY_REQUIRED),
    too_short: codes::ARTICLE_BODY_TOO_SHORT,
    too_long: codes::ARTICLE_BODY_TOO_LONG,
};

/// A video guide's full transcript in Markdown: 100–20 000 characters.
pub const TRANSCRIPT: TextRule = TextRule {
    min: 100,
    max: 20_000,
    required: Some(codes::TRANSCRIPT_REQUIRED),
    too_short: codes::TRANSCRIPT_TOO_SHORT,
    too_long: codes::TRANSCRIPT_TOO_LONG,
};
