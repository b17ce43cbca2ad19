//! Request numbers: readable and unique, the year and a six-digit sequence, `2026-000123`.

use crate::codes;

/// The number of the `sequence`-th request of `year`.
pub fn format_request_number(year: i32, sequence: u64) -> String {
    format!("{year:04}-{sequence:06}")
}

/// A request number as typed, spaces around it ignored; returned in its canonical form.
pub fn parse_request_number(raw: &str) -> Result<String, &'static str> {
    let text = raw.trim();
    let (year, sequence) = text.split_once('-').ok_or(codes::RELATED_NUMBER_FORMAT)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if year.len() == 4
        && digits(year)
        && sequence.len() >= 6
        && sequence.len() <= 9
        && digits(sequence)
    {
        Ok(text.to_owned())
    } else {
        Err(codes::RELATED_NUMBER_FORMAT)
    }
}
