//! Support requests: creating one with its files, its first journal entry and its receipt in one
//! transaction, the idempotency keys that make a retried creation safe, and reading a request
//! back for its owner.

use shared::categories::Priority;
use shared::numbers::parse_request_number;
use shared::requests::{
    Event, ListOrder, PAGE_SIZE, Period, RequestChannel, RequestFilter, RequestPage, RequestView,
};
use shared::status::Status;
use sqlx::{Sqlite, Transaction};
use time::{Duration, OffsetDateTime};

use super::chats::{self, Changes, FromChat};
use super::fulltext::{self, terms_conditions};
use super::notifications::notify_of_event;
use super::outbox::{self, Outgoing};
use super::{Db, FileTable, insert_files, next_request_number, parse_timestamp, timestamp};
use crate::services::search::Query;
use crate::services::uploads::StoredFile;

/// After this long a creation that never finished (the server stopped mid-way) no longer holds
/// its key.
const IN_FLIGHT_LIFETIME: Duration = Duration::minutes(10);

/// What an idempotency key says about a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The key is new (or was abandoned): this submission goes ahead and holds it by this
    /// token.
    Fresh(String),
    /// The same key is being used by a submission still in flight.
    InFlight,
    /// The key was used for a different body.
    Reused,
    /// The key's submission is done: its status and JSON answer, to replay.
    Done(u16, String),
}

/// A new request, checked and cleaned.
#[derive(Debug, Clone)]
pub struct NewRequest<'a> {
    /// Who sends it and holds its idempotency key: the citizen, or the operator registering
    /// a call or a letter.
    pub account_id: i64,
    /// The citizen's account it belongs to; `None` for a person without one.
    pub owner: Option<i64>,
    /// How it came.
    pub channel: RequestChannel,
    /// The full name of a person without an account.
    pub requester_name: Option<&'a str>,
    /// The form as JSON.
    pub form: &'a str,
    /// The subcategory's code.
    pub category: &'a str,
    /// The subject.
    pub subject: &'a str,
    /// What searching looks in (`shared::requests::search_text`).
    pub search_text: &'a str,
    /// The knowledge base's articles read before filing it (ids that are no article are
    /// left out).
    pub read_articles: &'a [i64],
    /// How urgent.
    pub priority: Priority,
    /// When the first answer is due.
    pub first_response_due: OffsetDateTime,
    /// When it must be resolved.
    pub resolution_due: OffsetDateTime,
    /// The idempotency key it holds.
    pub key: &'a str,
    /// The token it holds the key by.
    pub claim: &'a str,
    /// The chat it is registered from, if it is.
    pub from_chat: Option<FromChat>,
}

/// A request stored: its number, and what changed in the chat it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registered {
    /// Its number.
    pub number: String,
    /// The chat's new entries and states (none for a request not from a chat).
    pub chat: Changes,
}

pub(super) fn code_of<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(super) fn from_code<T: serde::de::DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
}

pub(super) type ViewRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

pub(super) fn view_of(
    (number, status, category, subject, priority, created, first, due): ViewRow,
) -> Option<RequestView> {
    Some(RequestView {
        number,
        status: from_code::<Status>(&status)?,
        category,
        subject,
        priority: from_code::<Priority>(&priority)?,
        created_at: parse_timestamp(&created)?,
        first_response_due: parse_timestamp(&first)?,
        due: parse_timestamp(&due)?,
    })
}

/// Where a page of a listing starts: pages of [`PAGE_SIZE`], the asked one kept in range.
pub(super) struct Paging {
    /// How many rows match.
    pub total: u64,
    /// How many pages there are (at least one).
    pub pages: u32,
    /// The page shown.
    pub page: u32,
    /// Rows before it.
    pub offset: u64,
}

