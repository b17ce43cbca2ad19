//! The outbox: messages waiting to be sent, and what became of them.

use shared::lang::Lang;
use sqlx::{Sqlite, Transaction};
use time::OffsetDateTime;

use super::{Db, timestamp};

/// Which way a message goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// E-mail, through SMTP.
    Email,
    /// A text message, through the SMS gateway.
    Sms,
}

impl Channel {
    fn code(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }

    fn from_code(code: &str) -> Channel {
        if code == "sms" {
            Channel::Sms
        } else {
            Channel::Email
        }
    }
}

/// A message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// E-mail or SMS.
    pub channel: Channel,
    /// An e-mail address or an E.164 phone number.
    pub recipient: String,
    /// The e-mail's subject (unused for SMS).
    pub subject: String,
    /// The text.
    pub body: String,
}

/// A message in the outbox.
#[derive(Debug, Clone)]
pub struct Queued {
    /// Its row.
    pub id: i64,
    /// The message.
    pub message: Outgoing,
    /// Tries so far.
    pub attempts: u32,
    /// The recipient's language (for the words an e-mail adds around the text).
    pub lang: Lang,
    /// The portal page the message is about, as a path (`/account/requests/view?number=…`).
    pub link: Option<String>,
    /// The same on every try: the e-mail's Message-ID, the SMS gateway's idempotency key.
    pub dedup_key: String,
    /// Whether it carries a notification (an e-mail then gets a greeting, a link to the page
    /// and a pointer to the settings around its text).
    pub notification: bool,
}

/// How a try of a message ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome<'a> {
    /// It left by the named way.
    Sent(&'a str),
    /// It failed; it is tried again at the given moment, or never (`None`: a dead letter).
    Failed(&'a str, Option<OffsetDateTime>),
}

/// A message as the development outbox page shows it.
#[derive(Debug, Clone)]
pub struct Shown {
    /// When it was written.
    pub created_at: String,
    /// The message.
    pub message: Outgoing,
    /// How it left, once it did.
    pub sent_via: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    channel: String,
    recipient: String,
    subject: String,
    body: String,
    attempts: i64,
    lang: String,
    link: Option<String>,
    dedup_key: Option<String>,
    notification: bool,
}

fn queued(row: Row) -> Queued {
    Queued {
        id: row.id,
        message: Outgoing {
            channel: Channel::from_code(&row.channel),
            recipient: row.recipient,
            subject: row.subject,
            body: row.body,
        },
        attempts: u32::try_from(row.attempts).unwrap_or(u32::MAX),
        lang: Lang::from_accept_language(&row.lang),
        link: row.link,
        dedup_key: row
            .dedup_key
            .unwrap_or_else(|| format!("outbox-{}", row.id)),
        notification: row.notification,
    }
}

impl Db {
    /// Writes a message that reports no change of its own (a notice instead of a code).
    pub async fn enqueue_alone(
        &self,
        message: &Outgoing,
        now: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.write().await?;
        enqueue(&mut tx, message, now).await?;
        tx.commit().await
    }
}

/// Records that a try of message `outbox_id` starts at `at`; answers the try's row.
async fn begin_attempt<'e>(
    executor: impl sqlx::Executor<'e, Database = Sqlite>,
    outbox_id: i64,
    at: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO outbox_attempts (outbox_id, started_at) VALUES (?1, ?2) RETURNING id",
    )
    .bind(outbox_id)
    .bind(at)
    .fetch_one(executor)
    .await
}

/// Writes `message` to the outbox inside the transaction of the change it reports.
pub async fn enqueue(
    tx: &mut Transaction<'_, Sqlite>,
    message: &Outgoing,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    enqueue_carrying(tx, message, &Carried::default(), &timestamp(now)).await
}

/// What a notification's message carries besides its words.
#[derive(Debug, Clone, Default)]
pub(super) struct Carried<'a> {
    /// The notification.
    pub notification_id: Option<i64>,
    /// The recipient's language.
    pub lang: Lang,
    /// The page it is about.
    pub link: Option<&'a str>,
}

