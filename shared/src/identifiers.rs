//! Identifiers and formats of SPEC §3: each check cleans its input quietly, then judges it, and
//! returns the stored (normalised) form or the stable code of what is wrong.

use crate::clean::{
    all_digits, digit_values, fold_case, is_domain_char, non_blank, strip_separators,
};
use crate::codes;

/// The result of checking one value: its normalised form, or the code of the problem.
pub type Checked = Result<String, &'static str>;

/// A Russian phone number in any usual spelling (`+7`, `8` or bare 10 digits, with spaces,
/// dashes, brackets), normalised to E.164 `+7XXXXXXXXXX`.
pub fn phone(raw: &str) -> Checked {
    let trimmed = non_blank(raw).ok_or(codes::PHONE_REQUIRED)?;
    let (has_plus, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let digits = strip_separators(rest);
    if !all_digits(&digits) {
        return Err(codes::PHONE_FORMAT);
    }
    let national = match (has_plus, digits.len(), digits.as_bytes()[0]) {
        (true, 11, b'7') => &digits[1..],
        (false, 11, b'7' | b'8') => &digits[1..],
        (false, 10, _) => &digits[..],
        _ => return Err(codes::PHONE_FORMAT),
    };
    // Russian geographic and mobile numbers start with 3, 4, 8 or 9.
    if !matches!(national.as_bytes()[0], b'3' | b'4' | b'8' | b'9') {
        return Err(codes::PHONE_FORMAT);
    }
    Ok(format!("+7{national}"))
}

/// A mobile number, which can receive SMS: a phone whose national number starts with 9.
pub fn mobile_phone(raw: &str) -> Checked {
    let normalised = phone(raw)?;
    if normalised.as_bytes()[2] == b'9' {
        Ok(normalised)
    } else {
        Err(codes::PHONE_NOT_MOBILE)
    }
}

/// Longest e-mail address (RFC 5321 path limit).
pub const EMAIL_MAX: usize = 254;
/// Longest local part of an e-mail address.
pub const EMAIL_LOCAL_MAX: usize = 64;

/// An e-mail address: one `@`, a non-empty local part of at most 64 characters, a domain with a
/// dot, no spaces, no consecutive dots, at most 254 characters. Stored with the domain in lower case.
pub fn email(raw: &str) -> Checked {
    let trimmed = non_blank(raw).ok_or(codes::EMAIL_REQUIRED)?;
    if trimmed.chars().count() > EMAIL_MAX {
        return Err(codes::EMAIL_TOO_LONG);
    }
    let (local, domain) = trimmed.split_once('@').ok_or(codes::EMAIL_FORMAT)?;
    let well_formed = !local.is_empty()
        && local.chars().count() <= EMAIL_LOCAL_MAX
        && !domain.contains('@')
        && !trimmed.chars().any(|c| c.is_whitespace() || c.is_control())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !trimmed.contains("..")
        && domain_is_valid(domain);
    if !well_formed {
        return Err(codes::EMAIL_FORMAT);
    }
    Ok(format!("{local}@{}", fold_case(domain)))
}

/// A domain of at least two labels of letters, digits and inner hyphens (any script, so
/// `почта.рф` passes), with a top-level label of two or more characters.
fn domain_is_valid(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(is_domain_char)
        })
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2)
}

/// Weighted sum of digits mod 11 mod 10: the check digit scheme of INN.
fn inn_check_digit(digits: &[u32], weights: &[u32]) -> u32 {
    digits.iter().zip(weights).map(|(d, w)| d * w).sum::<u32>() % 11 % 10
}

/// INN (ИНН): 10 digits for an organisation or 12 for an individual, with check digits by the
/// federal weights.
pub fn inn(raw: &str) -> Checked {
    let digits = strip_separators(non_blank(raw).ok_or(codes::INN_REQUIRED)?);
    if !all_digits(&digits) || !matches!(digits.len(), 10 | 12) {
        return Err(codes::INN_FORMAT);
    }
    if inn_checksum_ok(&digit_values(&digits)) {
        Ok(digits)
    } else {
        Err(codes::INN_CHECKSUM)
    }
}

