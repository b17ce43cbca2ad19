//! Notifications in the database (SPEC §5): each one written in the transaction of the change it
//! reports — into the feed and, by the person's settings, into the outbox as an e-mail and a text
//! message —, the feed and its marks, the settings, and what an operator sees went out.

use shared::dates::{format_date, in_moscow};
use shared::lang::Lang;
use shared::notices::{self, Details};
use shared::notifications::{
    Channel as Way, Choice, DeliveryState, Feed, FeedFilter, FeedItem, Kind, SentNotification,
    Settings, WEEK_DAYS, can_change, goes_by, page_of,
};
use shared::requests::Event;
use sqlx::{Sqlite, Transaction};
use time::OffsetDateTime;

use super::outbox::{Carried, Channel, Outgoing, enqueue_carrying};
use super::{Db, parse_timestamp, timestamp};

/// The person's choices for `kind`, by channel code.
async fn choices_for(
    tx: &mut Transaction<'_, Sqlite>,
    account_id: i64,
    kind: Kind,
) -> Result<Vec<(String, bool)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT channel, enabled FROM notification_settings WHERE account_id = ?1 AND kind = ?2",
    )
    .bind(account_id)
    .bind(kind.code())
    .fetch_all(&mut **tx)
    .await
}

/// Tells account `account_id` of `kind` (about request `request_id`, when it is about one), inside
/// the transaction of the change: always a notification row (the feed shows it when the settings
/// say so), and an e-mail and a text message in the outbox when the settings say so, worded in the
/// account's language. The contacts are read inside the transaction: call it before a change of
/// contacts to tell the old ones.
pub(super) async fn notify(
    tx: &mut Transaction<'_, Sqlite>,
    account_id: i64,
    kind: Kind,
    request_id: Option<i64>,
    details: &Details,
    at: &str,
) -> Result<(), sqlx::Error> {
    let contacts: Option<(String, Option<String>, String)> =
        sqlx::query_as("SELECT email, phone, lang FROM accounts WHERE id = ?1")
            .bind(account_id)
            .fetch_optional(&mut **tx)
            .await?;
    let Some((email, phone, lang)) = contacts else {
        return Ok(());
    };
    let lang = Lang::from_accept_language(&lang);
    let chosen = choices_for(tx, account_id, kind).await?;
    let goes = |way: Way| {
        let choice = chosen
            .iter()
            .find(|(code, _)| code == way.code())
            .map(|(_, on)| *on);
        goes_by(kind, way, choice, phone.is_some())
    };
    let (notification_id,): (i64,) = sqlx::query_as(
        "INSERT INTO notifications (account_id, kind, request_id, details, created_at, in_feed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
    )
    .bind(account_id)
    .bind(kind.code())
    .bind(request_id)
    .bind(serde_json::to_string(details).unwrap_or_else(|_| "{}".to_owned()))
    .bind(at)
    .bind(goes(Way::Feed))
    .fetch_one(&mut **tx)
    .await?;
    let notice = notices::notification(kind, details, lang);
    let link = page_of(kind, &details.number);
    let carried = Carried {
        notification_id: Some(notification_id),
        lang,
        link: link.as_deref(),
    };
    if goes(Way::Email) && !email.is_empty() {
        let message = Outgoing {
            channel: Channel::Email,
            recipient: email,
            subject: notice.subject.clone(),
            body: notice.body,
        };
        enqueue_carrying(tx, &message, &carried, at).await?;
    }
    if goes(Way::Sms)
        && let Some(phone) = phone
    {
        let message = Outgoing {
            channel: Channel::Sms,
            recipient: phone,
            subject: notice.subject,
            body: notices::text_message(kind, details, lang),
        };
        enqueue_carrying(tx, &message, &carried, at).await?;
    }
    Ok(())
}

