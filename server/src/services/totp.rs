//! Authenticator apps (RFC 6238 TOTP): 160-bit secrets, HMAC-SHA1, 30-second steps, 6 digits,
//! one step of clock drift either way; a code is accepted once (the caller stores the step).
//! Also the recovery codes that stand in for a lost authenticator.

use hmac::{Hmac, Mac};
use qrcode::QrCode;
use qrcode::render::svg;
use sha1::Sha1;
use shared::identifiers::{RECOVERY_CODE_ALPHABET, RECOVERY_CODE_LENGTH};

/// Seconds per code.
pub const STEP_SECONDS: i64 = 30;
/// Steps of drift accepted either side of now.
const DRIFT_STEPS: i64 = 1;
/// How many recovery codes an account gets.
pub const RECOVERY_CODES: usize = 10;
/// The issuer the authenticator app shows.
const ISSUER: &str = "Госуслуги поддержка";

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A new random secret, base32 without padding (20 bytes → 32 characters).
pub fn new_secret() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes)?;
    Ok(base32(&bytes))
}

/// RFC 4648 base32 without padding.
fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

fn from_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for c in text.bytes().filter(|b| *b != b' ' && *b != b'=') {
        let value = BASE32.iter().position(|&b| b == c.to_ascii_uppercase())?;
        buffer = (buffer << 5) | u32::try_from(value).ok()?;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

/// The code of `secret` (raw bytes) for time step `step`.
fn code_at(secret: &[u8], step: i64) -> Option<String> {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).ok()?;
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let word = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    Some(format!("{:06}", word % 1_000_000))
}

/// The time step `code` belongs to, if it is the code of `secret` (base32) within the drift of
/// `unix_time` and later than `last_step` (so a code is never accepted twice).
pub fn accepted_step(secret: &str, code: &str, unix_time: i64, last_step: i64) -> Option<i64> {
    let key = from_base32(secret)?;
    let now = unix_time.div_euclid(STEP_SECONDS);
    (now - DRIFT_STEPS..=now + DRIFT_STEPS)
        .filter(|step| *step > last_step)
        .find(|step| {
            code_at(&key, *step)
                .is_some_and(|expected| crate::services::codes::same(&expected, code))
        })
}

/// The `otpauth://` URI for `account` (shown in the app under the issuer's name).
pub fn uri(secret: &str, account: &str) -> String {
    let label = percent_encode(&format!("{ISSUER}:{account}"));
    format!(
        "otpauth://totp/{label}?secret={secret}&issuer={}&algorithm=SHA1&digits=6&period={STEP_SECONDS}",
        percent_encode(ISSUER)
    )
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The QR code of `text` as an SVG document, black on white whatever the page's colours (a
/// scanner needs the contrast), with a quiet zone.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(200, 200)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

/// The secret grouped by four characters, for typing into an app by hand.
pub fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fresh recovery codes from the CSPRNG, as stored (lower case, no separator).
pub fn new_recovery_codes() -> Result<Vec<String>, getrandom::Error> {
    let alphabet_len = u8::try_from(RECOVERY_CODE_ALPHABET.len()).unwrap_or(u8::MAX);
    // Values at or above the largest multiple of the alphabet's size would favour early letters.
    let limit = 256 - (256 % u16::from(alphabet_len));
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut code = String::with_capacity(RECOVERY_CODE_LENGTH);
            while code.len() < RECOVERY_CODE_LENGTH {
                let mut byte = [0u8; 1];
                getrandom::fill(&mut byte)?;
                if u16::from(byte[0]) < limit {
                    let index = usize::from(byte[0] % alphabet_len);
                    code.push(char::from(RECOVERY_CODE_ALPHABET[index]));
                }
            }
            Ok(code)
        })
        .collect()
}

/// A recovery code as shown: two groups of five.
pub fn shown_recovery_code(code: &str) -> String {
    let (first, second) = code.split_at(code.len() / 2);
    format!("{first}-{second}")
}

/// The stored form of a recovery code (they are random enough that a plain hash suffices).
pub fn recovery_code_hash(code: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(code.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A code the secret gives now, for tests that play the authenticator app.
pub fn current_code(secret: &str, unix_time: i64) -> Option<String> {
    code_at(&from_base32(secret)?, unix_time.div_euclid(STEP_SECONDS))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 key, truncated to six digits.
    #[test]
    fn codes_match_the_rfc_test_vectors() {
        let secret = base32(b"12345678901234567890");
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ] {
            assert_eq!(current_code(&secret, time).as_deref(), Some(code), "{time}");
        }
    }

    #[test]
    fn base32_reads_back() {
        let secret = new_secret().unwrap();
        assert_eq!(secret.len(), 32);
        assert_eq!(from_base32(&secret).unwrap().len(), 20);
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
    }

    #[test]
    fn a_code_is_accepted_once_and_within_one_step_of_drift() {
        let secret = new_secret().unwrap();
        let now = 1_800_000_000;
        let code = current_code(&secret, now).unwrap();
        let step = accepted_step(&secret, &code, now, 0).unwrap();
        assert_eq!(accepted_step(&secret, &code, now, step), None, "replay");
        assert!(accepted_step(&secret, &code, now + STEP_SECONDS, 0).is_some());
        assert_eq!(
            accepted_step(&secret, &code, now + 3 * STEP_SECONDS, 0),
            None
        );
        assert_eq!(
            accepted_step(&secret, "000000", now, 0).filter(|_| code != "000000"),
            None
        );
    }

    #[test]
    fn the_uri_names_the_issuer_and_the_qr_is_svg() {
        let uri = uri("JBSWY3DPEHPK3PXP", "ivan@example.ru");
        assert!(uri.starts_with("otpauth://totp/"), "{uri}");
        assert!(uri.contains("secret=JBSWY3DPEHPK3PXP"));
        assert!(uri.contains("ivan@example.ru"));
        let svg = qr_svg(&uri).unwrap();
        assert!(svg.contains("<svg"), "{svg}");
    }

    #[test]
    fn recovery_codes_are_ten_distinct_codes_of_the_shared_alphabet() {
        let codes = new_recovery_codes().unwrap();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let distinct: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(distinct.len(), RECOVERY_CODES);
        for code in &codes {
            assert_eq!(
                shared::identifiers::second_factor_code(&shown_recovery_code(code)),
                Ok(shared::identifiers::SecondFactorCode::Recovery(
                    code.clone()
                ))
            );
        }
    }
}
