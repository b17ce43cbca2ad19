//! What a citizen does with a request once it is filed (SPEC §4): reading it whole, replying in
//! its thread, closing, reopening, escalating and rating it, and downloading its files. Each
//! action is judged by `shared::status::citizen_actions` inside the transaction that carries it
//! out, so two tabs cannot both reopen or both rate.

use shared::categories;
use shared::deadlines;
use shared::forms::rating::Rating;
use shared::forms::support_request::SupportRequest;
use shared::requests::{
    Author, Event, Extension, FileView, JournalEntry, RequestChannel, RequestDetail, ThreadMessage,
};
use shared::status::{Action, Actor, CitizenAction, Standing, Status, citizen_actions};
use sqlx::{Sqlite, Transaction};
use time::OffsetDateTime;

use super::notifications::notify_of_event;
use super::requests::{KeyHold, code_of, finish_key, from_code};
use super::{Db, FileTable, KeptFile, insert_files, parse_timestamp, timestamp};
use crate::services::uploads::StoredFile;

/// A request's row, as the citizen's and the operators' actions weigh it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(super) struct RequestRow {
    pub(super) id: i64,
    pub(super) number: String,
    pub(super) account_id: Option<i64>,
    pub(super) status: String,
    pub(super) category: String,
    pub(super) section: String,
    pub(super) subject: String,
    pub(super) priority: String,
    pub(super) created_at: String,
    pub(super) first_response_due: String,
    pub(super) resolution_due: String,
    pub(super) form: String,
    pub(super) closed_at: Option<String>,
    pub(super) closed_by: Option<String>,
    pub(super) escalated_at: Option<String>,
    pub(super) paused_at: Option<String>,
    pub(super) previous_due: Option<String>,
    pub(super) extension_reason: Option<String>,
    pub(super) rating: Option<String>,
    pub(super) channel: String,
    pub(super) requester_name: Option<String>,
    pub(super) assignee_id: Option<i64>,
    pub(super) rejection: Option<String>,
}

/// The columns of [`RequestRow`], for `SELECT`s of `requests`.
pub(super) const REQUEST_COLUMNS: &str = "id, number, account_id, status, category, section,
    subject, priority, created_at, first_response_due, resolution_due, form, closed_at, closed_by,
    escalated_at, paused_at, previous_due, extension_reason, rating, channel, requester_name,
    assignee_id, rejection";

impl RequestRow {
    pub(super) fn status(&self) -> Option<Status> {
        from_code(&self.status)
    }

    /// The deadline of a request reopened at `now`: a new term by its topic's kind, since the
    /// old one has usually run out and the operator needs the time to look again.
    pub(super) fn reopened_due(&self, now: OffsetDateTime) -> String {
        let kind = categories::find(&self.category).map(|(_, sub)| sub.kind);
        kind.map_or(self.resolution_due.clone(), |kind| {
            timestamp(deadlines::resolution_due(now, kind))
        })
    }

    pub(super) fn standing(&self) -> Option<Standing> {
        let moment = |text: &Option<String>| text.as_deref().and_then(parse_timestamp);
        Some(Standing {
            status: self.status()?,
            due: parse_timestamp(&self.resolution_due)?,
            closed_at: moment(&self.closed_at),
            closed_by_operator: self.closed_by.as_deref() == Some("operator"),
            escalated_at: moment(&self.escalated_at),
            rated: self.rating.is_some(),
        })
    }
}

/// A citizen's action other than replying, with what it carries.
#[derive(Debug, Clone, Copy)]
pub enum CitizenAct<'a> {
    /// «Завершить».
    Close,
    /// Reopen within seven days.
    Reopen,
    /// Ask for a senior operator, saying why.
    Escalate(&'a str),
    /// Rate the answer.
    Rate(&'a Rating),
}

impl CitizenAct<'_> {
    fn action(self) -> CitizenAction {
        match self {
            CitizenAct::Close => CitizenAction::Close,
            CitizenAct::Reopen => CitizenAction::Reopen,
            CitizenAct::Escalate(_) => CitizenAction::Escalate,
            CitizenAct::Rate(_) => CitizenAction::Rate,
        }
    }
}

/// What became of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acted {
    /// Done.
    Done,
    /// The request is not the citizen's, or does not exist.
    NotFound,
    /// The request, as it stands now, does not allow it.
    NotAllowed,
    /// A reply's idempotency key was taken over by another submission: nothing was made.
    KeyLost,
}

