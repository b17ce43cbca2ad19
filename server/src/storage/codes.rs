//! One-time codes in the database: issuing (with the message in the outbox, one transaction) and
//! checking. The rules are in `services::codes`.

use shared::lang::Lang;
use shared::notices::{self, CodePurpose};
use time::OffsetDateTime;

use super::outbox::{self, Channel, Outgoing};
use super::{Db, timestamp};
use crate::services::codes::{
    CODE_LIFETIME, CodeRefusal, MAX_ATTEMPTS, code_hash, random_code, random_salt, same,
};

/// Why a code could not be issued.
#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    /// The database failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// The operating system gave no randomness.
    #[error("randomness: {0}")]
    Random(#[from] getrandom::Error),
}

impl Db {
    /// Makes a new code for `purpose` sent to `target` (a normalised phone for SMS, an e-mail
    /// address otherwise), replacing any earlier one, and writes its message to the outbox.
    pub async fn issue_code(
        &self,
        purpose: CodePurpose,
        target: &str,
        channel: Channel,
        lang: Lang,
        now: OffsetDateTime,
    ) -> Result<(), IssueError> {
        let code = random_code()?;
        let salt = random_salt()?;
        let notice = notices::one_time_code(
            purpose,
            &code,
            CODE_LIFETIME.whole_minutes().unsigned_abs(),
            lang,
        );
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO one_time_codes (purpose, target, salt, code_hash, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (purpose, target) DO UPDATE SET salt = ?3, code_hash = ?4,
                 created_at = ?5, expires_at = ?6, attempts = 0, used_at = NULL",
        )
        .bind(purpose.code())
        .bind(target)
        .bind(&salt)
        .bind(code_hash(purpose, target, &salt, &code))
        .bind(timestamp(now))
        .bind(timestamp(now + CODE_LIFETIME))
        .execute(&mut *tx)
        .await?;
        let message = Outgoing {
            channel,
            recipient: target.to_owned(),
            subject: notice.subject,
            body: notice.body,
        };
        outbox::enqueue(&mut tx, &message, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Checks `code` for `purpose` and `target` at `now`; a right code is spent at once.
    pub async fn check_code(
        &self,
        purpose: CodePurpose,
        target: &str,
        code: &str,
        now: OffsetDateTime,
    ) -> Result<Result<(), CodeRefusal>, sqlx::Error> {
        let mut tx = self.write().await?;
        let row: Option<(i64, String, String, String, i64, Option<String>)> = sqlx::query_as(
            "SELECT id, salt, code_hash, expires_at, attempts, used_at FROM one_time_codes
             WHERE purpose = ?1 AND target = ?2",
        )
        .bind(purpose.code())
        .bind(target)
        .fetch_optional(&mut *tx)
        .await?;
        // No code and a used code answer as a wrong one: nothing tells them apart from outside.
        let Some((id, salt, stored, expires_at, attempts, None)) = row else {
            return Ok(Err(CodeRefusal::Wrong { attempts_left: 0 }));
        };
        let attempts = u32::try_from(attempts).unwrap_or(MAX_ATTEMPTS);
        if attempts >= MAX_ATTEMPTS {
            return Ok(Err(CodeRefusal::TooManyAttempts));
        }
        if timestamp(now) > expires_at {
            return Ok(Err(CodeRefusal::Expired));
        }
        if same(&code_hash(purpose, target, &salt, code), &stored) {
            sqlx::query("UPDATE one_time_codes SET used_at = ?2 WHERE id = ?1")
                .bind(id)
                .bind(timestamp(now))
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            return Ok(Ok(()));
        }
        sqlx::query("UPDATE one_time_codes SET attempts = attempts + 1 WHERE id = ?1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        let attempts_left = MAX_ATTEMPTS - attempts - 1;
        Ok(Err(if attempts_left == 0 {
            CodeRefusal::TooManyAttempts
        } else {
            CodeRefusal::Wrong { attempts_left }
        }))
    }
}
