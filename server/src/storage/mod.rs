//! Persistence: one SQLite file in WAL mode with `synchronous=FULL`, so that an acknowledged
//! write survives `kill -9` and a power cut.

pub mod codes;
pub mod feedback;
pub mod outbox;

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

/// A moment as stored: RFC 3339 in UTC.
pub fn timestamp(moment: OffsetDateTime) -> String {
    moment
        .to_offset(time::UtcOffset::UTC)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