/// One line for the journal.
pub(super) struct Entry<'a> {
    pub(super) actor: Actor,
    pub(super) account_id: Option<i64>,
    pub(super) event: Event,
    pub(super) from: Status,
    pub(super) to: Status,
    pub(super) note: &'a str,
}

/// An event's stored code: the action's for a status change.
fn event_code(event: Event) -> String {
    let code = match event {
        Event::Moved(action) => return code_of(action),
        Event::Registered => "registered",
        Event::Escalated => "escalated",
        Event::Extended => "extended",
        Event::Assigned => "assigned",
        Event::Replied => "replied",
        Event::Transferred => "transferred",
        Event::Upheld => "upheld",
    };
    code.to_owned()
}

/// The event a stored code names.
fn event_of(code: &str) -> Option<Event> {
    Some(match code {
        "registered" => Event::Registered,
        "escalated" => Event::Escalated,
        "extended" => Event::Extended,
        "assigned" => Event::Assigned,
        "replied" => Event::Replied,
        "transferred" => Event::Transferred,
        "upheld" => Event::Upheld,
        action => Event::Moved(from_code::<Action>(action)?),
    })
}

/// Writes `entry` to the request's journal.
pub(super) async fn journal(
    tx: &mut Transaction<'_, Sqlite>,
    request_id: i64,
    entry: &Entry<'_>,
    at: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO request_journal
             (request_id, at, actor, account_id, from_status, to_status, note, event)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .bind(request_id)
    .bind(at)
    .bind(code_of(entry.actor))
    .bind(entry.account_id)
    .bind(code_of(entry.from))
    .bind(code_of(entry.to))
    .bind(entry.note)
    .bind(event_code(entry.event))
    .execute(&mut **tx)
    .await?;
    // The citizen hears of it in the same transaction (SPEC §5).
    notify_of_event(tx, request_id, entry.event, entry.note, at).await
}

/// The request of `number` if it is the account's, read from the pool or inside a transaction.
async fn own_request<'e>(
    executor: impl sqlx::Executor<'e, Database = Sqlite>,
    account_id: i64,
    number: &str,
) -> Result<Option<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {REQUEST_COLUMNS} FROM requests WHERE account_id = ?1 AND number = ?2"
    ))
    .bind(account_id)
    .bind(number)
    .fetch_optional(executor)
    .await
}

/// The request if it allows `action` at `now`: `Err` says why not.
fn allowing(
    row: Option<RequestRow>,
    action: CitizenAction,
    now: OffsetDateTime,
) -> Result<(RequestRow, Status), Acted> {
    let row = row.ok_or(Acted::NotFound)?;
    let standing = row.standing().ok_or(Acted::NotAllowed)?;
    if citizen_actions(&standing, now).contains(&action) {
        Ok((row, standing.status))
    } else {
        Err(Acted::NotAllowed)
    }
}

impl Db {
    /// One of the account's requests, whole, with what the citizen may do at `now`; `None` for
    /// a number that is not theirs or does not exist.
    pub async fn request_detail(
        &self,
        account_id: i64,
        number: &str,
        now: OffsetDateTime,
    ) -> Result<Option<RequestDetail>, sqlx::Error> {
        let Some(row) = own_request(self.pool(), account_id, number).await? else {
            return Ok(None);
        };
        self.detail_of(row, Some(now)).await
    }

