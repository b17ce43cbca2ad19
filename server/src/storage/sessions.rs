//! Sessions in the database. Only the SHA-256 of a session's token is stored; the rules of when a
//! session ends are in `services::sessions`.

use time::OffsetDateTime;

use shared::notices::Details;
use shared::notifications::Kind;

use super::notifications::notify;
use super::{Db, timestamp};

/// A session as the server checks it on each request.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredSession {
    /// Its row.
    pub id: i64,
    /// Whose it is.
    pub account_id: i64,
    /// «Запомнить меня».
    pub remember: bool,
    /// Signed in.
    pub created_at: String,
    /// Last request.
    pub last_seen_at: String,
    /// The absolute end.
    pub expires_at: String,
    /// The browser's `User-Agent`.
    pub user_agent: String,
    /// The address it came from.
    pub ip: String,
}

/// What a new session records.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// Whose it is.
    pub account_id: i64,
    /// «Запомнить меня».
    pub remember: bool,
    /// The absolute end.
    pub expires_at: OffsetDateTime,
    /// The browser's `User-Agent`.
    pub user_agent: String,
    /// The address it came from.
    pub ip: String,
    /// The browser and the moment, as the sign-in's notification names them.
    pub described: String,
}

const COLUMNS: &str =
    "id, account_id, remember, created_at, last_seen_at, expires_at, user_agent, ip";

impl Db {
    /// Stores a new session under the hash of its token and tells the owner of the sign-in (a
    /// security event), in one transaction.
    pub async fn create_session(
        &self,
        token_hash: &str,
        session: &NewSession,
        now: OffsetDateTime,
    ) -> Result<i64, sqlx::Error> {
        let mut tx = self.write().await?;
        let id = sqlx::query_scalar(
            "INSERT INTO sessions (token_hash, account_id, remember, created_at, last_seen_at,
                 expires_at, user_agent, ip)
             VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7) RETURNING id",
        )
        .bind(token_hash)
        .bind(session.account_id)
        .bind(session.remember)
        .bind(timestamp(now))
        .bind(timestamp(session.expires_at))
        .bind(&session.user_agent)
        .bind(&session.ip)
        .fetch_one(&mut *tx)
        .await?;
        let details = Details {
            device: session.described.clone(),
            ..Details::default()
        };
        let at = timestamp(now);
        notify(
            &mut tx,
            session.account_id,
            Kind::SignedIn,
            None,
            &details,
            &at,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The session whose token hashes to `token_hash`.
    pub async fn session_by_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<StoredSession>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM sessions WHERE token_hash = ?1"
        ))
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await
    }

    /// Records activity on a session.
    pub async fn touch_session(&self, id: i64, now: OffsetDateTime) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE sessions SET last_seen_at = ?2 WHERE id = ?1")
            .bind(id)
            .bind(timestamp(now))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Ends one session of `account_id`; answers whether there was such a session.
    pub async fn end_session(&self, account_id: i64, id: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM sessions WHERE id = ?1 AND account_id = ?2")
            .bind(id)
            .bind(account_id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Ends every session of `account_id` but `keep`; answers how many ended.
    pub async fn end_other_sessions(&self, account_id: i64, keep: i64) -> Result<u64, sqlx::Error> {
        let done = sqlx::query("DELETE FROM sessions WHERE account_id = ?1 AND id <> ?2")
            .bind(account_id)
            .bind(keep)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }

    /// The sessions of `account_id`, most recently active first.
    pub async fn sessions_of(&self, account_id: i64) -> Result<Vec<StoredSession>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM sessions WHERE account_id = ?1 ORDER BY last_seen_at DESC"
        ))
        .bind(account_id)
        .fetch_all(self.pool())
        .await
    }
}
