//! One-time codes (SECURITY.md «One-time codes»): six digits from the operating system's CSPRNG,
//! valid ten minutes, single use, at most five attempts, stored as a salted hash, bound to their
//! purpose and to where they were sent; a new code replaces the old one. The code's message is
//! written to the outbox in the same transaction, so the code a person receives is the one stored.

use sha2::{Digest, Sha256};
use shared::codes;
use shared::lang::Lang;
use shared::notices::{self, CodePurpose};
use time::{Duration, OffsetDateTime};

use crate::storage::outbox::{self, Channel, Outgoing};
use crate::storage::{Db, timestamp};

/// How long a code lasts.
pub const CODE_LIFETIME: Duration = Duration::minutes(10);
/// Wrong tries before a code is spent.
pub const MAX_ATTEMPTS: u32 = 5;

/// Why a code was not accepted; each maps to a stable error code of `shared`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeRefusal {
    /// Not the code sent (or none was sent, or it was used already: the answer is the same).
    #[error("wrong code, {attempts_left} attempts left")]
    Wrong {
        /// Tries left before the code is spent.
        attempts_left: u32,
    },
    /// Older than [`CODE_LIFETIME`].
    #[error("code expired")]
    Expired,
    /// Tried [`MAX_ATTEMPTS`] times.
    #[error("too many attempts")]
    TooManyAttempts,
}

impl CodeRefusal {
    /// The error code `shared` has words for.
    pub fn code(self) -> &'static str {
        match self {
            CodeRefusal::Wrong { .. } => codes::CODE_WRONG,
            CodeRefusal::Expired => codes::CODE_EXPIRED,
            CodeRefusal::TooManyAttempts => codes::CODE_ATTEMPTS,
        }
    }
}

/// Six uniformly random digits from the operating system's CSPRNG.
fn random_code() -> Result<String, getrandom::Error> {
    // The largest multiple of a million below 2^32: values above it would favour low codes.
    const LIMIT: u32 = 4_294_000_000;
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes)?;
        let value = u32::from_le_bytes(bytes);
        if value < LIMIT {
            return Ok(format!("{:06}", value % 1_000_000));
        }
    }
}

fn random_salt() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The stored form of a code: SHA-256 over purpose, target, salt and code.
fn code_hash(purpose: CodePurpose, target: &str, salt: &str, code: &str) -> String {
    let digest = Sha256::digest(format!("{}\n{target}\n{salt}\n{code}", purpose.code()));
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two equal-length strings without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

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
        let mut tx = self.pool().begin().await?;
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
        let mut tx = self.pool().begin().await?;
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

#[cfg(test)]
mod tests {
    use super::{random_code, same};

    #[test]
    fn codes_are_six_digits_and_vary() {
        let codes: std::collections::BTreeSet<String> =
            (0..200).map(|_| random_code().unwrap()).collect();
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit()))
        );
        assert!(
            codes.len() > 190,
            "200 draws of a million values hardly repeat"
        );
    }

    #[test]
    fn comparison_needs_every_character() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
    }
}