/// Tells the citizen whose request `request_id` is of `event` (just journalled with `note`), when
/// it is news to them (`Kind::of_event`) and the request has an account behind it.
pub(super) async fn notify_of_event(
    tx: &mut Transaction<'_, Sqlite>,
    request_id: i64,
    event: Event,
    note: &str,
    at: &str,
) -> Result<(), sqlx::Error> {
    let Some(kind) = Kind::of_event(event) else {
        return Ok(());
    };
    let request: Option<(Option<i64>, String, String)> =
        sqlx::query_as("SELECT account_id, number, resolution_due FROM requests WHERE id = ?1")
            .bind(request_id)
            .fetch_optional(&mut **tx)
            .await?;
    let Some((Some(account_id), number, due)) = request else {
        return Ok(());
    };
    let due = parse_timestamp(&due)
        .map(|due| format_date(in_moscow(due).date()))
        .unwrap_or_default();
    let details = Details {
        number,
        due,
        reason: if matches!(kind, Kind::Rejected | Kind::DeadlineExtended) {
            note.to_owned()
        } else {
            String::new()
        },
        ..Details::default()
    };
    notify(tx, account_id, kind, Some(request_id), &details, at).await
}

type FeedRow = (i64, String, String, String, bool);

/// What a person does with one notification of their feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Marks it read.
    Read,
    /// Takes it out of the feed.
    Deleted,
}

impl Db {
    /// The account's feed: the notifications that pass `filter`, newest first, worded in `lang`,
    /// and how many of the whole feed are unread.
    pub async fn feed(
        &self,
        account_id: i64,
        filter: &FeedFilter,
        lang: Lang,
        now: OffsetDateTime,
    ) -> Result<Feed, sqlx::Error> {
        let since = filter
            .week
            .then(|| timestamp(now - time::Duration::days(WEEK_DAYS)));
        let rows: Vec<FeedRow> = sqlx::query_as(
            "SELECT id, kind, details, created_at, read_at IS NOT NULL FROM notifications
             WHERE account_id = ?1 AND in_feed = 1 AND deleted_at IS NULL
               AND (?2 = 0 OR read_at IS NULL)
               AND (?3 IS NULL OR created_at >= ?3)
               AND (?4 IS NULL OR kind = ?4)
             ORDER BY id DESC LIMIT ?5",
        )
        .bind(account_id)
        .bind(filter.unread)
        .bind(since)
        .bind(filter.kind.map(Kind::code))
        .bind(shared::notifications::FEED_LIMIT)
        .fetch_all(self.pool())
        .await?;
        let items = rows
            .into_iter()
            .filter_map(|(id, kind, details, created_at, read)| {
                let kind = Kind::from_code(&kind)?;
                let details: Details = serde_json::from_str(&details).unwrap_or_default();
                let notice = notices::notification(kind, &details, lang);
                Some(FeedItem {
                    id,
                    kind,
                    at: parse_timestamp(&created_at)?,
                    title: notice.subject,
                    text: notice.body,
                    number: (!details.number.is_empty()).then_some(details.number),
                    read,
                })
            })
            .collect();
        Ok(Feed {
            items,
            unread: self.unread_count(account_id).await?,
        })
    }

