//! The embedded full-text backend: SQLite FTS5 tables holding `services::search`'s terms (see
//! migration 0012), written in the same transaction as the row they index, so what is published
//! or filed is found at once. A PostgreSQL backend would keep the same terms in `tsvector`
//! columns and read the same [`Query`].

use std::time::{Duration, Instant};

use sqlx::{Sqlite, Transaction};

use super::Db;
use crate::services::search::{ANALYZER_VERSION, Prefix, Query, Term, Terms};

/// A set of rows searched together, with its own index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corpus {
    /// Knowledge-base articles: title, summary and body (with a video's transcript).
    Articles,
    /// Requests: subject and description.
    Requests,
}

impl Corpus {
    /// Its name in `search_indexes`.
    fn code(self) -> &'static str {
        match self {
            Corpus::Articles => "articles",
            Corpus::Requests => "requests",
        }
    }

    /// Its FTS5 table.
    pub fn table(self) -> &'static str {
        match self {
            Corpus::Articles => "articles_fts",
            Corpus::Requests => "requests_fts",
        }
    }

    /// The columns of stems and of plain words, in the table's order.
    fn columns(self) -> (&'static str, &'static str) {
        match self {
            Corpus::Articles => (
                "{title_stems summary_stems body_stems}",
                "{title_words summary_words body_words}",
            ),
            Corpus::Requests => ("{stems}", "{words}"),
        }
    }
}

/// An FTS5 string: the text in double quotes, each quote doubled.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// The FTS5 expression of `query` over `corpus`: every word's stem and every phrase's words,
/// all of them; `None` for an empty query.
pub fn match_expression(query: &Query, corpus: Corpus) -> Option<String> {
    joined_terms(query, corpus, " AND ")
}

/// The FTS5 expression of a question: any of its terms (the ranking puts the texts holding more
/// of them, and the rarer ones, first).
pub fn any_term_expression(query: &Query, corpus: Corpus) -> Option<String> {
    joined_terms(query, corpus, " OR ")
}

fn joined_terms(query: &Query, corpus: Corpus, operator: &str) -> Option<String> {
    let (stems, words) = corpus.columns();
    let parts: Vec<String> = query
        .terms
        .iter()
        .map(|term| match term {
            Term::Word(stem) => format!("{stems} : {}", quoted(stem)),
            Term::Phrase(phrase) => format!("{words} : {}", quoted(&phrase.join(" "))),
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(operator))
}

/// The FTS5 expression of a prefix over articles' titles: the words typed before in any form,
/// the last one's start.
pub fn title_prefix_expression(prefix: &Prefix) -> String {
    prefix
        .stems
        .iter()
        .map(|stem| format!("title_stems : {}", quoted(stem)))
        .chain([format!("title_words : {} *", quoted(&prefix.start))])
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// The queue's facets a searched queue narrows its matches by, as the requests' index keeps them
/// (migration 0014).
#[derive(Debug, Clone, Default)]
pub struct QueueFacets<'a> {
    /// Any of these sections.
    pub sections: &'a [String],
    /// Taken by this account (`Some(Some(id))`) or by nobody (`Some(None)`).
    pub assignee: Option<Option<i64>>,
    /// In this status (its code).
    pub status: Option<String>,
}

impl QueueFacets<'_> {
    /// `terms` narrowed to requests with these facets; `None` for no section at all.
    pub fn narrow(&self, terms: &str) -> Option<String> {
        if self.sections.is_empty() {
            return None;
        }
        let sections: Vec<String> = self
            .sections
            .iter()
            .map(|section| quoted(&format!("s{section}")))
            .collect();
        let mut parts = vec![
            format!("({terms})"),
            format!("facets : ({})", sections.join(" OR ")),
        ];
        if let Some(assignee) = self.assignee {
            let token = assignee.map_or_else(|| "anone".to_owned(), |id| format!("a{id}"));
            parts.push(format!("facets : {}", quoted(&token)));
        }
        if let Some(status) = &self.status {
            parts.push(format!(
                "facets : {}",
                quoted(&format!("t{}", status.replace('_', "")))
            ));
        }
        Some(parts.join(" AND "))
    }
}

/// A list of terms as a request row keeps it: padded with spaces, so that a term is found as
/// ` term ` and never inside another.
fn padded(terms: &str) -> String {
    format!(" {terms} ")
}

/// The conditions of `query` over the terms kept on request rows (`search_stems`,
/// `search_words`, prefixed by `alias`), each with the value it binds: the same matches as the
/// index gives, read from the rows themselves.
pub fn terms_conditions(query: &Query, alias: &str) -> Vec<(String, String)> {
    query
        .terms
        .iter()
        .map(|term| match term {
            Term::Word(stem) => (format!("instr({alias}search_stems, ?) > 0"), padded(stem)),
            Term::Phrase(phrase) => (
                format!("instr({alias}search_words, ?) > 0"),
                padded(&phrase.join(" ")),
            ),
        })
        .collect()
}

/// What one article's index row holds.
#[derive(Debug, Clone, Copy)]
pub struct ArticleText<'a> {
    /// Its titles in every language, joined.
    pub title: &'a str,
    /// Its summaries, joined.
    pub summary: &'a str,
    /// Its body's words (and a video's transcript), without markup.
    pub body: &'a str,
}

