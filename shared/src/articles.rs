//! The knowledge base (SPEC §8): articles, their kinds, what the API answers about them and the
//! addresses it answers at. The article form and its rules are in [`crate::forms::article`].

use serde::{Deserialize, Serialize};

use crate::lang::Text;

/// `GET ?q=&type=&section=&page=`: published articles found by the search, or the newest.
pub const ARTICLES_PATH: &str = "/api/v1/articles";
/// `GET ?q=`: up to [`SUGGESTIONS_MAX`] titles matching what is being typed.
pub const ARTICLE_SUGGEST_PATH: &str = "/api/v1/articles/suggest";
/// `GET`: the most read published articles.
pub const POPULAR_ARTICLES_PATH: &str = "/api/v1/articles/popular";
/// `POST` [`ArticleForm`](crate::forms::article::ArticleForm) and, under it, `PUT` and `DELETE`
/// of one article: administrators only.
pub const ADMIN_ARTICLES_PATH: &str = "/api/v1/admin/articles";

/// Most suggestions answered while a title is typed.
pub const SUGGESTIONS_MAX: usize = 8;
/// How long typing must pause before suggestions are asked for, in milliseconds: a word typed
/// at once is one request, not one a letter.
pub const SUGGEST_DEBOUNCE_MS: u64 = 250;
/// Fewest letters typed before suggestions are looked up.
pub const SUGGEST_FROM_CHARS: usize = 2;
/// Articles on a page of results.
pub const RESULTS_PAGE_SIZE: u32 = 10;
/// Most popular articles shown on the help centre's home.
pub const POPULAR_MAX: u32 = 6;

/// What kind of help an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleKind {
    /// Step-by-step instructions.
    Instruction,
    /// Questions and answers.
    Faq,
    /// A video guide: a link to the video and its full transcript.
    Video,
}

impl ArticleKind {
    /// Every kind, in the order filters show them.
    pub const ALL: [ArticleKind; 3] = [
        ArticleKind::Instruction,
        ArticleKind::Faq,
        ArticleKind::Video,
    ];

    /// The code in the API and in addresses.
    pub fn code(self) -> &'static str {
        match self {
            ArticleKind::Instruction => "instruction",
            ArticleKind::Faq => "faq",
            ArticleKind::Video => "video",
        }
    }

    /// The kind of `code`, if it is one.
    pub fn from_code(code: &str) -> Option<ArticleKind> {
        ArticleKind::ALL
            .into_iter()
            .find(|kind| kind.code() == code)
    }

    /// Its name, as filters and results show it.
    pub fn name(self) -> Text {
        match self {
            ArticleKind::Instruction => Text {
                ru: "Инструкция",
                en: "Instructions",
            },
            ArticleKind::Faq => Text {
                ru: "Вопросы и ответы",
                en: "Questions and answers",
            },
            ArticleKind::Video => Text {
                ru: "Видеоинструкция",
                en: "Video guide",
            },
        }
    }
}

/// A search of the knowledge base, as the results page's address and the API's query carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSearch {
    /// The words; `"quoted phrases"` match in that order.
    #[serde(default)]
    pub q: String,
    /// Only articles of this kind.
    #[serde(default, rename = "type")]
    pub kind: Option<ArticleKind>,
    /// Only articles of this section of the category tree (its code); empty for all.
    #[serde(default)]
    pub section: String,
    /// The page of results, from 1.
    #[serde(default = "first_page")]
    pub page: u32,
}

fn first_page() -> u32 {
    1
}

/// Everything, from the first page: what an address or a query without parts means.
impl Default for ArticleSearch {
    fn default() -> Self {
        ArticleSearch {
            q: String::new(),
            kind: None,
            section: String::new(),
            page: first_page(),
        }
    }
}

impl ArticleSearch {
    /// Its parts by the names the API and the page's address both read; a part left at its
    /// default is empty (and left out of a query).
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            ("q", self.q.trim().to_owned()),
            ("type", self.kind.map_or("", ArticleKind::code).to_owned()),
            ("section", self.section.clone()),
        ];
        if self.page > 1 {
            pairs.push(("page", self.page.to_string()));
        }
        pairs
    }

    /// The query string, without `?`; parts left at their default are left out.
    pub fn to_query(&self) -> String {
        let query = crate::pages::with_query("", &self.pairs());
        query.trim_start_matches('?').to_owned()
    }
}