/// Writes `message`, carrying `carried`, inside the transaction of the change it reports; its
/// deduplication key is random, so no two databases (a restored backup) ever share one.
pub(super) async fn enqueue_carrying(
    tx: &mut Transaction<'_, Sqlite>,
    message: &Outgoing,
    carried: &Carried<'_>,
    at: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO outbox (channel, recipient, subject, body, created_at, next_attempt_at,
                             notification_id, lang, link, dedup_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8, lower(hex(randomblob(16))))",
    )
    .bind(message.channel.code())
    .bind(&message.recipient)
    .bind(&message.subject)
    .bind(&message.body)
    .bind(at)
    .bind(carried.notification_id)
    .bind(carried.lang.tag())
    .bind(carried.link)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Db {
    /// Messages not yet sent whose next try is due at `now`, oldest first.
    pub async fn due_messages(
        &self,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<Queued>, sqlx::Error> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, channel, recipient, subject, body, attempts, lang, link, dedup_key,
                    notification_id IS NOT NULL AS notification
             FROM outbox
             WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ?1
             ORDER BY id LIMIT ?2",
        )
        .bind(timestamp(now))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(queued).collect())
    }

    /// Records that a try of message `id` starts at `now`, before the message leaves: a crash
    /// during the try leaves the record (closed as interrupted at the next start) and the message
    /// still due. Answers the try's row.
    pub async fn start_attempt(&self, id: i64, now: OffsetDateTime) -> Result<i64, sqlx::Error> {
        begin_attempt(self.pool(), id, &timestamp(now)).await
    }

    /// Records how try `attempt` of message `id` ended, and the message's state after it; with
    /// `next`, starts that message's try in the same transaction (one durable write a message, not
    /// two) and answers its row.
    pub async fn finish_attempt(
        &self,
        id: i64,
        attempt: i64,
        outcome: Outcome<'_>,
        next: Option<i64>,
        now: OffsetDateTime,
    ) -> Result<Option<i64>, sqlx::Error> {
        let at = timestamp(now);
        let mut tx = self.write().await?;
        let recorded = match outcome {
            Outcome::Sent(via) => {
                sqlx::query(
                    "UPDATE outbox SET sent_at = ?2, sent_via = ?3, attempts = attempts + 1,
                                       last_error = NULL
                     WHERE id = ?1",
                )
                .bind(id)
                .bind(&at)
                .bind(via)
                .execute(&mut *tx)
                .await?;
                ("sent", Some(via), None)
            }
            Outcome::Failed(error, retry_at) => {
                sqlx::query(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ?2,
                                       next_attempt_at = COALESCE(?3, next_attempt_at),
                                       dead_at = CASE WHEN ?3 IS NULL THEN ?4 END
                     WHERE id = ?1",
                )
                .bind(id)
                .bind(error)
                .bind(retry_at.map(timestamp))
                .bind(&at)
                .execute(&mut *tx)
                .await?;
                ("failed", None, Some(error))
            }
        };
        let (code, via, error) = recorded;
        sqlx::query(
            "UPDATE outbox_attempts SET finished_at = ?2, outcome = ?3, via = ?4, error = ?5
             WHERE id = ?1",
        )
        .bind(attempt)
        .bind(&at)
        .bind(code)
        .bind(via)
        .bind(error)
        .execute(&mut *tx)
        .await?;
        let started = match next {
            Some(next) => Some(begin_attempt(&mut *tx, next, &at).await?),
            None => None,
        };
        tx.commit().await?;
        Ok(started)
    }

    /// Closes the tries a stopped server left open: each counts as a try, and its message, never
    /// marked sent, is due again at once. Answers how many there were.
    pub async fn close_interrupted_attempts(
        &self,
        now: OffsetDateTime,
    ) -> Result<u64, sqlx::Error> {
        let mut tx = self.write().await?;
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1,
                               last_error = 'the server stopped during the try'
             WHERE id IN (SELECT outbox_id FROM outbox_attempts WHERE outcome IS NULL)
               AND sent_at IS NULL",
        )
        .execute(&mut *tx)
        .await?;
        let closed = sqlx::query(
            "UPDATE outbox_attempts SET finished_at = ?1, outcome = 'interrupted'
             WHERE outcome IS NULL",
        )
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(closed.rows_affected())
    }

    /// The latest messages, newest first: what the development outbox page shows.
    pub async fn latest_messages(&self, limit: i64) -> Result<Vec<Shown>, sqlx::Error> {
        let rows: Vec<(String, String, String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT created_at, channel, recipient, subject, body, sent_via FROM outbox
             ORDER BY id DESC LIMIT ?1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(created_at, channel, recipient, subject, body, sent_via)| Shown {
                    created_at,
                    message: Outgoing {
                        channel: Channel::from_code(&channel),
                        recipient,
                        subject,
                        body,
                    },
                    sent_via,
                },
            )
            .collect())
    }
}
