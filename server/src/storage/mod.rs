//! Persistence: one SQLite file in WAL mode with `synchronous=FULL`, so that an acknowledged
//! write survives `kill -9` and a power cut.

pub mod accounts;
pub mod articles;
pub mod callbacks;
pub mod canned;
pub mod challenges;
pub mod chats;
pub mod codes;
pub mod console;
pub mod feedback;
pub mod fulltext;
pub mod identity;
pub mod notifications;
pub mod outbox;
pub mod request_actions;
pub mod requests;
pub mod sessions;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};
use time::OffsetDateTime;

/// The database.
#[derive(Debug, Clone)]
pub struct Db {
    pool: SqlitePool,
}

impl Db {
    /// Opens (creating when missing) `portal.sqlite` in `data_dir` and applies the migrations.
    pub async fn open(data_dir: &Path) -> Result<Db, sqlx::Error> {
        let path = data_dir.join("portal.sqlite");
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Db { pool })
    }

    /// A write transaction. It takes SQLite's write lock at the start (`BEGIN IMMEDIATE`): a
    /// deferred transaction that read first and writes later fails at once with «database is
    /// locked» when another connection wrote meanwhile, instead of waiting its turn.
    pub async fn write(&self) -> Result<Transaction<'static, Sqlite>, sqlx::Error> {
        self.pool.begin_with("BEGIN IMMEDIATE").await
    }

    /// The connection pool, for the storage modules.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The ids of every uploaded file a row refers to: feedback attachments, identity scans and
    /// request files.
    pub async fn referenced_files(&self) -> Result<std::collections::HashSet<String>, sqlx::Error> {
        let ids: Vec<(String,)> = sqlx::query_as(
            "SELECT id FROM attachments UNION SELECT id FROM identity_scans
             UNION SELECT id FROM request_files",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(ids.into_iter().map(|(id,)| id).collect())
    }

    /// A pragma's current value, for checks of the durability settings.
    pub async fn pragma(&self, name: &str) -> Result<String, sqlx::Error> {
        let allowed = ["journal_mode", "synchronous", "foreign_keys"];
        if !allowed.contains(&name) {
            return Err(sqlx::Error::Protocol(format!(
                "pragma {name} is not inspectable"
            )));
        }
        let row: (String,) =
            sqlx::query_as(&format!("SELECT CAST({name} AS TEXT) FROM pragma_{name}"))
                .fetch_one(&self.pool)
                .await?;
        Ok(row.0)
    }
}

/// Records kept files inside `tx`, each belonging to `owner_id` (a feedback, a request or, for
/// identity scans, an account, whose scans' part names their document).
pub async fn insert_files(
    tx: &mut Transaction<'_, Sqlite>,
    into: FileTable,
    owner_id: i64,
    files: &[crate::services::uploads::StoredFile],
    at: &str,
) -> Result<(), sqlx::Error> {
    let statement = match into {
        FileTable::Feedback => {
            "INSERT INTO attachments (id, feedback_id, original_name, kind, size, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
        }
        FileTable::Request => {
            "INSERT INTO request_files (id, request_id, original_name, kind, size, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
        }
        FileTable::RequestMessage(_) => {
            "INSERT INTO request_files (id, request_id, original_name, kind, size, created_at,
                                        message_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        }
        FileTable::IdentityScans => {
            "INSERT INTO identity_scans (id, account_id, original_name, kind, size, uploaded_at,
                                         document)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        }
    };
    for file in files {
        let mut query = sqlx::query(statement)
            .bind(&file.id)
            .bind(owner_id)
            .bind(&file.original_name)
            .bind(file.kind.media_type())
            .bind(i64::try_from(file.size).unwrap_or(i64::MAX))
            .bind(at);
        match into {
            FileTable::IdentityScans => query = query.bind(&file.part),
            FileTable::RequestMessage(message_id) => query = query.bind(message_id),
            FileTable::Feedback | FileTable::Request => {}
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// A kept file, as a download needs it.
#[derive(Debug, Clone)]
pub struct KeptFile {
    /// The file id in the uploads folder.
    pub id: String,
    /// The name it was sent with.
    pub original_name: String,
    /// Its type.
    pub kind: shared::attachments::FileKind,
}

impl KeptFile {
    /// A file from its row of `id, original_name, kind`; `None` for a kind no longer accepted.
    pub fn from_row((id, original_name, kind): (String, String, String)) -> Option<KeptFile> {
        Some(KeptFile {
            id,
            original_name,
            kind: shared::attachments::FileKind::from_media_type(&kind)?,
        })
    }
}

/// The tables of kept files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileTable {
    /// Feedback attachments.
    Feedback,
    /// The files filed with a support request.
    Request,
    /// The files of one message (its id) of a request's thread.
    RequestMessage(i64),
    /// Identity scans (the part a file came in names its document).
    IdentityScans,
}

/// Takes the next request number of the year of `now` (Moscow time) inside `tx`.
pub async fn next_request_number(
    tx: &mut Transaction<'_, Sqlite>,
    now: OffsetDateTime,
) -> Result<String, sqlx::Error> {
    let year = shared::dates::in_moscow(now).year();
    let (last,): (i64,) = sqlx::query_as(
        "INSERT INTO request_counters (year, last) VALUES (?1, 1)
         ON CONFLICT (year) DO UPDATE SET last = last + 1
         RETURNING last",
    )
    .bind(year)
    .fetch_one(&mut **tx)
    .await?;
    Ok(shared::numbers::format_request_number(
        year,
        u64::try_from(last).unwrap_or_default(),
    ))
}

/// A moment as stored: UTC, always with nine fractional digits, so that stored moments compare
/// as text in the same order as in time (SQL can then compare them directly).
pub fn timestamp(moment: OffsetDateTime) -> String {
    let utc = moment.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute(),
        utc.second(),
        utc.nanosecond()
    )
}

/// A stored moment read back; `None` for text that is not one.
pub fn parse_timestamp(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()
}

#[cfg(test)]
mod tests {
    use super::{parse_timestamp, timestamp};
    use time::macros::datetime;

    #[test]
    fn stored_moments_sort_as_text_like_in_time() {
        let whole = datetime!(2026-11-25 10:00:05 UTC);
        let later = datetime!(2026-11-25 10:00:05.5 UTC);
        assert!(timestamp(whole) < timestamp(later));
        assert_eq!(timestamp(whole), "2026-11-25T10:00:05.000000000Z");
        assert_eq!(parse_timestamp(&timestamp(later)), Some(later));
        let moscow = datetime!(2026-11-25 13:00:05 +3);
        assert_eq!(timestamp(moscow), timestamp(whole));
    }
}