impl Paging {
    /// The paging of `total` matching rows when page `wanted` is asked for.
    pub fn of(total: i64, wanted: u32) -> Paging {
        let total = u64::try_from(total).unwrap_or(0);
        let pages = u32::try_from(total.div_ceil(u64::from(PAGE_SIZE)))
            .unwrap_or(u32::MAX)
            .max(1);
        let page = wanted.clamp(1, pages);
        Paging {
            total,
            pages,
            page,
            offset: u64::from(page - 1) * u64::from(PAGE_SIZE),
        }
    }
}

/// A listing's search box: a request number finds that request (its condition is pushed here);
/// anything else is words and quoted phrases, answered for the caller to look up where its
/// listing reads them best. `alias` prefixes the columns (`"r."`, or empty).
pub(super) fn number_or_words(
    typed: &str,
    alias: &str,
    conditions: &mut Vec<String>,
    values: &mut Vec<String>,
) -> Option<Query> {
    match parse_request_number(typed.trim()) {
        Ok(number) => {
            conditions.push(format!("{alias}number = ?"));
            values.push(number);
            None
        }
        Err(_) => Some(Query::parse(typed)),
    }
}

/// A submission's hold on an idempotency key.
#[derive(Debug, Clone, Copy)]
pub struct KeyHold<'a> {
    /// Whose key.
    pub account_id: i64,
    /// The key.
    pub key: &'a str,
    /// The token the submission holds it by.
    pub claim: &'a str,
}

/// Records the answer of the submission that holds the key, inside the transaction that makes
/// what it made; `false` (the caller then commits nothing) when another submission took the key
/// over.
pub async fn finish_key(
    tx: &mut Transaction<'_, Sqlite>,
    hold: &KeyHold<'_>,
    status: u16,
    answer: &str,
) -> Result<bool, sqlx::Error> {
    let finished = sqlx::query(
        "UPDATE idempotency_keys SET status = ?4, answer = ?5
         WHERE account_id = ?1 AND key = ?2 AND claim = ?3 AND status IS NULL",
    )
    .bind(hold.account_id)
    .bind(hold.key)
    .bind(hold.claim)
    .bind(status)
    .bind(answer)
    .execute(&mut **tx)
    .await?;
    Ok(finished.rows_affected() == 1)
}

impl Db {
    /// Takes `key` for a submission whose body has `fingerprint`, or says what became of the
    /// key's earlier use.
    pub async fn claim_idempotency_key(
        &self,
        account_id: i64,
        key: &str,
        fingerprint: &str,
        now: OffsetDateTime,
    ) -> Result<Claim, sqlx::Error> {
        let token = uuid::Uuid::new_v4().simple().to_string();
        let mut tx = self.write().await?;
        let taken = sqlx::query(
            "INSERT INTO idempotency_keys (account_id, key, fingerprint, claim, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
        )
        .bind(account_id)
        .bind(key)
        .bind(fingerprint)
        .bind(&token)
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?;
        if taken.rows_affected() == 1 {
            tx.commit().await?;
            return Ok(Claim::Fresh(token));
        }
        let (earlier, status, answer, created_at): (String, Option<i64>, Option<String>, String) =
            sqlx::query_as(
                "SELECT fingerprint, status, answer, created_at FROM idempotency_keys
                 WHERE account_id = ?1 AND key = ?2",
            )
            .bind(account_id)
            .bind(key)
            .fetch_one(&mut *tx)
            .await?;
        let claim = match (status, answer) {
            (Some(status), Some(answer)) if earlier == fingerprint => {
                Claim::Done(u16::try_from(status).unwrap_or(500), answer)
            }
            (Some(_), _) => Claim::Reused,
            (None, _) => {
                let abandoned = parse_timestamp(&created_at)
                    .is_none_or(|started| now - started > IN_FLIGHT_LIFETIME);
                if abandoned {
                    sqlx::query(
                        "UPDATE idempotency_keys SET fingerprint = ?3, claim = ?4, created_at = ?5
                         WHERE account_id = ?1 AND key = ?2",
                    )
                    .bind(account_id)
                    .bind(key)
                    .bind(fingerprint)
                    .bind(&token)
                    .bind(timestamp(now))
                    .execute(&mut *tx)
                    .await?;
                    Claim::Fresh(token)
                } else {
                    Claim::InFlight
                }
            }
        };
        tx.commit().await?;
        Ok(claim)
    }

