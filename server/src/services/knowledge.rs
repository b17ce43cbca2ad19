//! The knowledge base's work between the routes and storage: searching with snippets, title
//! suggestions, an article's page, and the repository's articles (`server/articles/*.md`)
//! loaded at start.

use serde::Deserialize;
use shared::articles::{
    Article, ArticleLink, ArticleList, ArticleSearch, ArticleSuggestion, ArticleSummary,
    POPULAR_MAX, SUGGEST_FROM_CHARS, SUGGESTIONS_MAX,
};
use shared::chat::OfferedArticle;
use shared::forms::Form;
use shared::forms::article::ArticleForm;
use shared::lang::Lang;
use time::OffsetDateTime;

use crate::services::markdown::render;
use crate::services::search::{Prefix, Query, snippet};
use crate::storage::Db;
use crate::storage::articles::{ArticleFilter, ArticleRow, Author, Saved};
use crate::storage::fulltext::{
    Corpus, any_term_expression, match_expression, title_prefix_expression,
};

mod repository {
    include!(concat!(env!("OUT_DIR"), "/articles.rs"));
}

/// Characters of a result's snippet.
const SNIPPET_CHARS: usize = 220;

/// `text` in `lang` when the article has it in that language, else the Russian.
fn in_lang<'a>(lang: Lang, ru: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::En && !en.is_empty() {
        en
    } else {
        ru
    }
}

fn title_of(row: &ArticleRow, lang: Lang) -> String {
    in_lang(lang, &row.title, &row.title_en).to_owned()
}

/// A row as a list of results shows it; with the snippet of `query` when there is one.
fn summary_of(row: &ArticleRow, query: &Query, lang: Lang) -> ArticleSummary {
    ArticleSummary {
        id: row.id,
        title: title_of(row, lang),
        summary: in_lang(lang, &row.summary, &row.summary_en).to_owned(),
        kind: row.kind(),
        section: row.section.clone(),
        updated: row.updated_on.clone(),
        snippet: if query.is_empty() {
            String::new()
        } else {
            snippet(&row.plain_body(), query, SNIPPET_CHARS)
        },
    }
}

/// A page of published articles for `search`, best match first.
pub async fn search(
    db: &Db,
    search: &ArticleSearch,
    lang: Lang,
) -> Result<ArticleList, sqlx::Error> {
    let query = Query::parse(&search.q);
    let matching = match_expression(&query, Corpus::Articles);
    let found = db
        .find_articles(ArticleFilter {
            matching: matching.as_deref(),
            kind: search.kind,
            section: search.section.trim(),
            page: search.page,
        })
        .await?;
    Ok(ArticleList {
        items: found
            .rows
            .iter()
            .map(|row| summary_of(row, &query, lang))
            .collect(),
        total: found.total,
    })
}

/// The published articles most read.
pub async fn popular(db: &Db, lang: Lang) -> Result<Vec<ArticleSummary>, sqlx::Error> {
    Ok(first_published(db, None, POPULAR_MAX as usize)
        .await?
        .iter()
        .map(|row| summary_of(row, &Query::default(), lang))
        .collect())
}

/// The first `limit` published articles of every kind and section, matching `matching` when
/// given, in the order the knowledge base lists them.
async fn first_published(
    db: &Db,
    matching: Option<&str>,
    limit: usize,
) -> Result<Vec<ArticleRow>, sqlx::Error> {
    let mut found = db
        .find_articles(ArticleFilter {
            matching,
            kind: None,
            section: "",
            page: 1,
        })
        .await?;
    found.rows.truncate(limit);
    Ok(found.rows)
}

