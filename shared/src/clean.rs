//! Quiet clean-up of what people type, done before any rule judges it (UX.md: «Clean quietly»).

/// Characters people put between digits of numbers and codes: spaces, dashes, brackets, dots.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—' | '(' | ')' | '.' | '/')
}

/// The input without separators: «123-456-789 64» → «12345678964». Other characters stay, so a
/// letter typed by mistake is still seen by the rule.
pub fn strip_separators(raw: &str) -> String {
    raw.chars().filter(|c| !is_separator(*c)).collect()
}

/// True when the text is non-empty and made of ASCII digits only.
pub fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The digits of an all-digit string as numbers 0–9.
pub fn digit_values(s: &str) -> Vec<u32> {
    s.bytes().map(|b| u32::from(b - b'0')).collect()
}

/// Surrounding whitespace removed; `None` when nothing is left.
pub fn non_blank(raw: &str) -> Option<&str> {
    let trimmed = raw.trim();
    (!trimmed.is_empty()).then_some(trimmed)
}

/// Lower case for the Latin and Cyrillic alphabets, the ones e-mail domains and passwords of
/// this portal are written in; other characters stay as they are. The full Unicode table would
/// add several kilobytes to the browser bundle for scripts the portal does not meet.
pub fn fold_case(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
            'Ё' => 'ё',
            _ => c,
        })
        .collect()
}

/// A character that may stand in a domain name label: an ASCII letter or digit, a hyphen, or any
/// character beyond ASCII that is not a space or a control (internationalised domains such as
/// `почта.рф`). Full IDNA rules are the mail server's business.
pub fn is_domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '-'
        || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
}