/// Whether 10 or 12 INN digits carry the right check digits.
fn inn_checksum_ok(d: &[u32]) -> bool {
    const W10: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    const W11: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    const W12: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    match d.len() {
        10 => inn_check_digit(&d[..9], &W10) == d[9],
        12 => inn_check_digit(&d[..10], &W11) == d[10] && inn_check_digit(&d[..11], &W12) == d[11],
        _ => false,
    }
}

/// SNILS numbers up to this one (001-001-998) were issued before check digits existed.
const SNILS_UNCHECKED_MAX: u64 = 1_001_998;

/// SNILS (СНИЛС): 11 digits; the last two are Σ dᵢ·(10−i) over the first nine, mod 101, with 100
/// written 00. Stored as 11 digits.
pub fn snils(raw: &str) -> Checked {
    let digits = strip_separators(non_blank(raw).ok_or(codes::SNILS_REQUIRED)?);
    if !all_digits(&digits) || digits.len() != 11 {
        return Err(codes::SNILS_FORMAT);
    }
    let d = digit_values(&digits);
    let number: u64 = digits[..9].parse().map_err(|_| codes::SNILS_FORMAT)?;
    if number <= SNILS_UNCHECKED_MAX {
        return Ok(digits);
    }
    let sum: u32 = d[..9].iter().zip((1..=9).rev()).map(|(d, w)| d * w).sum();
    let check = sum % 101 % 100;
    if check == d[9] * 10 + d[10] {
        Ok(digits)
    } else {
        Err(codes::SNILS_CHECKSUM)
    }
}

/// The usual spelling of a SNILS: `XXX-XXX-XXX YY` (input: 11 digits).
pub fn format_snils(digits: &str) -> String {
    if digits.len() != 11 || !all_digits(digits) {
        return digits.to_owned();
    }
    format!(
        "{}-{}-{} {}",
        &digits[0..3],
        &digits[3..6],
        &digits[6..9],
        &digits[9..11]
    )
}

/// The check digit of OGRN and OGRNIP: the number without its last digit, mod `modulus`, mod 10.
fn registration_check_digit(body: &str, modulus: u64) -> Option<u64> {
    body.parse::<u64>().ok().map(|n| n % modulus % 10)
}

/// OGRN (ОГРН) of an organisation: 13 digits, not starting with 0; check digit is the first 12
/// as a number mod 11 mod 10.
pub fn ogrn(raw: &str) -> Checked {
    let digits = strip_separators(non_blank(raw).ok_or(codes::OGRN_REQUIRED)?);
    if !all_digits(&digits) || digits.len() != 13 || digits.starts_with('0') {
        return Err(codes::OGRN_FORMAT);
    }
    let last = u64::from(digits.as_bytes()[12] - b'0');
    if registration_check_digit(&digits[..12], 11) == Some(last) {
        Ok(digits)
    } else {
        Err(codes::OGRN_CHECKSUM)
    }
}

/// OGRNIP (ОГРНИП) of a sole trader: 15 digits starting with 3 or 4; check digit is the first 14
/// as a number mod 13 mod 10.
pub fn ogrnip(raw: &str) -> Checked {
    let digits = strip_separators(non_blank(raw).ok_or(codes::OGRNIP_REQUIRED)?);
    if !all_digits(&digits) || digits.len() != 15 || !matches!(digits.as_bytes()[0], b'3' | b'4') {
        return Err(codes::OGRNIP_FORMAT);
    }
    let last = u64::from(digits.as_bytes()[14] - b'0');
    if registration_check_digit(&digits[..14], 13) == Some(last) {
        Ok(digits)
    } else {
        Err(codes::OGRNIP_CHECKSUM)
    }
}

/// The stored form of an optional value a form has judged already: blank stays blank, and a
/// value its rule refuses (which a judged form does not hold) is kept trimmed.
pub fn normalised_if_given(raw: &str, rule: fn(&str) -> Checked) -> String {
    match non_blank(raw) {
        None => String::new(),
        Some(text) => rule(text).unwrap_or_else(|_| text.to_owned()),
    }
}

