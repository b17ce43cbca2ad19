//! A knowledge-base article as an administrator writes it (SPEC §8, §2).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::articles::ArticleKind;
use crate::categories;
use crate::codes;
use crate::text;

/// Most related articles one article links to.
pub const RELATED_MAX: usize = 6;

/// The article form. A field left out is judged as left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct ArticleForm {
    /// Its title, 5–120 characters.
    #[validate(custom(function = "rules::article_title"))]
    pub title: String,
    /// Its title in English, optional.
    #[validate(custom(function = "rules::article_title_en"))]
    pub title_en: String,
    /// What it is about, for results: 20–300 characters.
    #[validate(custom(function = "rules::article_summary"))]
    pub summary: String,
    /// The summary in English, optional.
    #[validate(custom(function = "rules::article_summary_en"))]
    pub summary_en: String,
    /// The body in Markdown (headings, paragraphs, lists, emphasis, quotes, links).
    #[validate(custom(function = "rules::article_body"))]
    pub body: String,
    /// Its kind's code: `instruction`, `faq` or `video`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The section of the category tree it belongs to.
    pub section: String,
    /// Whether citizens can read it now.
    pub published: bool,
    /// A video guide's video: an `https://` address.
    pub video_url: String,
    /// A video guide's full transcript in Markdown, so the video is searchable and accessible.
    pub transcript: String,
    /// The ids of related articles.
    pub related: Vec<i64>,
}

impl ArticleForm {
    /// Its kind, when the code is one.
    pub fn kind(&self) -> Option<ArticleKind> {
        ArticleKind::from_code(self.kind.trim())
    }

    /// The video address and transcript the article keeps: a video guide's, nothing for the
    /// other kinds (what was typed before the kind changed is not kept).
    pub fn video(&self) -> Option<(&str, &str)> {
        (self.kind() == Some(ArticleKind::Video))
            .then(|| (self.video_url.trim(), self.transcript.trim()))
    }
}

impl Form for ArticleForm {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        match self.kind() {
            None => errors.add("type", codes::ARTICLE_TYPE_REQUIRED),
            Some(ArticleKind::Video) => {
                let url = self.video_url.trim();
                if url.is_empty() {
                    errors.add("video_url", codes::VIDEO_URL_REQUIRED);
                } else if !is_video_address(url) {
                    errors.add("video_url", codes::VIDEO_URL_FORMAT);
                }
                errors.take("transcript", text::TRANSCRIPT.check(&self.transcript));
            }
            Some(ArticleKind::Instruction | ArticleKind::Faq) => {}
        }
        let section = self.section.trim();
        if section.is_empty() {
            errors.add("section", codes::SECTION_REQUIRED);
        } else if categories::section(section).is_none() {
            errors.add("section", codes::SECTION_UNKNOWN);
        }
        if self.related.len() > RELATED_MAX {
            errors.add("related", codes::RELATED_TOO_MANY);
        }
        errors.into_result()
    }
}

/// An `https://` address with a host: a video is linked to, never embedded.
fn is_video_address(url: &str) -> bool {
    url.starts_with("https://") && categories::web_address(url).is_some()
}

/// The form's fields in the order shown.
pub const FIELDS: &[&str] = &[
    "title",
    "title_en",
    "summary",
    "summary_en",
    "type",
    "section",
    "body",
    "video_url",
    "transcript",
    "related",
    "published",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn codes_of(form: &ArticleForm) -> Vec<String> {
        match form.check(OffsetDateTime::UNIX_EPOCH) {
            Ok(()) => Vec::new(),
            Err(errors) => errors
                .fields()
                .iter()
                .flat_map(|(field, problems)| {
                    problems.iter().map(move |p| format!("{field}:{}", p.code))
                })
                .collect(),
        }
    }

    fn good() -> ArticleForm {
        ArticleForm {
            title: "Как восстановить пароль".to_owned(),
            summary: "Что делать, если вы забыли пароль от портала.".to_owned(),
            body: "Откройте страницу восстановления и введите телефон, почту или СНИЛС. ".repeat(3),
            kind: "instruction".to_owned(),
            section: "account".to_owned(),
            ..ArticleForm::default()
        }
    }

    #[test]
    fn a_complete_article_passes() {
        assert_eq!(codes_of(&good()), Vec::<String>::new());
    }

    #[test]
    fn every_missing_part_is_named() {
        assert_eq!(
            codes_of(&ArticleForm::default()),
            [
                "body:article_body.required",
                "section:section.required",
                "summary:article_summary.required",
                "title:article_title.required",
                "type:article_type.required",
            ]
        );
    }

    #[test]
    fn a_video_guide_needs_an_https_video_and_its_transcript() {
        let video = ArticleForm {
            kind: "video".to_owned(),
            video_url: "http://example.org/v".to_owned(),
            ..good()
        };
        assert_eq!(
            codes_of(&video),
            [
                "transcript:transcript.required",
                "video_url:video_url.format"
            ]
        );
        let video = ArticleForm {
            video_url: "https://www.youtube.com/@gosuslugi".to_owned(),
            transcript: "Здравствуйте! В этом видео мы покажем, как подтвердить личность. "
                .repeat(2),
            ..video
        };
        assert_eq!(codes_of(&video), Vec::<String>::new());
        assert!(video.video().is_some());
        assert_eq!(good().video(), None);
    }

    #[test]
    fn sections_come_from_the_tree_and_related_are_few() {
        let form = ArticleForm {
            section: "account.recovery".to_owned(),
            related: (1..=7).collect(),
            ..good()
        };
        assert_eq!(
            codes_of(&form),
            ["related:related.too_many", "section:section.unknown"]
        );
    }
}
