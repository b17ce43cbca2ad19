//! The Russian production calendar (производственный календарь) for a five-day week: which days
//! are business days. Data for 2025–2027; other years fall back to weekends and the fixed public
//! holidays of the Labour Code (art. 112) without transfers.

use time::{Date, Month, Weekday};

/// First year with exact calendar data.
pub const FIRST_YEAR: i32 = 2025;
/// Last year with exact calendar data.
pub const LAST_YEAR: i32 = 2027;

/// Monday-to-Friday days that are not worked: public holidays and transferred days off.
const WEEKDAYS_OFF: &[(i32, u8, u8)] = &[
    // 2025: decree of the Government no. 1335 of 04.10.2024.
    (2025, 1, 1),
    (2025, 1, 2),
    (2025, 1, 3),
    (2025, 1, 6),
    (2025, 1, 7),
    (2025, 1, 8),
    (2025, 5, 1),
    (2025, 5, 2),
    (2025, 5, 8),
    (2025, 5, 9),
    (2025, 6, 12),
    (2025, 6, 13),
    (2025, 11, 3),
    (2025, 11, 4),
    (2025, 12, 31),
    // 2026: decree of the Government no. 1466 of 24.09.2025.
    (2026, 1, 1),
    (2026, 1, 2),
    (2026, 1, 5),
    (2026, 1, 6),
    (2026, 1, 7),
    (2026, 1, 8),
    (2026, 1, 9),
    (2026, 2, 23),
    (2026, 3, 9),
    (2026, 5, 1),
    (2026, 5, 11),
    (2026, 6, 12),
    (2026, 11, 4),
    (2026, 12, 31),
    // 2027: holidays of art. 112 with weekend holidays moved to the next working day.
    (2027, 1, 1),
    (2027, 1, 4),
    (2027, 1, 5),
    (2027, 1, 6),
    (2027, 1, 7),
    (2027, 1, 8),
    (2027, 2, 22),
    (2027, 2, 23),
    (2027, 3, 8),
    (2027, 5, 3),
    (2027, 5, 10),
    (2027, 6, 14),
    (2027, 11, 4),
    (2027, 12, 31),
];

/// Saturdays and Sundays that are worked, because a day off was moved from them.
const WEEKENDS_WORKED: &[(i32, u8, u8)] = &[(2025, 11, 1)];

/// Public holidays of the Labour Code, art. 112, as (month, day).
const FIXED_HOLIDAYS: &[(u8, u8)] = &[
    (1, 1),
    (1, 2),
    (1, 3),
    (1, 4),
    (1, 5),
    (1, 6),
    (1, 7),
    (1, 8),
    (2, 23),
    (3, 8),
    (5, 1),
    (5, 9),
    (6, 12),
    (11, 4),
];

fn listed(list: &[(i32, u8, u8)], date: Date) -> bool {
    let key = (date.year(), u8::from(date.month()), date.day());
    list.contains(&key)
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Whether the date is a business day of the production calendar.
pub fn is_business_day(date: Date) -> bool {
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        if is_weekend(date) {
            listed(WEEKENDS_WORKED, date)
        } else {
            !listed(WEEKDAYS_OFF, date)
        }
    } else {
        let holiday = FIXED_HOLIDAYS.contains(&(u8::from(date.month()), date.day()));
        !is_weekend(date) && !holiday
    }
}

/// Business days in a year (2025: 247, 2026: 247).
pub fn business_days_in_year(year: i32) -> u32 {
    let Ok(mut day) = Date::from_calendar_date(year, Month::January, 1) else {
        return 0;
    };
    let mut count = 0;
    while day.year() == year {
        count += u32::from(is_business_day(day));
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
    }
    count
}
