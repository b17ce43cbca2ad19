//! Knowledge-base articles: the rows, their links, their history and readers' votes; each write
//! rewrites the article's search terms in the same transaction.

use shared::articles::{
    ArticleChange, ArticleFigures, ArticleKind, ArticleLink, ArticleVote, ChangeKind,
    RESULTS_PAGE_SIZE,
};
use shared::forms::article::ArticleForm;
use sqlx::{QueryBuilder, Row, Sqlite, Transaction};
use time::OffsetDateTime;

use super::fulltext::{self, ArticleText, Corpus};
use super::{Db, timestamp};
use crate::services::markdown::plain_text;

/// An article as kept.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArticleRow {
    /// Its id.
    pub id: i64,
    /// The repository file it came from, if it did.
    pub slug: Option<String>,
    /// Title.
    pub title: String,
    /// English title, or empty.
    pub title_en: String,
    /// Summary.
    pub summary: String,
    /// English summary, or empty.
    pub summary_en: String,
    /// Markdown body.
    pub body: String,
    #[sqlx(try_from = "String")]
    kind: StoredKind,
    /// Section code.
    pub section: String,
    /// Readable by citizens.
    pub published: bool,
    /// A video guide's video, or empty.
    pub video_url: String,
    /// A video guide's Markdown transcript, or empty.
    pub transcript: String,
    /// `ГГГГ-ММ-ДД`.
    pub updated_on: String,
    /// Times opened.
    pub views: i64,
}

#[derive(Debug, Clone, Copy)]
struct StoredKind(ArticleKind);

impl TryFrom<String> for StoredKind {
    type Error = String;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        ArticleKind::from_code(&code)
            .map(StoredKind)
            .ok_or_else(|| format!("unknown article kind {code}"))
    }
}

impl ArticleRow {
    /// Its kind.
    pub fn kind(&self) -> ArticleKind {
        self.kind.0
    }

    /// The words search looks in and snippets quote: the body and a video's transcript,
    /// without markup.
    pub fn plain_body(&self) -> String {
        let mut text = plain_text(&self.body);
        if !self.transcript.is_empty() {
            text.push('\n');
            text.push_str(&plain_text(&self.transcript));
        }
        text
    }

    /// The form that would keep this article as it is, with its related articles.
    pub fn form(&self, related: Vec<i64>) -> ArticleForm {
        ArticleForm {
            title: self.title.clone(),
            title_en: self.title_en.clone(),
            summary: self.summary.clone(),
            summary_en: self.summary_en.clone(),
            body: self.body.clone(),
            kind: self.kind().code().to_owned(),
            section: self.section.clone(),
            published: self.published,
            video_url: self.video_url.clone(),
            transcript: self.transcript.clone(),
            related,
        }
    }
}

const ARTICLE_COLUMNS: &str = "a.id, a.slug, a.title, a.title_en, a.summary, a.summary_en, a.body, \
     a.kind, a.section, a.published, a.video_url, a.transcript, a.updated_on, a.views";

/// What an article's index row is made of, owned.
#[derive(Debug, Clone)]
pub struct IndexText {
    title: String,
    summary: String,
    body: String,
}

impl IndexText {
    fn of(row: &ArticleRow) -> IndexText {
        IndexText {
            title: format!("{} {}", row.title, row.title_en),
            summary: format!("{} {}", row.summary, row.summary_en),
            body: row.plain_body(),
        }
    }

    /// Borrowed, as the index writes it.
    pub fn as_text(&self) -> ArticleText<'_> {
        ArticleText {
            title: &self.title,
            summary: &self.summary,
            body: &self.body,
        }
    }
}

/// Every article's index text, for a rebuild inside `tx`.
pub(super) async fn index_texts(
    tx: &mut Transaction<'_, Sqlite>,
) -> Result<Vec<(i64, IndexText)>, sqlx::Error> {
    let rows: Vec<ArticleRow> = sqlx::query_as(&format!(
        "SELECT {ARTICLE_COLUMNS} FROM articles a ORDER BY a.id"
    ))
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .iter()
        .map(|row| (row.id, IndexText::of(row)))
        .collect())
}

