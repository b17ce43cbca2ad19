//! A person's name (ФИО), birth date and password policy.

use crate::clean::{fold_case, non_blank};
use crate::codes;
use crate::identifiers::Checked;

/// Longest part of a full name.
pub const NAME_PART_MAX: usize = 60;

/// The codes of one part of a full name.
#[derive(Debug, Clone, Copy)]
pub struct NamePart {
    /// Code when the part is empty; `None` for the optional patronymic.
    pub required: Option<&'static str>,
    /// Code when it has characters other than letters, spaces, hyphens and apostrophes.
    pub format: &'static str,
    /// Code when it is longer than [`NAME_PART_MAX`].
    pub too_long: &'static str,
}

/// Фамилия.
pub const SURNAME: NamePart = NamePart {
    required: Some(codes::SURNAME_REQUIRED),
    format: codes::SURNAME_FORMAT,
    too_long: codes::SURNAME_TOO_LONG,
};
/// Имя.
pub const GIVEN_NAME: NamePart = NamePart {
    required: Some(codes::GIVEN_NAME_REQUIRED),
    format: codes::GIVEN_NAME_FORMAT,
    too_long: codes::GIVEN_NAME_TOO_LONG,
};
/// Отчество (optional).
pub const PATRONYMIC: NamePart = NamePart {
    required: None,
    format: codes::PATRONYMIC_FORMAT,
    too_long: codes::PATRONYMIC_TOO_LONG,
};

/// Cyrillic or Latin letter.
fn is_name_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, 'А'..='я' | 'Ё' | 'ё')
        // Latin-1 and Latin Extended letters: the block holds only letters but × and ÷.
        || (matches!(c, '\u{00C0}'..='\u{024F}') && !matches!(c, '×' | '÷'))
}

impl NamePart {
    /// The trimmed part with inner runs of spaces collapsed, or the code of what is wrong.
    pub fn check(&self, raw: &str) -> Checked {
        let Some(text) = non_blank(raw) else {
            return self.required.map_or(Ok(String::new()), Err);
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.chars().count() > NAME_PART_MAX {
            return Err(self.too_long);
        }
        let allowed = text
            .chars()
            .all(|c| is_name_letter(c) || matches!(c, ' ' | '-' | '\'' | '’'));
        if allowed && text.chars().any(is_name_letter) {
            Ok(text)
        } else {
            Err(self.format)
        }
    }
}

/// Fewest characters in a password.
pub const PASSWORD_MIN: usize = 8;
/// Most characters in a password; longer ones are refused, never truncated.
pub const PASSWORD_MAX: usize = 128;

/// Passwords that meet the composition rule yet are among the first an attacker tries. Compared
/// without regard to case.
const COMMON_PASSWORDS: &[&str] = &[
    "p@ssw0rd",
    "p@ssword1",
    "p@ssword123",
    "passw0rd!",
    "password1!",
    "password123!",
    "password1@",
    "password1#",
    "password1$",
    "pa$$w0rd",
    "pa$$word1",
    "qwerty123!",
    "qwerty1!",
    "qwerty12!",
    "qwerty123@",
    "qwerty123#",
    "qwerty1234!",
    "qwe123!@#",
    "qwe123qwe!",
    "1qaz@wsx",
    "1qaz!qaz",
    "!qaz2wsx",
    "zaq12wsx!",
    "zaq1@wsx",
    "zaq!2wsx",
    "q1w2e3r4!",
    "q1w2e3r4t5!",
    "1q2w3e4r!",
    "1q2w3e4r5t!",
    "1q2w3e!",
    "admin123!",
    "admin@123",
    "admin1!",
    "administrator1!",
    "welcome1!",
    "welcome123!",
    "welcome@1",
    "letmein1!",
    "iloveyou1!",
    "monkey123!",
    "dragon123!",
    "abc123!@#",
    "abcd1234!",
    "abc12345!",
    "abc@1234",
    "test123!",
    "test@123",
    "changeme1!",
    "summer2024!",
    "summer2025!",
    "summer2026!",
    "winter2024!",
    "winter2025!",
    "winter2026!",
    "spring2025!",
    "autumn2025!",
    "moscow2025!",
    "moskva123!",
    "russia123!",
    "rossiya1!",
    "gosuslugi1!",
    "gosuslugi123!",
    "gosuslugi2025!",
    "gosuslugi2026!",
    "пароль123!",
    "пароль1!",
    "йцукен123!",
    "qwertyuiop1!",
    "asdfghjkl1!",
    "zxcvbnm1!",
    "superman1!",
    "football1!",
    "baseball1!",
    "sunshine1!",
    "princess1!",
    "master123!",
    "hello123!",
    "freedom1!",
    "trustno1!",
];

/// The portal's published password policy: 8–128 characters with upper- and lower-case letters,
/// a digit and a special character, and not a common password. Returned unchanged.
pub fn password(raw: &str) -> Checked {
    if raw.is_empty() {
        return Err(codes::PASSWORD_REQUIRED);
    }
    let length = raw.chars().count();
    if length < PASSWORD_MIN {
        return Err(codes::PASSWORD_TOO_SHORT);
    }
    if length > PASSWORD_MAX {
        return Err(codes::PASSWORD_TOO_LONG);
    }
    let has_upper = raw.chars().any(char::is_uppercase);
    let has_lower = raw.chars().any(char::is_lowercase);
    let has_digit = raw.chars().any(|c| c.is_ascii_digit());
    // Special: anything that is neither a digit nor a cased letter (punctuation, symbols, space).
    let has_special = raw
        .chars()
        .any(|c| !c.is_ascii_digit() && !c.is_uppercase() && !c.is_lowercase());
    if !(has_upper && has_lower && has_digit && has_special) {
        return Err(codes::PASSWORD_COMPOSITION);
    }
    let lowered = fold_case(raw);
    if COMMON_PASSWORDS.contains(&lowered.as_str()) {
        return Err(codes::PASSWORD_COMMON);
    }
    Ok(raw.to_owned())
}

/// «Фамилия Имя Отчество» from its parts, the empty ones left out.
pub fn full_name(surname: &str, given_name: &str, patronymic: &str) -> String {
    [surname, given_name, patronymic]
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