    /// Gives back a key whose submission made nothing (it was refused), so that a corrected
    /// submission may use it — unless another submission has taken it over meanwhile.
    pub async fn release_idempotency_key(
        &self,
        account_id: i64,
        key: &str,
        claim: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "DELETE FROM idempotency_keys
             WHERE account_id = ?1 AND key = ?2 AND claim = ?3 AND status IS NULL",
        )
        .bind(account_id)
        .bind(key)
        .bind(claim)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Frees every key held by a creation in flight: after a restart none is.
    pub async fn release_keys_in_flight(&self) -> Result<u64, sqlx::Error> {
        let freed = sqlx::query("DELETE FROM idempotency_keys WHERE status IS NULL")
            .execute(self.pool())
            .await?;
        Ok(freed.rows_affected())
    }

    /// Stores a request with its already-kept files, its first journal entry, the answer for its
    /// idempotency key (`answer(number)`), its receipt (`receipt(number)`) and its tie to the
    /// chat it came from, in one transaction; `None` (and stores nothing) when the key is no
    /// longer this submission's or the chat cannot become a request.
    pub async fn create_request(
        &self,
        request: &NewRequest<'_>,
        files: &[StoredFile],
        now: OffsetDateTime,
        answer: impl FnOnce(&str) -> String,
        receipt: impl FnOnce(&str) -> Option<Outgoing>,
    ) -> Result<Option<Registered>, sqlx::Error> {
        let mut tx = self.write().await?;
        let number = next_request_number(&mut tx, now).await?;
        let at = timestamp(now);
        let registered = code_of(Status::Registered);
        let section =
            shared::categories::find(request.category).map_or("", |(section, _)| section.code);
        let operator = request.owner != Some(request.account_id);
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO requests (number, account_id, form, category, section, subject, status,
                                   priority, created_at, first_response_due, resolution_due,
                                   updated_at, search_text, channel, requester_name,
                                   registered_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?9, ?12, ?13, ?14, ?15)
             RETURNING id",
        )
        .bind(&number)
        .bind(request.owner)
        .bind(request.form)
        .bind(request.category)
        .bind(section)
        .bind(request.subject)
        .bind(&registered)
        .bind(code_of(request.priority))
        .bind(&at)
        .bind(timestamp(request.first_response_due))
        .bind(timestamp(request.resolution_due))
        .bind(request.search_text)
        .bind(request.channel.code())
        .bind(request.requester_name)
        .bind(operator.then_some(request.account_id))
        .fetch_one(&mut *tx)
        .await?;
        insert_files(&mut tx, FileTable::Request, id, files, &at).await?;
        fulltext::index_request(&mut tx, id, request.search_text).await?;
        if !request.read_articles.is_empty() {
            sqlx::query(
                "INSERT OR IGNORE INTO article_requests (article_id, request_id)
                 SELECT id, ?2 FROM articles
                 WHERE published = 1 AND id IN (SELECT value FROM json_each(?1))",
            )
            .bind(serde_json::to_string(request.read_articles).unwrap_or_else(|_| "[]".to_owned()))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "INSERT INTO request_journal (request_id, at, actor, account_id, to_status)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .bind(id)
        .bind(&at)
        .bind(if operator { "operator" } else { "citizen" })
        .bind(request.account_id)
        .bind(&registered)
        .execute(&mut *tx)
        .await?;
        let chat = match request.from_chat {
            Some(from) => match chats::record_request(&mut tx, from, id, &number, now).await? {
                Some(changes) => changes,
                None => return Ok(None),
            },
            None => Changes::default(),
        };
        let held = KeyHold {
            account_id: request.account_id,
            key: request.key,
            claim: request.claim,
        };
        if !finish_key(&mut tx, &held, 201, &answer(&number)).await? {
            // Another submission took the key over: this one makes nothing.
            return Ok(None);
        }
        // An account holder hears of it as of every change, by their settings; a person
        // without an account gets the receipt at the address they gave.
        if request.owner.is_some() {
            notify_of_event(&mut tx, id, Event::Registered, "", &at).await?;
        } else if let Some(receipt) = receipt(&number) {
            outbox::enqueue(&mut tx, &receipt, now).await?;
        }
        tx.commit().await?;
        Ok(Some(Registered { number, chat }))
    }