/// Up to [`SUGGESTIONS_MAX`] published titles for what is being typed; none before
/// [`SUGGEST_FROM_CHARS`] letters of its last word.
pub async fn suggest(
    db: &Db,
    typed: &str,
    lang: Lang,
) -> Result<Vec<ArticleSuggestion>, sqlx::Error> {
    let Some(prefix) = Prefix::parse(typed, SUGGEST_FROM_CHARS) else {
        return Ok(Vec::new());
    };
    let rows = db
        .articles_titled(&title_prefix_expression(&prefix), SUGGESTIONS_MAX)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
    let helped = db.articles_helped(&ids).await?;
    Ok(rows
        .iter()
        .map(|row| ArticleSuggestion {
            id: row.id,
            title: title_of(row, lang),
            helped: helped.get(&row.id).copied().unwrap_or_default(),
        })
        .collect())
}

/// Up to `limit` published articles that may answer a question put to the chat's bot: those
/// holding any of its words, the best match first.
pub async fn answering(
    db: &Db,
    question: &str,
    lang: Lang,
    limit: usize,
) -> Result<Vec<OfferedArticle>, sqlx::Error> {
    let Some(matching) = any_term_expression(&Query::question(question), Corpus::Articles) else {
        return Ok(Vec::new());
    };
    Ok(first_published(db, Some(&matching), limit)
        .await?
        .iter()
        .map(|row| OfferedArticle {
            id: row.id,
            title: title_of(row, lang),
        })
        .collect())
}

/// The page of `row`: its body and transcript rendered, its related articles (drafts only for
/// the contact centre) and how many it helped.
pub async fn page_of(
    db: &Db,
    row: &ArticleRow,
    lang: Lang,
    with_drafts: bool,
) -> Result<Article, sqlx::Error> {
    let related = db.related_articles(row.id, with_drafts).await?;
    Ok(Article {
        id: row.id,
        title: title_of(row, lang),
        summary: in_lang(lang, &row.summary, &row.summary_en).to_owned(),
        kind: row.kind(),
        section: row.section.clone(),
        updated: row.updated_on.clone(),
        published: row.published,
        body_html: render(&row.body),
        video_url: (!row.video_url.is_empty()).then(|| row.video_url.clone()),
        transcript_html: if row.transcript.is_empty() {
            String::new()
        } else {
            render(&row.transcript)
        },
        related: related
            .iter()
            .map(|other| ArticleLink {
                id: other.id,
                title: title_of(other, lang),
            })
            .collect(),
        helped: db
            .articles_helped(&[row.id])
            .await?
            .get(&row.id)
            .copied()
            .unwrap_or_default(),
    })
}

/// The front matter of a repository article: its form's fields, with related articles named by
/// their files.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    #[serde(default)]
    title_en: String,
    summary: String,
    #[serde(default)]
    summary_en: String,
    #[serde(rename = "type")]
    kind: String,
    section: String,
    updated: String,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    video_url: String,
    #[serde(default)]
    transcript: String,
    /// A draft stays one until an administrator publishes it (an article about what the
    /// portal does not do yet).
    #[serde(default = "published_by_default")]
    published: bool,
}

fn published_by_default() -> bool {
    true
}

/// A repository article read from its file: the form, its date and its related files.
#[derive(Debug, Clone)]
pub struct RepositoryArticle {
    /// The file's name without `.md`.
    pub slug: &'static str,
    /// The article.
    pub form: ArticleForm,
    /// Its «updated» date, `ГГГГ-ММ-ДД`.
    pub updated_on: String,
    /// The files of its related articles.
    pub related: Vec<String>,
}

