//! Call-backs in the database: booked by a citizen (one open at a time), listed for the citizen
//! and for the operators of the topic's section, moved by `shared::callbacks::CallAction` — the
//! transition is judged inside the transaction that makes it, and scheduling tells the citizen in
//! the same transaction.

use shared::callbacks::{
    CallAction, CallbackBooked, CallbackItem, CallbackState, FINISHED_LIMIT, OperatorCallback,
};
use shared::dates::{format_date, format_date_time, parse_date};
use shared::forms::callback::window_passed;
use shared::notices::Details;
use shared::notifications::Kind;
use time::OffsetDateTime;

use super::console::profile_name;
use super::notifications::notify;
use super::requests::{KeyHold, finish_key};
use super::{Db, parse_timestamp, timestamp};

/// A call-back as booked: every field checked and normalised.
#[derive(Debug, Clone)]
pub struct NewCallback<'a> {
    /// E.164.
    pub phone: &'a str,
    /// The subcategory code.
    pub topic: &'a str,
    /// Its section.
    pub section: &'a str,
    /// The day.
    pub day: time::Date,
    /// The window's code.
    pub window: &'a str,
    /// The comment, trimmed.
    pub comment: &'a str,
}

/// What became of a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booked {
    /// Booked: its id.
    Booked(i64),
    /// Another call-back of the citizen is open: nothing booked.
    AnotherOpen,
    /// Another submission took the idempotency key over: nothing booked.
    KeyTaken,
}

/// What became of an action on a call-back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    /// Done.
    Moved,
    /// No such call-back for this person (or outside the operator's sections).
    NotFound,
    /// The call-back, as it stands, does not allow it.
    NotNow,
}

/// What an operator's action carries besides the action.
#[derive(Debug, Clone, Copy)]
pub enum CallStep<'a> {
    /// Schedule at this moment.
    At(OffsetDateTime),
    /// Record the call with this note.
    Record(&'a str),
}

/// A row of `callbacks` as the lists read it.
#[derive(sqlx::FromRow)]
struct CallbackRow {
    id: i64,
    account_id: i64,
    state: String,
    phone: String,
    topic: String,
    day: String,
    call_window: String,
    comment: String,
    created_at: String,
    call_at: Option<String>,
    note: String,
}

const COLUMNS: &str = "c.id, c.account_id, c.state, c.phone, c.topic, c.day, c.call_window, \
                       c.comment, c.created_at, c.call_at, c.note";

/// The query of call-back `?2` when it lies in a section of staff member `?1`.
fn of_sections() -> String {
    format!(
        "SELECT {COLUMNS} FROM callbacks c
         WHERE c.id = ?2
           AND c.section IN (SELECT section FROM staff_sections WHERE account_id = ?1)"
    )
}

impl CallbackRow {
    fn item(self) -> Option<CallbackItem> {
        Some(CallbackItem {
            id: self.id,
            state: CallbackState::from_code(&self.state)?,
            phone: self.phone,
            topic: self.topic,
            day: parse_date(&self.day).map(format_date)?,
            window: self.call_window,
            comment: self.comment,
            created_at: parse_timestamp(&self.created_at)?,
            call_at: self.call_at.as_deref().and_then(parse_timestamp),
            note: self.note,
        })
    }
}

