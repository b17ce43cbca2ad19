//! Support requests over the API (SPEC §4): the paths, the idempotency key every creation
//! carries (SECURITY.md), and a request as its owner sees it.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::categories::Priority;
use crate::status::Status;

/// `POST` a [`crate::forms::support_request::SupportRequest`] (JSON, or multipart with a `data`
/// part and `files` parts) with an [`IDEMPOTENCY_KEY_HEADER`] → `201` [`crate::api::Created`].
pub const REQUESTS_PATH: &str = "/api/v1/requests";

/// `GET` one of the signed-in person's requests → [`RequestView`]; anyone else's is `404`.
pub fn request_path(number: &str) -> String {
    format!("{REQUESTS_PATH}/{number}")
}

/// The header that names one submission: a retry with the same key and body gets the first
/// answer, never a second request.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
/// Fewest characters of a key: enough randomness not to collide by chance.
pub const IDEMPOTENCY_KEY_MIN: usize = 16;
/// Most characters of a key.
pub const IDEMPOTENCY_KEY_MAX: usize = 100;

/// Whether `key` can name a submission: 16–100 letters, digits, `-` or `_` (a UUID will do).
pub fn is_idempotency_key(key: &str) -> bool {
    (IDEMPOTENCY_KEY_MIN..=IDEMPOTENCY_KEY_MAX).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A request as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    /// `2026-000123`.
    pub number: String,
    /// Where it stands.
    pub status: Status,
    /// The subcategory's code.
    pub category: String,
    /// The subject as written.
    pub subject: String,
    /// How urgent it is.
    pub priority: Priority,
    /// When it was registered.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When the first answer is due.
    #[serde(with = "time::serde::rfc3339")]
    pub first_response_due: OffsetDateTime,
    /// When it must be resolved.
    #[serde(with = "time::serde::rfc3339")]
    pub due: OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::is_idempotency_key;

    #[test]
    fn keys_are_long_enough_and_plain() {
        assert!(is_idempotency_key("0b6f3c2e-6a1d-4f7e-9a57-3c2d1e0f9a8b"));
        assert!(!is_idempotency_key("short"));
        assert!(!is_idempotency_key(&"a".repeat(101)));
        assert!(!is_idempotency_key("ключ-ключ-ключ-ключ"));
        assert!(!is_idempotency_key("with space in the middle"));
    }
}