/// Rewrites the index row of `id` from its stored row.
async fn reindex(tx: &mut Transaction<'_, Sqlite>, id: i64) -> Result<(), sqlx::Error> {
    let row: ArticleRow = sqlx::query_as(&format!(
        "SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?1"
    ))
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    fulltext::index_article(tx, id, IndexText::of(&row).as_text()).await
}

/// A date as an article shows it, `ГГГГ-ММ-ДД` in Moscow.
pub fn article_date(now: OffsetDateTime) -> String {
    shared::dates::in_moscow(now).date().to_string()
}

/// Who writes: an administrator's account, or the repository's articles loaded at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author<'a> {
    /// An administrator.
    Staff(i64),
    /// The file `slug` of the repository's articles, dated as it says.
    Repository {
        /// Its name.
        slug: &'a str,
        /// Its «updated» date, `ГГГГ-ММ-ДД`.
        updated_on: &'a str,
    },
}

impl Author<'_> {
    fn account(self) -> Option<i64> {
        match self {
            Author::Staff(id) => Some(id),
            Author::Repository { .. } => None,
        }
    }
}

/// How a write of an article ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Kept: the article's id.
    Kept(i64),
    /// No such article.
    NotFound,
    /// One of the related articles does not exist (or is the article itself).
    UnknownRelated,
}

async fn record(
    tx: &mut Transaction<'_, Sqlite>,
    article_id: i64,
    account_id: Option<i64>,
    change: ChangeKind,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO article_changes (article_id, account_id, change, at) VALUES (?1, ?2, ?3, ?4)",
    )
    .bind(article_id)
    .bind(account_id)
    .bind(change.code())
    .bind(timestamp(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Sets the related articles of `id`; `false` (nothing written) when one of them is not an
/// article or is `id` itself.
async fn set_related(
    tx: &mut Transaction<'_, Sqlite>,
    id: i64,
    related: &[i64],
) -> Result<bool, sqlx::Error> {
    for other in related {
        let exists: Option<(i64,)> = sqlx::query_as("SELECT id FROM articles WHERE id = ?1")
            .bind(other)
            .fetch_optional(&mut **tx)
            .await?;
        if exists.is_none() || *other == id {
            return Ok(false);
        }
    }
    sqlx::query("DELETE FROM article_links WHERE article_id = ?1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (position, other) in related.iter().enumerate() {
        sqlx::query(
            "INSERT OR IGNORE INTO article_links (article_id, related_id, position)
             VALUES (?1, ?2, ?3)",
        )
        .bind(id)
        .bind(other)
        .bind(position as i64)
        .execute(&mut **tx)
        .await?;
    }
    Ok(true)
}

/// Binds a form's fields after the statement's first parameter, in the order of the columns
/// `title, title_en, summary, summary_en, body, kind, section, published, video_url, transcript,
/// updated_on`.
fn bind_form<'q>(
    query: sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
    form: &'q ArticleForm,
    updated_on: String,
) -> sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>> {
    let (video_url, transcript) = form.video().unwrap_or_default();
    query
        .bind(form.title.trim())
        .bind(form.title_en.trim())
        .bind(form.summary.trim())
        .bind(form.summary_en.trim())
        .bind(form.body.trim())
        .bind(form.kind.trim())
        .bind(form.section.trim())
        .bind(form.published)
        .bind(video_url)
        .bind(transcript)
        .bind(updated_on)
}

/// One page of articles found, as rows.
#[derive(Debug, Clone)]
pub struct Found {
    /// The page's rows, best first.
    pub rows: Vec<ArticleRow>,
    /// How many match in all.
    pub total: u64,
}

/// What a listing of articles asks for.
#[derive(Debug, Clone, Copy)]
pub struct ArticleFilter<'a> {
    /// The FTS5 expression of the query, if there is one.
    pub matching: Option<&'a str>,
    /// Only this kind.
    pub kind: Option<ArticleKind>,
    /// Only this section (empty: all).
    pub section: &'a str,
    /// The page, from 1.
    pub page: u32,
}