/// Why a repository article cannot be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RepositoryError {
    /// No `+++` front matter.
    #[error("{0}: the file must start with a +++ front matter block")]
    NoFrontMatter(&'static str),
    /// The front matter is not the expected TOML.
    #[error("{0}: {1}")]
    FrontMatter(&'static str, toml::de::Error),
    /// The date is not `ГГГГ-ММ-ДД`.
    #[error("{0}: updated must be ГГГГ-ММ-ДД")]
    Date(&'static str),
    /// The article breaks the form's rules.
    #[error("{0}: {1:?}")]
    Rules(&'static str, shared::forms::FormErrors),
}

/// Reads one repository file.
pub fn read_repository_article(
    slug: &'static str,
    text: &str,
) -> Result<RepositoryArticle, RepositoryError> {
    let rest = text
        .strip_prefix("+++\n")
        .ok_or(RepositoryError::NoFrontMatter(slug))?;
    let (header, body) = rest
        .split_once("\n+++\n")
        .ok_or(RepositoryError::NoFrontMatter(slug))?;
    let front: FrontMatter =
        toml::from_str(header).map_err(|error| RepositoryError::FrontMatter(slug, error))?;
    let date_ok = front.updated.len() == 10
        && time::Date::parse(
            &front.updated,
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .is_ok();
    if !date_ok {
        return Err(RepositoryError::Date(slug));
    }
    let form = ArticleForm {
        title: front.title,
        title_en: front.title_en,
        summary: front.summary,
        summary_en: front.summary_en,
        body: body.trim().to_owned(),
        kind: front.kind,
        section: front.section,
        published: front.published,
        video_url: front.video_url,
        transcript: front.transcript,
        related: Vec::new(),
    };
    form.check(OffsetDateTime::now_utc())
        .map_err(|errors| RepositoryError::Rules(slug, errors))?;
    Ok(RepositoryArticle {
        slug,
        form,
        updated_on: front.updated,
        related: front.related,
    })
}

/// Every repository article, read.
pub fn repository_articles() -> Vec<Result<RepositoryArticle, RepositoryError>> {
    repository::FILES
        .iter()
        .map(|(slug, text)| read_repository_article(slug, text))
        .collect()
}

/// Loads the repository articles not loaded before, then links each new one to its related
/// articles. A file that cannot be read is logged and left out (the tests read every file, so
/// this is a file changed after the build's tests). Answers how many were loaded.
pub async fn load_repository_articles(db: &Db, now: OffsetDateTime) -> Result<usize, sqlx::Error> {
    let mut loaded = Vec::new();
    for article in repository_articles() {
        let article = match article {
            Ok(article) => article,
            Err(error) => {
                tracing::error!(%error, "a repository article was not loaded");
                continue;
            }
        };
        if db.article_seeded(article.slug).await? {
            continue;
        }
        let author = Author::Repository {
            slug: article.slug,
            updated_on: &article.updated_on,
        };
        if let Saved::Kept(id) = db.create_article(&article.form, author, now).await? {
            loaded.push((id, article));
        }
    }
    let ids = db.seeded_article_ids().await?;
    for (id, article) in &loaded {
        let related: Vec<i64> = article
            .related
            .iter()
            .filter_map(|slug| ids.get(slug).copied())
            .collect();
        db.link_seeded_article(*id, &related).await?;
    }
    Ok(loaded.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_repository_article_is_readable_and_its_links_resolve() {
        let articles: Vec<RepositoryArticle> = repository_articles()
            .into_iter()
            .map(|article| article.unwrap_or_else(|error| panic!("{error}")))
            .collect();
        assert!(articles.len() >= 40, "{} articles", articles.len());
        let slugs: std::collections::HashSet<&str> = articles.iter().map(|a| a.slug).collect();
        for article in &articles {
            assert!(
                !article.related.is_empty(),
                "{}: no related articles",
                article.slug
            );
            for related in &article.related {
                assert!(
                    slugs.contains(related.as_str()) && related != article.slug,
                    "{}: related {related} is not another article",
                    article.slug
                );
            }
            assert!(
                !article.form.title_en.is_empty() && !article.form.summary_en.is_empty(),
                "{}: English title and summary",
                article.slug
            );
        }
    }

    #[test]
    fn a_file_without_front_matter_or_with_a_bad_date_is_refused() {
        assert!(matches!(
            read_repository_article("x", "title = \"a\"\n"),
            Err(RepositoryError::NoFrontMatter("x"))
        ));
        let bad_date = "+++\ntitle = \"Пять слов\"\nsummary = \"Двадцать символов и ещё немного\"\ntype = \"faq\"\nsection = \"tech\"\nupdated = \"1.12.2026\"\n+++\nтекст";
        assert!(matches!(
            read_repository_article("y", bad_date),
            Err(RepositoryError::Date("y"))
        ));
    }
}