/// One article found, as a list of results shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSummary {
    /// Its id.
    pub id: i64,
    /// Its title, in the client's language when the article has one in it.
    pub title: String,
    /// What it is about, in one or two sentences.
    pub summary: String,
    /// Its kind.
    #[serde(rename = "type")]
    pub kind: ArticleKind,
    /// The section of the category tree it belongs to.
    pub section: String,
    /// When it was last changed, `ГГГГ-ММ-ДД`.
    pub updated: String,
    /// A passage around the words searched for, as HTML: escaped text, the words in `<mark>`.
    /// Empty without a search.
    pub snippet: String,
}

/// A page of articles found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleList {
    /// The page's articles, best match first.
    pub items: Vec<ArticleSummary>,
    /// How many articles match in all.
    pub total: u64,
}

/// A title suggested while the search box is typed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSuggestion {
    /// The article's id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// How many readers said it helped («помогла 12 читателям» in the request form).
    #[serde(default)]
    pub helped: u64,
}

/// A link to another article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleLink {
    /// Its id.
    pub id: i64,
    /// Its title.
    pub title: String,
}

/// One article, as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Its id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// What it is about.
    pub summary: String,
    /// Its kind.
    #[serde(rename = "type")]
    pub kind: ArticleKind,
    /// Its section of the category tree.
    pub section: String,
    /// When it was last changed, `ГГГГ-ММ-ДД`.
    pub updated: String,
    /// Whether citizens can read it; drafts are for the contact centre only.
    pub published: bool,
    /// The body, rendered from Markdown on the server and cleaned.
    pub body_html: String,
    /// A video guide's video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_url: Option<String>,
    /// A video guide's transcript, rendered and cleaned as the body is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub transcript_html: String,
    /// The related articles citizens may read (drafts are left out for them).
    pub related: Vec<ArticleLink>,
    /// How many readers said it helped.
    pub helped: u64,
}

/// A reader's answer to «Была ли статья полезной?».
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleVote {
    /// A random token the browser keeps: a browser's answer counts once.
    pub browser: String,
    /// «Да» or «Нет».
    pub helpful: bool,
    /// What was missing, optionally.
    #[serde(default)]
    pub comment: String,
}

/// `201` for a created article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedArticle {
    /// Its id.
    pub id: i64,
}

/// What is known of one article's use, for administrators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleFigures {
    /// Its id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Its kind.
    #[serde(rename = "type")]
    pub kind: ArticleKind,
    /// Its section.
    pub section: String,
    /// Whether citizens can read it.
    pub published: bool,
    /// When it was last changed, `ГГГГ-ММ-ДД`.
    pub updated: String,
    /// How many times it was opened.
    pub views: u64,
    /// Readers who said it helped.
    pub helpful: u64,
    /// Readers who said it did not.
    pub not_helpful: u64,
    /// Requests filed in the browser tab it was read in, after reading it.
    #[serde(default)]
    pub requests: u64,
}

/// What was done to an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Loaded from the repository's articles when the portal first started with it.
    Loaded,
    /// Written.
    Created,
    /// Changed.
    Edited,
    /// Made readable for citizens.
    Published,
    /// Taken back to a draft.
    Unpublished,
    /// Removed.
    Deleted,
}

impl ChangeKind {
    /// Every kind of change.
    pub const ALL: [ChangeKind; 6] = [
        ChangeKind::Loaded,
        ChangeKind::Created,
        ChangeKind::Edited,
        ChangeKind::Published,
        ChangeKind::Unpublished,
        ChangeKind::Deleted,
    ];

