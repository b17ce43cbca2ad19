//! Dates typed by people, and Moscow time, in which the portal keeps its days.

use time::{Date, Month, OffsetDateTime, UtcOffset};

use crate::clean::non_blank;
use crate::codes;

/// Moscow time: UTC+3 all year (no daylight saving since 2014).
pub const MOSCOW: UtcOffset = match UtcOffset::from_hms(3, 0, 0) {
    Ok(offset) => offset,
    Err(_) => panic!("UTC+3 is a valid offset"),
};

/// The moment in Moscow time.
pub fn in_moscow(moment: OffsetDateTime) -> OffsetDateTime {
    moment.to_offset(MOSCOW)
}

/// A date as people type it: `ДД.ММ.ГГГГ` (single-digit day and month allowed) or ISO `ГГГГ-ММ-ДД`.
pub fn parse_date(raw: &str) -> Option<Date> {
    let text = raw.trim();
    let parts: Vec<&str> = if text.contains('.') {
        text.split('.').collect()
    } else {
        let mut iso: Vec<&str> = text.split('-').collect();
        iso.reverse();
        iso
    };
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let numeric = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (day, month, year) = (numeric(day, 2)?, numeric(month, 2)?, numeric(year, 4)?);
    if year < 1000 {
        return None;
    }
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?).ok()
}

/// A date in the Russian way: `17.05.2015`.
pub fn format_date(date: Date) -> String {
    format!(
        "{:02}.{:02}.{:04}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

/// The time of day in Moscow: `14:05`.
pub fn format_time(moment: OffsetDateTime) -> String {
    let local = in_moscow(moment);
    format!("{:02}:{:02}", local.hour(), local.minute())
}

/// A moment as people read it, in Moscow time: `21.11.2026, 14:05`.
pub fn format_date_time(moment: OffsetDateTime) -> String {
    format!(
        "{}, {}",
        format_date(in_moscow(moment).date()),
        format_time(moment)
    )
}

/// A moment for `<time datetime>`, in Moscow time: `2026-11-21T14:05:00+03:00`.
pub fn machine_time(moment: OffsetDateTime) -> String {
    let local = in_moscow(moment);
    format!(
        "{}T{:02}:{:02}:{:02}+03:00",
        local.date(),
        local.hour(),
        local.minute(),
        local.second()
    )
}

/// Earliest birth date the portal accepts.
pub const EARLIEST_BIRTH: Date = match Date::from_calendar_date(1900, Month::January, 1) {
    Ok(date) => date,
    Err(_) => panic!("1 January 1900 is a date"),
};

/// A birth date: a real date, in the past, not before 1900.
pub fn birth_date(raw: &str, today: Date) -> Result<Date, &'static str> {
    let text = non_blank(raw).ok_or(codes::BIRTH_DATE_REQUIRED)?;
    let date = parse_date(text).ok_or(codes::BIRTH_DATE_FORMAT)?;
    if date > today {
        Err(codes::BIRTH_DATE_FUTURE)
    } else if date < EARLIEST_BIRTH {
        Err(codes::BIRTH_DATE_TOO_EARLY)
    } else {
        Ok(date)
    }
}

/// Age at which a Russian passport is first issued.
pub const PASSPORT_AGE: i32 = 14;

/// A passport's issue date: a real date, not in the future, not before the holder turned 14
/// (checked only when the birth date is known).
pub fn passport_issue_date(
    raw: &str,
    today: Date,
    birth: Option<Date>,
) -> Result<Date, &'static str> {
    let text = non_blank(raw).ok_or(codes::PASSPORT_ISSUE_DATE_REQUIRED)?;
    let issued = parse_date(text).ok_or(codes::PASSPORT_ISSUE_DATE_FORMAT)?;
    if issued > today {
        return Err(codes::PASSPORT_ISSUE_DATE_FUTURE);
    }
    if let Some(birth) = birth
        && issued < add_years(birth, PASSPORT_AGE)
    {
        return Err(codes::PASSPORT_ISSUE_DATE_BEFORE_14);
    }
    Ok(issued)
}

/// The same day `years` later; 29 February becomes 1 March in a common year.
pub fn add_years(date: Date, years: i32) -> Date {
    let year = date.year() + years;
    Date::from_calendar_date(year, date.month(), date.day())
        .or_else(|_| Date::from_calendar_date(year, Month::March, 1))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn moments_are_written_in_moscow_time() {
        let moment = datetime!(2026-11-21 22:05:09 UTC);
        assert_eq!(format_time(moment), "01:05");
        assert_eq!(format_date_time(moment), "22.11.2026, 01:05");
        assert_eq!(machine_time(moment), "2026-11-22T01:05:09+03:00");
    }
}