    /// A page of the account's requests that pass `filter` (checked, covering `period`).
    pub async fn requests_of(
        &self,
        account_id: i64,
        filter: &RequestFilter,
        period: Period,
    ) -> Result<RequestPage, sqlx::Error> {
        let mut conditions = vec!["account_id = ?".to_owned()];
        let mut values: Vec<String> = Vec::new();
        if let Some(status) = filter.status {
            conditions.push("status = ?".to_owned());
            values.push(code_of(status));
        }
        let category = filter.category.trim();
        if !category.is_empty() {
            // A section's code names every subcategory under it.
            conditions.push("(category = ? OR instr(category, ? || '.') = 1)".to_owned());
            values.push(category.to_owned());
            values.push(category.to_owned());
        }
        if let Some(from) = period.from {
            conditions.push("created_at >= ?".to_owned());
            values.push(timestamp(from));
        }
        if let Some(until) = period.until {
            conditions.push("created_at < ?".to_owned());
            values.push(timestamp(until));
        }
        // One person's requests, a few hundred at most: the terms each row keeps are read, so a
        // common word does not read from the index its thousands of matches in other people's
        // requests (measured: 265 a second through the index, against 723 reading the rows).
        if let Some(query) = number_or_words(&filter.q, "", &mut conditions, &mut values) {
            for (condition, value) in terms_conditions(&query, "") {
                conditions.push(condition);
                values.push(value);
            }
        }
        let clause = conditions.join(" AND ");
        let count_sql = format!("SELECT COUNT(*) FROM requests WHERE {clause}");
        let mut count = sqlx::query_as::<_, (i64,)>(&count_sql).bind(account_id);
        for value in &values {
            count = count.bind(value);
        }
        let (total,) = count.fetch_one(self.pool()).await?;
        let order = match filter.order {
            ListOrder::Newest => "created_at DESC, id DESC",
            ListOrder::ByStatus => {
                "CASE status WHEN 'registered' THEN 0 WHEN 'in_progress' THEN 1
                 WHEN 'awaiting_documents' THEN 2 WHEN 'completed' THEN 3 ELSE 4 END,
                 created_at DESC, id DESC"
            }
        };
        let Paging {
            total,
            pages,
            page,
            offset,
        } = Paging::of(total, filter.page);
        let list_sql = format!(
            "SELECT number, status, category, subject, priority, created_at, first_response_due,
                    resolution_due
             FROM requests WHERE {clause} ORDER BY {order} LIMIT {PAGE_SIZE} OFFSET {offset}"
        );
        let mut list = sqlx::query_as::<_, ViewRow>(&list_sql).bind(account_id);
        for value in &values {
            list = list.bind(value);
        }
        let items = list
            .fetch_all(self.pool())
            .await?
            .into_iter()
            .filter_map(view_of)
            .collect();
        Ok(RequestPage {
            items,
            total,
            page,
            pages,
        })
    }

    /// How many requests the account has (for tests of idempotent retries).
    pub async fn request_count(&self, account_id: i64) -> Result<i64, sqlx::Error> {
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM requests WHERE account_id = ?1")
                .bind(account_id)
                .fetch_one(self.pool())
                .await?;
        Ok(count)
    }
}
