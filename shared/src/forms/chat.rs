//! A chat message: text, or a file with optional text.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::{Form, FormErrors};
use crate::codes;
use crate::text::CHAT_TEXT;

/// One message typed into the chat.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// 1–2000 characters, or empty when a file is attached.
    pub text: String,
    /// Whether a file goes with the message.
    #[serde(default)]
    pub has_attachment: bool,
}

impl Form for ChatMessage {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        match CHAT_TEXT.check(&self.text) {
            Err(codes::CHAT_TEXT_REQUIRED) if self.has_attachment => {}
            result => {
                errors.take("text", result);
            }
        }
        errors.into_result()
    }
}

/// The start of a chat: what it is about and the question, which the bot answers first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, validator::Validate)]
#[serde(default)]
pub struct NewChat {
    /// A subcategory code of the tree: the section whose operators answer.
    #[validate(custom(function = "super::rules::topic"))]
    pub topic: String,
    /// The question, by the rule of every chat message (no file at the start).
    pub text: String,
}

impl Form for NewChat {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = super::derived(self);
        errors.take("text", CHAT_TEXT.check(&self.text));
        errors.into_result()
    }
}