impl Db {
    /// Writes a checked article; the related ones must exist.
    pub async fn create_article(
        &self,
        form: &ArticleForm,
        author: Author<'_>,
        now: OffsetDateTime,
    ) -> Result<Saved, sqlx::Error> {
        let mut tx = self.write().await?;
        let (slug, updated_on, change) = match author {
            Author::Staff(_) => (None, article_date(now), ChangeKind::Created),
            Author::Repository { slug, updated_on } => {
                (Some(slug), updated_on.to_owned(), ChangeKind::Loaded)
            }
        };
        let insert = sqlx::query(
            "INSERT INTO articles (slug, title, title_en, summary, summary_en, body, kind, section,
                                   published, video_url, transcript, updated_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id",
        )
        .bind(slug);
        let id: i64 = bind_form(insert, form, updated_on)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        if !set_related(&mut tx, id, &form.related).await? {
            return Ok(Saved::UnknownRelated);
        }
        if let Author::Repository { slug, .. } = author {
            sqlx::query("INSERT INTO article_seeds (slug, loaded_at) VALUES (?1, ?2)")
                .bind(slug)
                .bind(timestamp(now))
                .execute(&mut *tx)
                .await?;
        }
        record(&mut tx, id, author.account(), change, now).await?;
        reindex(&mut tx, id).await?;
        tx.commit().await?;
        Ok(Saved::Kept(id))
    }

    /// Replaces article `id` with a checked form; publishing or taking it back is recorded as
    /// such, any other change as an edit.
    pub async fn update_article(
        &self,
        id: i64,
        form: &ArticleForm,
        account_id: i64,
        now: OffsetDateTime,
    ) -> Result<Saved, sqlx::Error> {
        let mut tx = self.write().await?;
        let was: Option<(bool,)> = sqlx::query_as("SELECT published FROM articles WHERE id = ?1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((was_published,)) = was else {
            return Ok(Saved::NotFound);
        };
        let update = sqlx::query(
            "UPDATE articles SET title = ?2, title_en = ?3, summary = ?4, summary_en = ?5,
                                 body = ?6, kind = ?7, section = ?8, published = ?9,
                                 video_url = ?10, transcript = ?11, updated_on = ?12
             WHERE id = ?1",
        )
        .bind(id);
        bind_form(update, form, article_date(now))
            .execute(&mut *tx)
            .await?;
        if !set_related(&mut tx, id, &form.related).await? {
            return Ok(Saved::UnknownRelated);
        }
        let change = match (was_published, form.published) {
            (false, true) => ChangeKind::Published,
            (true, false) => ChangeKind::Unpublished,
            _ => ChangeKind::Edited,
        };
        record(&mut tx, id, Some(account_id), change, now).await?;
        reindex(&mut tx, id).await?;
        tx.commit().await?;
        Ok(Saved::Kept(id))
    }

    /// Removes article `id` and its index row; the deletion stays in its history. `false` when
    /// there is no such article.
    pub async fn delete_article(
        &self,
        id: i64,
        account_id: i64,
        now: OffsetDateTime,
    ) -> Result<bool, sqlx::Error> {
        let mut tx = self.write().await?;
        let done = sqlx::query("DELETE FROM articles WHERE id = ?1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        fulltext::unindex(&mut tx, Corpus::Articles, id).await?;
        record(&mut tx, id, Some(account_id), ChangeKind::Deleted, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Whether the repository's article `slug` was loaded before (and so is not loaded again,
    /// even if an administrator deleted it since).
    pub async fn article_seeded(&self, slug: &str) -> Result<bool, sqlx::Error> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT slug FROM article_seeds WHERE slug = ?1")
                .bind(slug)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.is_some())
    }

    /// The ids of the articles loaded from the repository, by file name.
    pub async fn seeded_article_ids(
        &self,
    ) -> Result<std::collections::HashMap<String, i64>, sqlx::Error> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT slug, id FROM articles WHERE slug IS NOT NULL")
                .fetch_all(self.pool())
                .await?;
        Ok(rows.into_iter().collect())
    }

