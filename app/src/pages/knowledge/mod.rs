//! The knowledge base (SPEC §8): «База знаний» with its search and filters, one article with
//! «Была ли статья полезной?», the suggestions shared by every search box and the request form,
//! and «Задать вопрос эксперту» under every search and article.

mod article;
mod list;
mod suggest;

pub use article::ArticlePage;
pub use list::KnowledgeBasePage;
pub use suggest::{
    AskExpert, SuggestedArticles, article_suggestions, open_suggestion, suggestions_for_box,
};

use shared::articles::ArticleKind;
use shared::dates::{format_date, parse_date};

use crate::components::radios::Choice;

/// The kinds of article as a question's choices.
pub fn kind_choices() -> impl Iterator<Item = Choice> {
    ArticleKind::ALL.into_iter().map(|kind| Choice {
        value: kind.code(),
        label: kind.name(),
        hint: None,
    })
}

/// An article's `ГГГГ-ММ-ДД` date as the pages show dates: `ДД.ММ.ГГГГ`.
fn shown_date(updated: &str) -> String {
    parse_date(updated).map_or_else(|| updated.to_owned(), format_date)
}