    /// A request whole from its row: with what its citizen may do at `now`, or, for operators
    /// (`now` is `None`), with no citizen's actions.
    pub(super) async fn detail_of(
        &self,
        row: RequestRow,
        citizen_at: Option<OffsetDateTime>,
    ) -> Result<Option<RequestDetail>, sqlx::Error> {
        let files: Vec<(Option<i64>, String, String, String, i64)> = sqlx::query_as(
            "SELECT message_id, id, original_name, kind, size FROM request_files
             WHERE request_id = ?1 ORDER BY created_at, rowid",
        )
        .bind(row.id)
        .fetch_all(self.pool())
        .await?;
        let file_views = |wanted: Option<i64>| -> Vec<FileView> {
            files
                .iter()
                .filter(|(message, ..)| *message == wanted)
                .filter_map(|(_, id, name, kind, size)| {
                    Some(FileView {
                        id: id.clone(),
                        name: name.clone(),
                        kind: shared::attachments::FileKind::from_media_type(kind)?,
                        size: u64::try_from(*size).unwrap_or(0),
                    })
                })
                .collect()
        };
        let messages: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, author, body, at FROM request_messages WHERE request_id = ?1
             ORDER BY at, id",
        )
        .bind(row.id)
        .fetch_all(self.pool())
        .await?;
        let thread = messages
            .into_iter()
            .filter_map(|(id, author, text, at)| {
                Some(ThreadMessage {
                    author: from_code::<Author>(&author)?,
                    text,
                    at: parse_timestamp(&at)?,
                    files: file_views(Some(id)),
                })
            })
            .collect();
        let entries: Vec<(String, String, String, Option<String>, String, String)> =
            sqlx::query_as(
                "SELECT at, actor, event, from_status, to_status, note FROM request_journal
                 WHERE request_id = ?1 ORDER BY at, id",
            )
            .bind(row.id)
            .fetch_all(self.pool())
            .await?;
        let journal = entries
            .into_iter()
            .filter_map(|(at, actor, event, from, to, note)| {
                Some(JournalEntry {
                    at: parse_timestamp(&at)?,
                    actor: from_code(&actor)?,
                    event: event_of(&event)?,
                    from: from.as_deref().and_then(from_code),
                    to: from_code(&to)?,
                    note,
                })
            })
            .collect();
        let extension = match (&row.previous_due, &row.extension_reason) {
            (Some(previous), Some(reason)) => Some(Extension {
                previous_due: parse_timestamp(previous).unwrap_or(OffsetDateTime::UNIX_EPOCH),
                reason: reason.clone(),
            }),
            _ => None,
        };
        let actions = match (row.standing(), citizen_at) {
            (Some(standing), Some(now)) => citizen_actions(&standing, now),
            _ => Vec::new(),
        };
        let rejection = row
            .rejection
            .as_deref()
            .and_then(|r| serde_json::from_str(r).ok());
        let channel = RequestChannel::from_code(&row.channel).unwrap_or_default();
        let rating = row
            .rating
            .as_deref()
            .and_then(|r| serde_json::from_str(r).ok());
        let form: SupportRequest = serde_json::from_str(&row.form).unwrap_or_default();
        let summary = super::requests::view_of((
            row.number,
            row.status,
            row.category,
            row.subject,
            row.priority,
            row.created_at,
            row.first_response_due,
            row.resolution_due,
        ));
        Ok(summary.map(|summary| RequestDetail {
            summary,
            form,
            files: file_views(None),
            thread,
            journal,
            extension,
            rating,
            channel,
            rejection,
            actions,
        }))
    }

    /// Carries out the citizen's `act` on their request when it allows it at `now`.
    pub async fn act_on_request(
        &self,
        account_id: i64,
        number: &str,
        act: CitizenAct<'_>,
        now: OffsetDateTime,
    ) -> Result<Acted, sqlx::Error> {
        let mut tx = self.write().await?;
        let row = own_request(&mut *tx, account_id, number).await?;
        let (row, status) = match allowing(row, act.action(), now) {
            Ok(allowed) => allowed,
            Err(refused) => return Ok(refused),
        };
        let at = timestamp(now);
        let citizen = |event, to, note| Entry {
            actor: Actor::Citizen,
            account_id: Some(account_id),
            event,
            from: status,
            to,
            note,
        };
        match act {
            CitizenAct::Close => {
                sqlx::query(
                    "UPDATE requests SET status = ?2, closed_at = ?3, closed_by = 'citizen',
                                         paused_at = NULL, updated_at = ?3
                     WHERE id = ?1",
                )
                .bind(row.id)
                .bind(code_of(Status::Completed))
                .bind(&at)
                .execute(&mut *tx)
                .await?;
                let entry = citizen(Event::Moved(Action::CitizenClose), Status::Completed, "");
                journal(&mut tx, row.id, &entry, &at).await?;
            }
            CitizenAct::Reopen => {
                let due = row.reopened_due(now);
                sqlx::query(
                    "UPDATE requests SET status = ?2, closed_at = NULL, closed_by = NULL,
                                         escalated_at = NULL, resolution_due = ?4,
                                         updated_at = ?3
                     WHERE id = ?1",
                )
                .bind(row.id)
                .bind(code_of(Status::InProgress))
                .bind(&at)
                .bind(due)
                .execute(&mut *tx)
                .await?;
                let entry = citizen(Event::Moved(Action::Reopen), Status::InProgress, "");
                journal(&mut tx, row.id, &entry, &at).await?;
            }
            CitizenAct::Escalate(reason) => {
                // The request goes to a senior operator of the section: whoever had it lets go.
                sqlx::query(
                    "UPDATE requests SET escalated_at = ?2, assignee_id = NULL, updated_at = ?2
                     WHERE id = ?1",
                )
                .bind(row.id)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
                let entry = citizen(Event::Escalated, status, reason);
                journal(&mut tx, row.id, &entry, &at).await?;
            }
            CitizenAct::Rate(rating) => {
                let json = serde_json::to_string(rating).unwrap_or_default();
                sqlx::query("UPDATE requests SET rating = ?2, updated_at = ?3 WHERE id = ?1")
                    .bind(row.id)
                    .bind(json)
                    .bind(&at)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(Acted::Done)
    }

    /// Adds the citizen's reply with its already-kept files to their open request and records
    /// `answer` for the reply's idempotency key, in one transaction. A reply to a request
    /// awaiting documents moves it back to «В работе» and moves the deadline on by the pause.
    pub async fn add_citizen_reply(
        &self,
        hold: &KeyHold<'_>,
        number: &str,
        text: &str,
        files: &[StoredFile],
        now: OffsetDateTime,
        answer: &str,
    ) -> Result<Acted, sqlx::Error> {
        let mut tx = self.write().await?;
        let row = own_request(&mut *tx, hold.account_id, number).await?;
        let (row, status) = match allowing(row, CitizenAction::Reply, now) {
            Ok(allowed) => allowed,
            Err(refused) => return Ok(refused),
        };
        let at = timestamp(now);
        let (message_id,): (i64,) = sqlx::query_as(
            "INSERT INTO request_messages (request_id, author, account_id, body, at)
             VALUES (?1, 'citizen', ?2, ?3, ?4) RETURNING id",
        )
        .bind(row.id)
        .bind(hold.account_id)
        .bind(text)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await?;
        insert_files(
            &mut tx,
            FileTable::RequestMessage(message_id),
            row.id,
            files,
            &at,
        )
        .await?;
        if let Some(to) = shared::status::next_status(status, Action::CitizenReplied, Actor::System)
        {
            let due = parse_timestamp(&row.resolution_due);
            let paused = row.paused_at.as_deref().and_then(parse_timestamp);
            let due = match (due, paused) {
                (Some(due), Some(paused)) => timestamp(deadlines::after_pause(due, paused, now)),
                _ => row.resolution_due.clone(),
            };
            sqlx::query(
                "UPDATE requests SET status = ?2, paused_at = NULL, resolution_due = ?3,
                                     updated_at = ?4
                 WHERE id = ?1",
            )
            .bind(row.id)
            .bind(code_of(to))
            .bind(due)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            let entry = Entry {
                actor: Actor::System,
                account_id: None,
                event: Event::Moved(Action::CitizenReplied),
                from: status,
                to,
                note: "",
            };
            journal(&mut tx, row.id, &entry, &at).await?;
        } else {
            sqlx::query("UPDATE requests SET updated_at = ?2 WHERE id = ?1")
                .bind(row.id)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
        }
        if !finish_key(&mut tx, hold, 201, answer).await? {
            return Ok(Acted::KeyLost);
        }
        tx.commit().await?;
        Ok(Acted::Done)
    }

    /// A file of the account's request or of its thread; `None` when either is not theirs.
    pub async fn request_file(
        &self,
        account_id: i64,
        number: &str,
        file_id: &str,
    ) -> Result<Option<KeptFile>, sqlx::Error> {
        let row: Option<(String, String, String)> = sqlx::query_as(
            "SELECT f.id, f.original_name, f.kind FROM request_files f
             JOIN requests r ON r.id = f.request_id
             WHERE r.account_id = ?1 AND r.number = ?2 AND f.id = ?3",
        )
        .bind(account_id)
        .bind(number)
        .bind(file_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.and_then(KeptFile::from_row))
    }
}

#[cfg(test)]
mod tests {
    use super::{event_code, event_of};
    use shared::requests::Event;
    use shared::status::TRANSITIONS;

    #[test]
    fn every_event_reads_back_from_its_code() {
        let mut events = vec![
            Event::Registered,
            Event::Escalated,
            Event::Extended,
            Event::Assigned,
            Event::Replied,
            Event::Transferred,
            Event::Upheld,
        ];
        events.extend(TRANSITIONS.iter().map(|t| Event::Moved(t.action)));
        for event in events {
            assert_eq!(event_of(&event_code(event)), Some(event), "{event:?}");
        }
    }
}