    /// Links a repository article to its related ones once they are all loaded.
    pub async fn link_seeded_article(&self, id: i64, related: &[i64]) -> Result<bool, sqlx::Error> {
        let mut tx = self.write().await?;
        if !set_related(&mut tx, id, related).await? {
            return Ok(false);
        }
        tx.commit().await?;
        Ok(true)
    }

    /// One article, draft or not.
    pub async fn article(&self, id: i64) -> Result<Option<ArticleRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await
    }

    /// Counts one more reading of article `id`.
    pub async fn count_article_view(&self, id: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE articles SET views = views + 1 WHERE id = ?1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The articles `id` links to, in its order; drafts only when `with_drafts`.
    pub async fn related_articles(
        &self,
        id: i64,
        with_drafts: bool,
    ) -> Result<Vec<ArticleRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {ARTICLE_COLUMNS} FROM article_links l JOIN articles a ON a.id = l.related_id
             WHERE l.article_id = ?1 AND (a.published = 1 OR ?2)
             ORDER BY l.position"
        ))
        .bind(id)
        .bind(with_drafts)
        .fetch_all(self.pool())
        .await
    }

    /// The ids `id` links to, in order (drafts too), for its form.
    pub async fn related_ids(&self, id: i64) -> Result<Vec<i64>, sqlx::Error> {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT related_id FROM article_links WHERE article_id = ?1 ORDER BY position",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// Published articles matching `filter`, best match first (without a query: most read
    /// first), a page of [`RESULTS_PAGE_SIZE`].
    pub async fn find_articles(&self, filter: ArticleFilter<'_>) -> Result<Found, sqlx::Error> {
        let conditions = |builder: &mut QueryBuilder<'_, Sqlite>| {
            builder.push(" WHERE a.published = 1");
            if let Some(matching) = filter.matching {
                builder
                    .push(" AND articles_fts MATCH ")
                    .push_bind(matching.to_owned());
            }
            if let Some(kind) = filter.kind {
                builder.push(" AND a.kind = ").push_bind(kind.code());
            }
            if !filter.section.is_empty() {
                builder
                    .push(" AND a.section = ")
                    .push_bind(filter.section.to_owned());
            }
        };
        // CROSS JOIN keeps the index as the outer loop: SQLite would otherwise walk every
        // article and ask the index about each.
        let from = if filter.matching.is_some() {
            " FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid"
        } else {
            " FROM articles a"
        };
        let mut count = QueryBuilder::new(format!("SELECT COUNT(*){from}"));
        conditions(&mut count);
        let (total,): (i64,) = count.build_query_as().fetch_one(self.pool()).await?;
        let mut select = QueryBuilder::new(format!("SELECT {ARTICLE_COLUMNS}{from}"));
        conditions(&mut select);
        // A title's match weighs most, then the summary's, then the body's.
        select.push(if filter.matching.is_some() {
            " ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0, 10.0, 4.0, 1.0), a.id"
        } else {
            " ORDER BY a.views DESC, a.title, a.id"
        });
        let offset = i64::from(filter.page.max(1) - 1) * i64::from(RESULTS_PAGE_SIZE);
        select
            .push(" LIMIT ")
            .push_bind(i64::from(RESULTS_PAGE_SIZE))
            .push(" OFFSET ")
            .push_bind(offset);
        let rows = select.build_query_as().fetch_all(self.pool()).await?;
        Ok(Found {
            rows,
            total: u64::try_from(total).unwrap_or_default(),
        })
    }

    /// Published articles whose titles match the FTS5 expression `matching`, best first.
    pub async fn articles_titled(
        &self,
        matching: &str,
        limit: usize,
    ) -> Result<Vec<ArticleRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid
             WHERE articles_fts MATCH ?1 AND a.published = 1
             ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0, 10.0, 4.0, 1.0), a.id LIMIT ?2"
        ))
        .bind(matching)
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(self.pool())
        .await
    }

    /// Keeps a reader's answer to «Была ли статья полезной?»; a browser's later answer replaces
    /// its earlier one. `false` when there is no such published article.
    pub async fn vote_on_article(
        &self,
        id: i64,
        vote: &ArticleVote,
        now: OffsetDateTime,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO article_votes (article_id, browser, helpful, comment, at)
             SELECT id, ?2, ?3, ?4, ?5 FROM articles WHERE id = ?1 AND published = 1
             ON CONFLICT (article_id, browser)
             DO UPDATE SET helpful = excluded.helpful, comment = excluded.comment, at = excluded.at",
        )
        .bind(id)
        .bind(vote.browser.trim())
        .bind(vote.helpful)
        .bind(vote.comment.trim())
        .bind(timestamp(now))
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The figures of every article (drafts too), most read first; or of one.
    pub async fn article_figures(
        &self,
        only: Option<i64>,
    ) -> Result<Vec<ArticleFigures>, sqlx::Error> {
        type Row = (
            i64,
            String,
            String,
            String,
            bool,
            String,
            i64,
            i64,
            i64,
            i64,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.id, a.title, a.kind, a.section, a.published, a.updated_on, a.views,
                    COUNT(v.browser) FILTER (WHERE v.helpful = 1),
                    COUNT(v.browser) FILTER (WHERE v.helpful = 0),
                    (SELECT COUNT(*) FROM article_requests r WHERE r.article_id = a.id)
             FROM articles a LEFT JOIN article_votes v ON v.article_id = a.id
             WHERE ?1 IS NULL OR a.id = ?1
             GROUP BY a.id ORDER BY a.views DESC, a.title, a.id",
        )
        .bind(only)
        .fetch_all(self.pool())
        .await?;
        let count = |n: i64| u64::try_from(n).unwrap_or_default();
        Ok(rows
            .into_iter()
            .filter_map(
                |(
                    id,
                    title,
                    kind,
                    section,
                    published,
                    updated,
                    views,
                    helpful,
                    not_helpful,
                    requests,
                )| {
                    Some(ArticleFigures {
                        id,
                        title,
                        kind: ArticleKind::from_code(&kind)?,
                        section,
                        published,
                        updated,
                        views: count(views),
                        helpful: count(helpful),
                        not_helpful: count(not_helpful),
                        requests: count(requests),
                    })
                },
            )
            .collect())
    }

    /// How many readers said each of `ids` helped, in one query (the suggestions' figures);
    /// an article nobody answered for is left out.
    pub async fn articles_helped(
        &self,
        ids: &[i64],
    ) -> Result<std::collections::HashMap<i64, u64>, sqlx::Error> {
        let ids = serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned());
        let counts: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT article_id, COUNT(*) FROM article_votes
             WHERE helpful = 1 AND article_id IN (SELECT value FROM json_each(?1))
             GROUP BY article_id",
        )
        .bind(ids)
        .fetch_all(self.pool())
        .await?;
        Ok(counts
            .into_iter()
            .map(|(id, helped)| (id, u64::try_from(helped).unwrap_or_default()))
            .collect())
    }

    /// Every change of article `id`, oldest first, with the e-mail of who made it.
    pub async fn article_changes(&self, id: i64) -> Result<Vec<ArticleChange>, sqlx::Error> {
        let rows: Vec<(String, Option<String>, String)> = sqlx::query_as(
            "SELECT c.change, s.email, c.at FROM article_changes c
             LEFT JOIN accounts s ON s.id = c.account_id
             WHERE c.article_id = ?1 ORDER BY c.at, c.id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(change, by, at)| {
                Some(ArticleChange {
                    change: ChangeKind::from_code(&change)?,
                    by: by.unwrap_or_default(),
                    at,
                })
            })
            .collect())
    }

    /// Every article's link, by title, for the choice of related ones.
    pub async fn article_links(&self) -> Result<Vec<ArticleLink>, sqlx::Error> {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, title FROM articles ORDER BY title, id")
                .fetch_all(self.pool())
                .await?;
        Ok(rows
            .into_iter()
            .map(|(id, title)| ArticleLink { id, title })
            .collect())
    }
}
