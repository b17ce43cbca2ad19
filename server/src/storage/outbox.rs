//! The outbox: messages waiting to be sent, and what became of them.

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

type Row = (i64, String, String, String, String, i64);

fn queued((id, channel, recipient, subject, body, attempts): Row) -> Queued {
    Queued {
        id,
        message: Outgoing {
            channel: Channel::from_code(&channel),
            recipient,
            subject,
            body,
        },
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
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

/// Writes `message` to the outbox inside the transaction of the change it reports.
pub async fn enqueue(
    tx: &mut Transaction<'_, Sqlite>,
    message: &Outgoing,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let at = timestamp(now);
    sqlx::query(
        "INSERT INTO outbox (channel, recipient, subject, body, created_at, next_attempt_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )
    .bind(message.channel.code())
    .bind(&message.recipient)
    .bind(&message.subject)
    .bind(&message.body)
    .bind(at)
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
            "SELECT id, channel, recipient, subject, body, attempts FROM outbox
             WHERE sent_at IS NULL AND next_attempt_at <= ?1 ORDER BY id LIMIT ?2",
        )
        .bind(timestamp(now))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(queued).collect())
    }

    /// Records that message `id` left by `via`.
    pub async fn mark_sent(
        &self,
        id: i64,
        via: &str,
        now: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE outbox SET sent_at = ?2, sent_via = ?3, attempts = attempts + 1, last_error = NULL
             WHERE id = ?1",
        )
        .bind(id)
        .bind(timestamp(now))
        .bind(via)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a failed try of message `id` and when to try again.
    pub async fn mark_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3
             WHERE id = ?1",
        )
        .bind(id)
        .bind(error)
        .bind(timestamp(retry_at))
        .execute(self.pool())
        .await?;
        Ok(())
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