/// Passport series and number: 4 + 6 digits, stored as `SS SS NNNNNN`.
pub fn passport(raw: &str) -> Checked {
    let digits = strip_separators(non_blank(raw).ok_or(codes::PASSPORT_REQUIRED)?);
    if !all_digits(&digits) || digits.len() != 10 {
        return Err(codes::PASSPORT_FORMAT);
    }
    Ok(format!(
        "{} {} {}",
        &digits[0..2],
        &digits[2..4],
        &digits[4..10]
    ))
}

/// A one-time code: 6 digits (spaces and dashes between them are ignored).
pub fn one_time_code(raw: &str) -> Checked {
    let digits = strip_separators(non_blank(raw).ok_or(codes::CODE_REQUIRED)?);
    if all_digits(&digits) && digits.len() == 6 {
        Ok(digits)
    } else {
        Err(codes::CODE_FORMAT)
    }
}

/// The characters of recovery codes: digits and lower-case letters without the look-alikes
/// `0 1 i l o`, so a code read from paper is typed right.
pub const RECOVERY_CODE_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// Characters in a recovery code (shown as two groups of five).
pub const RECOVERY_CODE_LENGTH: usize = 10;

/// What the second-factor field held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecondFactorCode {
    /// Six digits from an SMS or an authenticator app.
    OneTime(String),
    /// A recovery code, lower case without separators.
    Recovery(String),
}

/// A second-factor code: six digits, or a recovery code of ten characters (case, spaces and
/// dashes ignored).
pub fn second_factor_code(raw: &str) -> Result<SecondFactorCode, &'static str> {
    let cleaned = strip_separators(non_blank(raw).ok_or(codes::CODE_REQUIRED)?).to_lowercase();
    if all_digits(&cleaned) && cleaned.len() == 6 {
        return Ok(SecondFactorCode::OneTime(cleaned));
    }
    let is_recovery = cleaned.len() == RECOVERY_CODE_LENGTH
        && cleaned.bytes().all(|b| RECOVERY_CODE_ALPHABET.contains(&b));
    if is_recovery {
        Ok(SecondFactorCode::Recovery(cleaned))
    } else {
        Err(codes::CODE_FORMAT_OR_RECOVERY)
    }
}

/// What a sign-in login was recognised as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Login {
    /// An e-mail address (normalised).
    Email(String),
    /// A phone number in E.164.
    Phone(String),
    /// An INN.
    Inn(String),
}

impl Login {
    /// The normalised value, whatever kind it is.
    pub fn value(&self) -> &str {
        match self {
            Login::Email(value) | Login::Phone(value) | Login::Inn(value) => value,
        }
    }
}

/// Recognises a sign-in login: an `@` means e-mail; `+`, 11 digits or 10 digits starting with 9
/// mean a phone; 12 digits or other 10 digits mean an INN. Each is then checked by its own rule.
pub fn login(raw: &str) -> Result<Login, &'static str> {
    let trimmed = non_blank(raw).ok_or(codes::LOGIN_REQUIRED)?;
    if trimmed.contains('@') {
        return email(trimmed)
            .map(Login::Email)
            .map_err(|_| codes::LOGIN_FORMAT);
    }
    let digits = strip_separators(trimmed.trim_start_matches('+'));
    if !all_digits(&digits) {
        return Err(codes::LOGIN_FORMAT);
    }
    let looks_like_phone = trimmed.starts_with('+')
        || digits.len() == 11
        || (digits.len() == 10 && digits.starts_with('9'));
    if looks_like_phone {
        phone(trimmed)
            .map(Login::Phone)
            .map_err(|_| codes::LOGIN_FORMAT)
    } else {
        inn(trimmed).map(Login::Inn).map_err(|code| match code {
            codes::INN_CHECKSUM => codes::INN_CHECKSUM,
            _ => codes::LOGIN_FORMAT,
        })
    }
}
