//! Password storage (SECURITY.md «Passwords and login»): Argon2id with 19 MiB of memory, two
//! iterations and one lane, stored as a PHC string; a hash made with other parameters is replaced
//! at the next successful sign-in. Passwords up to 128 characters are hashed whole (`shared`'s
//! policy refuses longer ones before they get here). Unknown accounts are checked against a dummy
//! hash, so a sign-in costs the same whether or not the account exists.
//!
//! Hashing takes tens of milliseconds of CPU: handlers call these through
//! `tokio::task::spawn_blocking`.

use std::sync::LazyLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// Memory per hash, KiB (19 MiB).
pub const MEMORY_KIB: u32 = 19 * 1024;
/// Passes over the memory.
pub const ITERATIONS: u32 = 2;
/// Lanes.
pub const PARALLELISM: u32 = 1;

/// Why a password could not be hashed.
#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    /// The operating system gave no randomness for the salt.
    #[error("randomness: {0}")]
    Random(#[from] getrandom::Error),
    /// The hasher refused its input.
    #[error("hashing: {0}")]
    Hash(String),
}

/// What checking a password found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verified {
    /// Not the password.
    No,
    /// The password; with a new hash to store when the stored one used older parameters.
    Yes {
        /// The replacement hash, if one is due.
        rehash: Option<String>,
    },
}

fn hasher() -> Result<Argon2<'static>, PasswordError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .map_err(|e| PasswordError::Hash(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// The PHC string of `password` with a fresh random salt.
pub fn hash(password: &str) -> Result<String, PasswordError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| PasswordError::Hash(e.to_string()))?;
    hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|phc| phc.to_string())
        .map_err(|e| PasswordError::Hash(e.to_string()))
}

/// Whether a stored hash was made with today's algorithm and parameters.
fn is_current(stored: &PasswordHash<'_>) -> bool {
    let param = |name: &str| stored.params.get_decimal(name);
    stored.algorithm.as_str() == "argon2id"
        && param("m") == Some(MEMORY_KIB)
        && param("t") == Some(ITERATIONS)
        && param("p") == Some(PARALLELISM)
}

/// Checks `password` against the stored PHC string (with the parameters it was made with).
pub fn verify(password: &str, stored: &str) -> Verified {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return Verified::No;
    };
    if Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_err()
    {
        return Verified::No;
    }
    let rehash = if is_current(&parsed) {
        None
    } else {
        hash(password).ok()
    };
    Verified::Yes { rehash }
}

/// A hash no password is checked against in earnest: made once, used for unknown accounts.
static DUMMY: LazyLock<String> =
    LazyLock::new(|| hash("no account has this password").unwrap_or_default());

/// Spends the time a real check costs, for an account that does not exist; never matches.
pub fn verify_unknown(password: &str) {
    let _ = verify(password, &DUMMY);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_the_required_parameters() {
        let phc = hash("Korrekt-Loshad-7").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert_ne!(
            phc,
            hash("Korrekt-Loshad-7").unwrap(),
            "each hash has its own salt"
        );
    }

    #[test]
    fn the_right_password_matches_and_a_wrong_one_does_not() {
        let phc = hash("Korrekt-Loshad-7").unwrap();
        assert_eq!(
            verify("Korrekt-Loshad-7", &phc),
            Verified::Yes { rehash: None }
        );
        assert_eq!(verify("korrekt-Loshad-7", &phc), Verified::No);
        assert_eq!(verify("Korrekt-Loshad-7", "not a hash"), Verified::No);
    }

    #[test]
    fn long_passwords_are_never_truncated() {
        let long: String = "Aa1!".repeat(32);
        assert_eq!(long.chars().count(), 128);
        let phc = hash(&long).unwrap();
        assert_eq!(verify(&long, &phc), Verified::Yes { rehash: None });
        assert_eq!(verify(&long[..127], &phc), Verified::No);
    }

    #[test]
    fn older_parameters_are_replaced_at_the_next_sign_in() {
        let weak = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8 * 1024, 1, 1, None).unwrap(),
        );
        let salt = SaltString::encode_b64(b"0123456789abcdef").unwrap();
        let old = weak
            .hash_password(b"Korrekt-Loshad-7", &salt)
            .unwrap()
            .to_string();
        let Verified::Yes { rehash: Some(new) } = verify("Korrekt-Loshad-7", &old) else {
            panic!("an old hash is verified and replaced");
        };
        assert!(new.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert_eq!(
            verify("Korrekt-Loshad-7", &new),
            Verified::Yes { rehash: None }
        );
    }

    #[test]
    fn unknown_accounts_are_checked_against_a_real_hash() {
        assert!(DUMMY.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        verify_unknown("anything");
    }
}