impl Db {
    /// Books a call-back for the account that holds `hold`, recording the answer for its
    /// idempotency key in the same transaction.
    pub async fn book_callback(
        &self,
        callback: &NewCallback<'_>,
        hold: &KeyHold<'_>,
        now: OffsetDateTime,
    ) -> Result<Booked, sqlx::Error> {
        let mut tx = self.write().await?;
        let booked = sqlx::query_scalar(
            "INSERT INTO callbacks (account_id, phone, topic, section, day, call_window, comment,
                                    state, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'requested', ?8) RETURNING id",
        )
        .bind(hold.account_id)
        .bind(callback.phone)
        .bind(callback.topic)
        .bind(callback.section)
        .bind(callback.day.to_string())
        .bind(callback.window)
        .bind(callback.comment)
        .bind(timestamp(now))
        .fetch_one(&mut *tx)
        .await;
        let id = match booked {
            Ok(id) => id,
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                return Ok(Booked::AnotherOpen);
            }
            Err(error) => return Err(error),
        };
        let answer = serde_json::to_string(&CallbackBooked { id }).unwrap_or_default();
        if !finish_key(&mut tx, hold, 201, &answer).await? {
            return Ok(Booked::KeyTaken);
        }
        tx.commit().await?;
        Ok(Booked::Booked(id))
    }

    /// The account's call-backs: open ones first, then the rest, newest first. The operators'
    /// notes are theirs.
    pub async fn my_callbacks(&self, account_id: i64) -> Result<Vec<CallbackItem>, sqlx::Error> {
        let rows: Vec<CallbackRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM callbacks c WHERE c.account_id = ?1
             ORDER BY c.state IN ('requested', 'scheduled') DESC, c.id DESC"
        ))
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let mut item = row.item()?;
                item.note.clear();
                Some(item)
            })
            .collect())
    }

    /// The citizen cancels their call-back `id`.
    pub async fn cancel_callback(
        &self,
        account_id: i64,
        id: i64,
        now: OffsetDateTime,
    ) -> Result<Moved, sqlx::Error> {
        let mut tx = self.write().await?;
        let state: Option<String> =
            sqlx::query_scalar("SELECT state FROM callbacks WHERE id = ?1 AND account_id = ?2")
                .bind(id)
                .bind(account_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(state) = state.as_deref().and_then(CallbackState::from_code) else {
            return Ok(Moved::NotFound);
        };
        let Some(next) = CallAction::Cancel.from(state, false) else {
            return Ok(Moved::NotNow);
        };
        sqlx::query("UPDATE callbacks SET state = ?2, finished_at = ?3 WHERE id = ?1")
            .bind(id)
            .bind(next.code())
            .bind(timestamp(now))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Moved::Moved)
    }

    /// The call-backs of the staff member's sections: those to make, in the order of their
    /// windows, or (`finished`) the last [`FINISHED_LIMIT`] finished, newest first.
    pub async fn callback_queue(
        &self,
        staff_id: i64,
        finished: bool,
        now: OffsetDateTime,
    ) -> Result<Vec<OperatorCallback>, sqlx::Error> {
        let (which, order) = if finished {
            (
                "c.state NOT IN ('requested', 'scheduled')",
                "c.finished_at DESC, c.id DESC",
            )
        } else {
            (
                "c.state IN ('requested', 'scheduled')",
                "c.day, c.call_window, c.id",
            )
        };
        let rows: Vec<QueueRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS}, a.profile AS citizen_profile, a.email AS citizen_email,
                    o.email AS operator_email
             FROM callbacks c
             JOIN accounts a ON a.id = c.account_id
             LEFT JOIN accounts o ON o.id = c.operator_id
             WHERE c.section IN (SELECT section FROM staff_sections WHERE account_id = ?1)
               AND {which}
             ORDER BY {order} LIMIT ?2"
        ))
        .bind(staff_id)
        .bind(if finished { FINISHED_LIMIT } else { u32::MAX })
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().filter_map(|row| row.shown(now)).collect())
    }

    /// One call-back of the staff member's sections.
    pub async fn operator_callback(
        &self,
        staff_id: i64,
        id: i64,
    ) -> Result<Option<CallbackItem>, sqlx::Error> {
        let row: Option<CallbackRow> = sqlx::query_as(&of_sections())
            .bind(staff_id)
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.and_then(CallbackRow::item))
    }

    /// The staff member's `action` on call-back `id` of their sections, when it allows it:
    /// scheduling tells the citizen of the time in the same transaction.
    pub async fn act_on_callback(
        &self,
        staff_id: i64,
        id: i64,
        action: CallAction,
        step: CallStep<'_>,
        now: OffsetDateTime,
    ) -> Result<Moved, sqlx::Error> {
        let mut tx = self.write().await?;
        let row: Option<CallbackRow> = sqlx::query_as(&of_sections())
            .bind(staff_id)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Ok(Moved::NotFound);
        };
        let account_id = row.account_id;
        let Some(item) = row.item() else {
            return Ok(Moved::NotFound);
        };
        let window_over = window_passed(&item.day, &item.window, now);
        let Some(next) = action.from(item.state, window_over) else {
            return Ok(Moved::NotNow);
        };
        let at = timestamp(now);
        match step {
            // The same time again (a retry of a lost answer): nothing to tell.
            CallStep::At(call_at) if item.call_at == Some(call_at) => return Ok(Moved::Moved),
            CallStep::At(call_at) => {
                sqlx::query(
                    "UPDATE callbacks SET state = ?2, call_at = ?3, operator_id = ?4 WHERE id = ?1",
                )
                .bind(id)
                .bind(next.code())
                .bind(timestamp(call_at))
                .bind(staff_id)
                .execute(&mut *tx)
                .await?;
                let details = Details {
                    call: format_date_time(call_at),
                    phone: item.phone,
                    ..Details::default()
                };
                notify(
                    &mut tx,
                    account_id,
                    Kind::CallbackScheduled,
                    None,
                    &details,
                    &at,
                )
                .await?;
            }
            CallStep::Record(note) => {
                sqlx::query(
                    "UPDATE callbacks SET state = ?2, note = ?3, operator_id = ?4, finished_at = ?5
                     WHERE id = ?1",
                )
                .bind(id)
                .bind(next.code())
                .bind(note)
                .bind(staff_id)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(Moved::Moved)
    }
}

/// A row of the operators' list.
#[derive(sqlx::FromRow)]
struct QueueRow {
    #[sqlx(flatten)]
    callback: CallbackRow,
    citizen_profile: String,
    citizen_email: String,
    operator_email: Option<String>,
}

impl QueueRow {
    fn shown(self, now: OffsetDateTime) -> Option<OperatorCallback> {
        // Named as the console names people: by the profile, else by e-mail.
        let citizen = serde_json::from_str(&self.citizen_profile)
            .map(|profile| profile_name(&profile))
            .ok()
            .filter(|name| !name.is_empty())
            .unwrap_or(self.citizen_email);
        let callback = self.callback.item()?;
        let late = callback.state.is_open() && window_passed(&callback.day, &callback.window, now);
        Some(OperatorCallback {
            callback,
            citizen,
            operator: self.operator_email,
            late,
        })
    }
}
