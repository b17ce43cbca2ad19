//! One-time codes (SECURITY.md «One-time codes»): six digits from the operating system's CSPRNG,
//! valid ten minutes, single use, at most five attempts, stored as a salted hash, bound to their
//! purpose and to where they were sent; a new code replaces the old one. Storing and checking are
//! in `storage::codes`, which writes the code's message to the outbox in the same transaction.

use sha2::{Digest, Sha256};
use shared::codes;
use shared::notices::CodePurpose;
use time::Duration;

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
pub(crate) fn random_code() -> Result<String, getrandom::Error> {
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

pub(crate) fn random_salt() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The stored form of a code: SHA-256 over purpose, target, salt and code.
pub(crate) fn code_hash(purpose: CodePurpose, target: &str, salt: &str, code: &str) -> String {
    let digest = Sha256::digest(format!("{}\n{target}\n{salt}\n{code}", purpose.code()));
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two equal-length strings without stopping at the first difference.
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
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