    /// The code it is stored and sent as.
    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::Loaded => "loaded",
            ChangeKind::Created => "created",
            ChangeKind::Edited => "edited",
            ChangeKind::Published => "published",
            ChangeKind::Unpublished => "unpublished",
            ChangeKind::Deleted => "deleted",
        }
    }

    /// The change of `code`, if it is one.
    pub fn from_code(code: &str) -> Option<ChangeKind> {
        ChangeKind::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// One change of an article: what, by whom, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleChange {
    /// What was done.
    pub change: ChangeKind,
    /// The administrator's name or e-mail; empty when loaded from the repository.
    pub by: String,
    /// When, RFC 3339.
    pub at: String,
}

/// An article as an administrator edits it: the form as kept, its history and its figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditedArticle {
    /// The form as kept (Markdown, not rendered).
    pub form: crate::forms::article::ArticleForm,
    /// Every change, oldest first.
    pub changes: Vec<ArticleChange>,
    /// Its figures.
    pub figures: ArticleFigures,
}

/// A body and transcript rendered as the article's page would show them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticlePreview {
    /// The body.
    pub body_html: String,
    /// The transcript, for a video guide.
    pub transcript_html: String,
}

/// `POST` an [`ArticleForm`](crate::forms::article::ArticleForm): its body and transcript
/// rendered, nothing kept.
pub const ADMIN_ARTICLE_PREVIEW_PATH: &str = "/api/v1/admin/articles/preview";

/// `GET`: every article's id and title, for choosing related ones.
pub const ADMIN_ARTICLE_LINKS_PATH: &str = "/api/v1/admin/articles/links";

/// The address of one article under [`ADMIN_ARTICLES_PATH`].
pub fn admin_article_path(id: i64) -> String {
    format!("{ADMIN_ARTICLES_PATH}/{id}")
}

impl ArticleVote {
    /// Whether the browser's token is one the SPA makes: 16–64 letters, digits and hyphens.
    pub fn browser_is_valid(&self) -> bool {
        let token = self.browser.trim();
        (16..=64).contains(&token.len())
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    }
}

impl crate::forms::Form for ArticleVote {
    fn check(&self, _now: time::OffsetDateTime) -> Result<(), crate::forms::FormErrors> {
        let mut errors = crate::forms::FormErrors::new();
        errors.take("comment", crate::text::COMMENT.check(&self.comment));
        errors.into_result()
    }
}

/// The address of one article's votes under [`ARTICLES_PATH`].
pub fn votes_path(id: i64) -> String {
    format!("{ARTICLES_PATH}/{id}/votes")
}

/// The address of one article in the API.
pub fn article_path(id: i64) -> String {
    format!("{ARTICLES_PATH}/{id}")
}

/// Whether an article may link to `href`: `https:`, `mailto:`, `tel:` and the portal's own
/// pages (a path from its root, not `//elsewhere`). Everything else (`javascript:`, `data:`,
/// plain `http:`) is dropped from the link when the body is cleaned.
pub fn link_allowed(href: &str) -> bool {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    ["https://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
        || (href.starts_with('/') && !href.starts_with("//") && !href.starts_with("/\\"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_codes() {
        for kind in ArticleKind::ALL {
            assert_eq!(ArticleKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(ArticleKind::from_code("blog"), None);
    }

    #[test]
    fn a_search_writes_only_what_is_set() {
        assert_eq!(ArticleSearch::default().to_query(), "");
        let search = ArticleSearch {
            q: " пароль от \"Госуслуг\" ".to_owned(),
            kind: Some(ArticleKind::Faq),
            section: "account".to_owned(),
            page: 2,
        };
        assert_eq!(
            search.to_query(),
            "q=%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C%20%D0%BE%D1%82%20%22%D0%93%D0%BE%D1%81%D1%83%D1%81%D0%BB%D1%83%D0%B3%22&type=faq&section=account&page=2"
        );
    }

    #[test]
    fn only_safe_links_are_allowed() {
        for href in [
            "https://www.gosuslugi.ru/help",
            "mailto:support@gosuslugi.ru",
            "tel:+78001007010",
            "/account/requests/new",
            "HTTPS://example.org",
        ] {
            assert!(link_allowed(href), "{href}");
        }
        for href in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>",
            "http://example.org",
            "//evil.example/x",
            "/\\evil.example",
            "vbscript:x",
            "",
        ] {
            assert!(!link_allowed(href), "{href}");
        }
    }
}
