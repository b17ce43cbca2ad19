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