    /// Unread notifications in the account's feed: the bell's number.
    pub async fn unread_count(&self, account_id: i64) -> Result<u32, sqlx::Error> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications
             WHERE account_id = ?1 AND in_feed = 1 AND deleted_at IS NULL AND read_at IS NULL",
        )
        .bind(account_id)
        .fetch_one(self.pool())
        .await?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// Marks notification `id` of the account's feed read, or takes it out of the feed (the
    /// operator's record of what was sent keeps it); `false` when the feed has no such one.
    pub async fn mark_notification(
        &self,
        account_id: i64,
        id: i64,
        mark: Mark,
        now: OffsetDateTime,
    ) -> Result<bool, sqlx::Error> {
        let set = match mark {
            Mark::Read => "read_at = COALESCE(read_at, ?3)",
            Mark::Deleted => "deleted_at = ?3",
        };
        let marked = sqlx::query(&format!(
            "UPDATE notifications SET {set}
             WHERE id = ?2 AND account_id = ?1 AND in_feed = 1 AND deleted_at IS NULL"
        ))
        .bind(account_id)
        .bind(id)
        .bind(timestamp(now))
        .execute(self.pool())
        .await?;
        Ok(marked.rows_affected() == 1)
    }

    /// Marks every notification of the account's feed read.
    pub async fn mark_all_notifications_read(
        &self,
        account_id: i64,
        now: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE notifications SET read_at = ?2
             WHERE account_id = ?1 AND in_feed = 1 AND deleted_at IS NULL AND read_at IS NULL",
        )
        .bind(account_id)
        .bind(timestamp(now))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The account's settings: every kind by every channel, as it goes now.
    pub async fn notification_settings(
        &self,
        account_id: i64,
        has_phone: bool,
    ) -> Result<Settings, sqlx::Error> {
        let stored: Vec<(String, String, bool)> = sqlx::query_as(
            "SELECT kind, channel, enabled FROM notification_settings WHERE account_id = ?1",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        let choices = Kind::ALL
            .into_iter()
            .flat_map(|kind| Way::ALL.into_iter().map(move |channel| (kind, channel)))
            .map(|(kind, channel)| {
                let chosen = stored
                    .iter()
                    .find(|(k, c, _)| k == kind.code() && c == channel.code())
                    .map(|(_, _, on)| *on);
                Choice {
                    kind,
                    channel,
                    on: goes_by(kind, channel, chosen, has_phone),
                }
            })
            .collect();
        Ok(Settings { choices, has_phone })
    }

    /// Saves the choices the person may make (`can_change`); the others are left as they are.
    pub async fn save_notification_settings(
        &self,
        account_id: i64,
        has_phone: bool,
        choices: &[Choice],
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.write().await?;
        for choice in choices
            .iter()
            .filter(|c| can_change(c.kind, c.channel, has_phone))
        {
            sqlx::query(
                "INSERT INTO notification_settings (account_id, kind, channel, enabled)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (account_id, kind, channel) DO UPDATE SET enabled = excluded.enabled",
            )
            .bind(account_id)
            .bind(choice.kind.code())
            .bind(choice.channel.code())
            .bind(choice.on)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }

    /// What the citizen was sent about request `request_id`, newest first: the feed's copy of
    /// each notification and each e-mail and text message with where its delivery stands.
    pub async fn notifications_of_request(
        &self,
        request_id: i64,
    ) -> Result<Vec<SentNotification>, sqlx::Error> {
        // The feed's copy (no channel), then each message of the outbox, by notification.
        let rows: Vec<SentRow> = sqlx::query_as(
            "SELECT n.id AS notification, 0 AS message, n.created_at, n.kind, NULL AS channel,
                    '' AS recipient, 1 AS sent, 0 AS dead, 0 AS attempts,
                    n.read_at IS NOT NULL AS read
             FROM notifications n WHERE n.request_id = ?1 AND n.in_feed = 1
             UNION ALL
             SELECT n.id, o.id, n.created_at, n.kind, o.channel, o.recipient,
                    o.sent_at IS NOT NULL, o.dead_at IS NOT NULL, o.attempts, 0
             FROM notifications n JOIN outbox o ON o.notification_id = n.id
             WHERE n.request_id = ?1
             ORDER BY notification DESC, message",
        )
        .bind(request_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().filter_map(SentRow::shown).collect())
    }
}

/// A row of [`Db::notifications_of_request`].
#[derive(sqlx::FromRow)]
struct SentRow {
    created_at: String,
    kind: String,
    channel: Option<String>,
    recipient: String,
    sent: bool,
    dead: bool,
    attempts: i64,
    read: bool,
}

impl SentRow {
    fn shown(self) -> Option<SentNotification> {
        let attempts = u32::try_from(self.attempts).unwrap_or(u32::MAX);
        let state = if self.sent {
            DeliveryState::Sent
        } else if self.dead {
            DeliveryState::Failed
        } else if attempts == 0 {
            DeliveryState::Waiting
        } else {
            DeliveryState::Retrying
        };
        Some(SentNotification {
            at: parse_timestamp(&self.created_at)?,
            kind: Kind::from_code(&self.kind)?,
            channel: match self.channel.as_deref() {
                None => Way::Feed,
                Some(code) => Way::from_code(code)?,
            },
            recipient: self.recipient,
            state,
            attempts,
            read: self.read,
        })
    }
}