/// Writes (or rewrites) the index row of article `id` inside `tx`.
pub async fn index_article(
    tx: &mut Transaction<'_, Sqlite>,
    id: i64,
    text: ArticleText<'_>,
) -> Result<(), sqlx::Error> {
    unindex(tx, Corpus::Articles, id).await?;
    let (title, summary, body) = (
        Terms::of(text.title),
        Terms::of(text.summary),
        Terms::of(text.body),
    );
    sqlx::query(
        "INSERT INTO articles_fts (rowid, title_stems, summary_stems, body_stems,
                                   title_words, summary_words, body_words)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .bind(id)
    .bind(title.stems)
    .bind(summary.stems)
    .bind(body.stems)
    .bind(title.words)
    .bind(summary.words)
    .bind(body.words)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Writes the terms of request `id` (its subject and description) inside `tx` on its row; the
/// row's trigger (migration 0014) writes its index row from them, with the queue's facets.
pub async fn index_request(
    tx: &mut Transaction<'_, Sqlite>,
    id: i64,
    text: &str,
) -> Result<(), sqlx::Error> {
    let terms = Terms::of(text);
    sqlx::query("UPDATE requests SET search_stems = ?2, search_words = ?3 WHERE id = ?1")
        .bind(id)
        .bind(padded(&terms.stems))
        .bind(padded(&terms.words))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Removes the index row of `id` from `corpus` inside `tx`.
pub async fn unindex(
    tx: &mut Transaction<'_, Sqlite>,
    corpus: Corpus,
    id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!("DELETE FROM {} WHERE rowid = ?1", corpus.table()))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// What rebuilding one index took.
#[derive(Debug, Clone, Copy)]
pub struct Rebuilt {
    /// Which index.
    pub corpus: Corpus,
    /// Rows indexed.
    pub rows: u64,
    /// How long it took.
    pub took: Duration,
}

/// Rows read at a time while an index is rebuilt.
const REBUILD_BATCH: i64 = 5_000;

impl Db {
    /// Rebuilds every index written by another analyser version than this server's (or never
    /// written, as after the migration that made them). Answers what was rebuilt.
    pub async fn rebuild_stale_indexes(&self) -> Result<Vec<Rebuilt>, sqlx::Error> {
        let mut rebuilt = Vec::new();
        for corpus in [Corpus::Articles, Corpus::Requests] {
            let version: Option<(i64,)> =
                sqlx::query_as("SELECT version FROM search_indexes WHERE corpus = ?1")
                    .bind(corpus.code())
                    .fetch_optional(self.pool())
                    .await?;
            if version != Some((ANALYZER_VERSION,)) {
                rebuilt.push(self.rebuild_index(corpus).await?);
            }
        }
        Ok(rebuilt)
    }

    /// The bytes the index of `corpus` takes in the database file.
    pub async fn index_size(&self, corpus: Corpus) -> Result<u64, sqlx::Error> {
        let (bytes,): (i64,) =
            sqlx::query_as("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE ?1 || '%'")
                .bind(corpus.table())
                .fetch_one(self.pool())
                .await?;
        Ok(u64::try_from(bytes).unwrap_or_default())
    }

    /// Writes the index of `corpus` anew from its rows, in one transaction.
    pub async fn rebuild_index(&self, corpus: Corpus) -> Result<Rebuilt, sqlx::Error> {
        let started = Instant::now();
        let mut tx = self.write().await?;
        let table = corpus.table();
        sqlx::query(&format!(
            "INSERT INTO {table} ({table}) VALUES ('delete-all')"
        ))
        .execute(&mut *tx)
        .await?;
        let mut rows = 0;
        match corpus {
            Corpus::Articles => {
                for (id, text) in super::articles::index_texts(&mut tx).await? {
                    index_article(&mut tx, id, text.as_text()).await?;
                    rows += 1;
                }
            }
            Corpus::Requests => {
                let mut after = 0_i64;
                loop {
                    let batch: Vec<(i64, String)> = sqlx::query_as(
                        "SELECT id, search_text FROM requests WHERE id > ?1 ORDER BY id LIMIT ?2",
                    )
                    .bind(after)
                    .bind(REBUILD_BATCH)
                    .fetch_all(&mut *tx)
                    .await?;
                    let Some((last, _)) = batch.last() else { break };
                    after = *last;
                    for (id, text) in &batch {
                        index_request(&mut tx, *id, text).await?;
                        rows += 1;
                    }
                }
            }
        }
        sqlx::query(
            "INSERT INTO search_indexes (corpus, version) VALUES (?1, ?2)
             ON CONFLICT (corpus) DO UPDATE SET version = excluded.version",
        )
        .bind(corpus.code())
        .bind(ANALYZER_VERSION)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Rebuilt {
            corpus,
            rows,
            took: started.elapsed(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_becomes_stems_and_phrases_over_the_right_columns() {
        let query = Query::parse(r#"Паролем "номер телефона""#);
        assert_eq!(
            match_expression(&query, Corpus::Requests).as_deref(),
            Some(r#"{stems} : "парол" AND {words} : "номер телефона""#)
        );
        assert_eq!(
            match_expression(&Query::parse("  "), Corpus::Articles),
            None
        );
    }

    #[test]
    fn kept_terms_are_matched_whole() {
        let conditions = terms_conditions(&Query::parse(r#"адреса "номер телефона""#), "r.");
        assert_eq!(
            conditions,
            [
                (
                    "instr(r.search_stems, ?) > 0".to_owned(),
                    " адрес ".to_owned()
                ),
                (
                    "instr(r.search_words, ?) > 0".to_owned(),
                    " номер телефона ".to_owned()
                ),
            ]
        );
        assert_eq!(padded(&Terms::of("Адрес").stems), " адрес ");
    }

    #[test]
    fn quotes_inside_terms_cannot_break_out() {
        assert_eq!(quoted(r#"a"b"#), r#""a""b""#);
    }

    #[test]
    fn a_prefix_matches_the_start_of_a_title_word() {
        let prefix = Prefix::parse("сменить тел", 2).unwrap();
        assert_eq!(
            title_prefix_expression(&prefix),
            r#"title_stems : "смен" AND title_words : "тел" *"#
        );
    }
}
