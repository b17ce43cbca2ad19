//! The multi-step flows (registration, the second step of sign-in, recovery) between their
//! steps. A flow is named by a random token, of which only the SHA-256 is stored.

use time::{Duration, OffsetDateTime};

use super::{Db, parse_timestamp, timestamp};

/// Which flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// A registration waiting for its two codes.
    Registration,
    /// A sign-in waiting for its second factor.
    SignIn,
    /// A password recovery.
    Recovery,
    /// A new phone or e-mail waiting for its code.
    ContactChange,
}

impl Flow {
    fn code(self) -> &'static str {
        match self {
            Flow::Registration => "registration",
            Flow::SignIn => "sign_in",
            Flow::Recovery => "recovery",
            Flow::ContactChange => "contact_change",
        }
    }
}

/// Where a flow stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Waiting for the code that was sent.
    Code,
    /// Waiting for the second factor.
    SecondFactor,
    /// Waiting for the new password.
    Password,
}

impl Stage {
    fn code(self) -> &'static str {
        match self {
            Stage::Code => "code",
            Stage::SecondFactor => "second_factor",
            Stage::Password => "password",
        }
    }

    fn from_code(code: &str) -> Stage {
        match code {
            "second_factor" => Stage::SecondFactor,
            "password" => Stage::Password,
            _ => Stage::Code,
        }
    }
}

/// A flow in progress.
#[derive(Debug, Clone)]
pub struct Challenge {
    /// Its row.
    pub id: i64,
    /// The account, or `None` where the login named none (the flow then never succeeds).
    pub account_id: Option<i64>,
    /// What the flow carries, as JSON.
    pub data: String,
    /// Where it stands.
    pub stage: Stage,
    /// Wrong codes so far.
    pub attempts: u32,
    /// When it lapses.
    pub expires_at: OffsetDateTime,
}

/// A new flow.
#[derive(Debug, Clone)]
pub struct NewChallenge<'a> {
    /// Which flow.
    pub flow: Flow,
    /// The account, if the login named one.
    pub account_id: Option<i64>,
    /// What it carries, as JSON.
    pub data: &'a str,
    /// Its first stage.
    pub stage: Stage,
    /// How long it lasts.
    pub lifetime: Duration,
}

impl Db {
    /// Stores a new flow under the hash of its token.
    pub async fn start_challenge(
        &self,
        token_hash: &str,
        challenge: &NewChallenge<'_>,
        now: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO challenges (token_hash, kind, account_id, data, stage, created_at,
                 expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .bind(token_hash)
        .bind(challenge.flow.code())
        .bind(challenge.account_id)
        .bind(challenge.data)
        .bind(challenge.stage.code())
        .bind(timestamp(now))
        .bind(timestamp(now + challenge.lifetime))
        .execute(self.pool())
        .await?;
        // Lapsed flows are of no use to anyone: sweep them while here.
        sqlx::query("DELETE FROM challenges WHERE expires_at < ?1")
            .bind(timestamp(now - Duration::hours(1)))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The `flow` whose token hashes to `token_hash`.
    pub async fn challenge(
        &self,
        token_hash: &str,
        flow: Flow,
    ) -> Result<Option<Challenge>, sqlx::Error> {
        let row: Option<(i64, Option<i64>, String, String, i64, String)> = sqlx::query_as(
            "SELECT id, account_id, data, stage, attempts, expires_at FROM challenges
             WHERE token_hash = ?1 AND kind = ?2",
        )
        .bind(token_hash)
        .bind(flow.code())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(
            |(id, account_id, data, stage, attempts, expires_at)| Challenge {
                id,
                account_id,
                data,
                stage: Stage::from_code(&stage),
                attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                expires_at: parse_timestamp(&expires_at).unwrap_or(OffsetDateTime::UNIX_EPOCH),
            },
        ))
    }

    /// Counts a wrong code against the flow.
    pub async fn count_wrong_code(&self, id: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE challenges SET attempts = attempts + 1 WHERE id = ?1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Replaces what the flow carries.
    pub async fn set_challenge_data(&self, id: i64, data: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE challenges SET data = ?2 WHERE id = ?1")
            .bind(id)
            .bind(data)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Moves the flow on to `stage`, which lasts until `expires_at`; its attempts start again.
    pub async fn advance_challenge(
        &self,
        id: i64,
        stage: Stage,
        expires_at: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE challenges SET stage = ?2, attempts = 0, expires_at = ?3 WHERE id = ?1",
        )
        .bind(id)
        .bind(stage.code())
        .bind(timestamp(expires_at))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Ends the flow: its token is of no further use.
    pub async fn end_challenge(&self, id: i64) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM challenges WHERE id = ?1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
