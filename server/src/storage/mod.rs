//! Persistence: one SQLite file in WAL mode with `synchronous=FULL`, so that an acknowledged
//! write survives `kill -9` and a power cut.

pub mod accounts;
pub mod challenges;
pub mod codes;
pub mod feedback;
pub mod identity;
pub mod outbox;
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
