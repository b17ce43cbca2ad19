//! «Перезвоните мне»: a call back from the contact centre, inside its working hours.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, Time};
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::codes;
use crate::dates::{MOSCOW, in_moscow, parse_date};

/// The contact centre calls between these hours, Moscow time.
pub const CONTACT_CENTRE_HOURS: (u8, u8) = (8, 20);
/// A call can be booked at most this many days ahead.
pub const DAYS_AHEAD: i64 = 14;

/// A two-hour window of the contact centre's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallWindow {
    /// Stable code, `08-10`.
    pub code: &'static str,
    /// First hour, Moscow time.
    pub from_hour: u8,
    /// Hour it ends.
    pub to_hour: u8,
    /// How the pages show it, `08:00–10:00`.
    pub label: &'static str,
}

/// The windows the citizen chooses from, covering [`CONTACT_CENTRE_HOURS`].
pub const WINDOWS: &[CallWindow] = &[
    CallWindow {
        code: "08-10",
        from_hour: 8,
        to_hour: 10,
        label: "08:00–10:00",
    },
    CallWindow {
        code: "10-12",
        from_hour: 10,
        to_hour: 12,
        label: "10:00–12:00",
    },
    CallWindow {
        code: "12-14",
        from_hour: 12,
        to_hour: 14,
        label: "12:00–14:00",
    },
    CallWindow {
        code: "14-16",
        from_hour: 14,
        to_hour: 16,
        label: "14:00–16:00",
    },
    CallWindow {
        code: "16-18",
        from_hour: 16,
        to_hour: 18,
        label: "16:00–18:00",
    },
    CallWindow {
        code: "18-20",
        from_hour: 18,
        to_hour: 20,
        label: "18:00–20:00",
    },
];

/// The window of `code`.
pub fn window(code: &str) -> Option<CallWindow> {
    WINDOWS.iter().copied().find(|w| w.code == code.trim())
}

/// The days a call-back can be booked for at `now`, Moscow time: today while a window of it is
/// still ahead, and the days up to [`DAYS_AHEAD`] after it — the days [`Callback::check`] takes.
pub fn bookable_days(now: OffsetDateTime) -> Vec<Date> {
    let today = in_moscow(now).date();
    let today_is_over = WINDOWS
        .iter()
        .all(|window| window_over(today, *window, now));
    (i64::from(today_is_over)..=DAYS_AHEAD)
        .map(|days| today + Duration::days(days))
        .collect()
}

/// Whether `window` of `day` is over at `now`.
fn window_over(day: Date, window: CallWindow, now: OffsetDateTime) -> bool {
    moscow_moment(day, window.to_hour, 0).is_some_and(|end| end <= now)
}

/// The moment `hour:minute` of `day`, Moscow time.
fn moscow_moment(day: Date, hour: u8, minute: u8) -> Option<OffsetDateTime> {
    let time = Time::from_hms(hour, minute, 0).ok()?;
    Some(PrimitiveDateTime::new(day, time).assume_offset(MOSCOW))
}

/// Whether the window `window` of `day` (as the call-back keeps them) is over at `now`.
pub fn window_passed(day: &str, window_code: &str, now: OffsetDateTime) -> bool {
    match (parse_date(day), window(window_code)) {
        (Some(day), Some(window)) => window_over(day, window, now),
        _ => false,
    }
}

/// The callback form. A field left out is empty, so that it is judged like one left blank.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct Callback {
    /// The number to call.
    #[validate(custom(function = "rules::phone"))]
    pub phone: String,
    /// A subcategory code of the tree.
    #[validate(custom(function = "rules::topic"))]
    pub topic: String,
    /// The day, `ДД.ММ.ГГГГ`.
    pub day: String,
    /// A window code from [`WINDOWS`].
    pub window: String,
    /// Anything the operator should know.
    #[validate(custom(function = "rules::comment"))]
    pub comment: String,
}

impl Form for Callback {
    fn check(&self, now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        let today = in_moscow(now).date();
        let day = if self.day.trim().is_empty() {
            Err(codes::CALLBACK_DAY_REQUIRED)
        } else {
            match parse_date(&self.day) {
                None => Err(codes::CALLBACK_DAY_FORMAT),
                Some(day) if day < today => Err(codes::CALLBACK_DAY_PAST),
                Some(day) if day > today + Duration::days(DAYS_AHEAD) => {
                    Err(codes::CALLBACK_DAY_TOO_FAR)
                }
                Some(day) => Ok(day),
            }
        };
        let day = errors.take("day", day);
        let window = window(&self.window).ok_or(codes::CALLBACK_WINDOW_REQUIRED);
        if let Some(window) = errors.take("window", window)
            && let Some(day) = day
            && window_over(day, window, now)
        {
            errors.add("window", codes::CALLBACK_WINDOW_PASSED);
        }
        errors.into_result()
    }
}

/// The form's fields in the order shown.
pub const FIELDS: &[&str] = &["phone", "topic", "day", "window", "comment"];

/// An operator sets the time of a call inside the window the citizen chose.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScheduledCall {
    /// The time, `ЧЧ:ММ`, Moscow time.
    pub time: String,
}

impl ScheduledCall {
    /// The moment of the call on `day` inside `window` (as the call-back keeps them), or every
    /// problem: a time of day, inside the window, not already past at `now`.
    pub fn moment(
        &self,
        day: &str,
        window_code: &str,
        now: OffsetDateTime,
    ) -> Result<OffsetDateTime, FormErrors> {
        let mut errors = FormErrors::new();
        let moment = match parse_time(&self.time) {
            Err(code) => Err(code),
            Ok((hour, minute)) => {
                let inside =
                    window(window_code).is_some_and(|w| (w.from_hour..w.to_hour).contains(&hour));
                match parse_date(day).and_then(|day| moscow_moment(day, hour, minute)) {
                    Some(_) if !inside => Err(codes::CALL_TIME_OUTSIDE_WINDOW),
                    Some(moment) if moment <= now => Err(codes::CALL_TIME_PAST),
                    Some(moment) => Ok(moment),
                    None => Err(codes::CALL_TIME_OUTSIDE_WINDOW),
                }
            }
        };
        match errors.take("time", moment) {
            Some(moment) => Ok(moment),
            None => Err(errors),
        }
    }
}

/// A time of day as people type it: `14:30`, `9.05` or `14,30` (a phone's numeric keypad in
/// Russian offers a comma, not a colon).
fn parse_time(raw: &str) -> Result<(u8, u8), &'static str> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(codes::CALL_TIME_REQUIRED);
    }
    let (hour, minute) = text
        .split_once([':', '.', ','])
        .ok_or(codes::CALL_TIME_FORMAT)?;
    let number = |s: &str, max: u8| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u8>().ok())
            .flatten()
            .filter(|n| *n <= max)
            .ok_or(codes::CALL_TIME_FORMAT)
    };
    Ok((number(hour, 23)?, number(minute, 59)?))
}

/// An operator records how a call went: an optional note for colleagues.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct CallRecord {
    /// What was said or tried; up to 1000 characters.
    #[serde(default)]
    #[validate(custom(function = "rules::comment"))]
    pub note: String,
}

impl Form for CallRecord {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        derived(self).into_result()
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::{Callback, ScheduledCall, WINDOWS, bookable_days, window_passed};
    use crate::codes;
    use crate::dates::format_date;
    use crate::forms::Form;

    fn problem(time: &str, now: time::OffsetDateTime) -> Option<String> {
        let call = ScheduledCall {
            time: time.to_owned(),
        };
        call.moment("02.12.2026", "14-16", now)
            .err()
            .map(|errors| errors.codes("time")[0].to_owned())
    }

    #[test]
    fn a_call_is_set_inside_the_window_and_ahead() {
        let now = datetime!(2026-12-01 09:00 UTC);
        let moment = ScheduledCall {
            time: " 14:30 ".to_owned(),
        }
        .moment("02.12.2026", "14-16", now);
        assert_eq!(moment.ok(), Some(datetime!(2026-12-02 11:30 UTC)));
        assert_eq!(problem("", now).as_deref(), Some(codes::CALL_TIME_REQUIRED));
        assert_eq!(
            problem("1430", now).as_deref(),
            Some(codes::CALL_TIME_FORMAT)
        );
        assert_eq!(
            problem("24:00", now).as_deref(),
            Some(codes::CALL_TIME_FORMAT)
        );
        assert_eq!(
            problem("16:00", now).as_deref(),
            Some(codes::CALL_TIME_OUTSIDE_WINDOW)
        );
        assert_eq!(
            problem("13:59", now).as_deref(),
            Some(codes::CALL_TIME_OUTSIDE_WINDOW)
        );
        assert_eq!(problem("15.59", now), None);
        assert_eq!(
            problem("14,05", now),
            None,
            "a Russian numeric keypad's comma"
        );
        let later = datetime!(2026-12-02 11:45 UTC);
        assert_eq!(
            problem("14:30", later).as_deref(),
            Some(codes::CALL_TIME_PAST)
        );
    }

    #[test]
    fn a_window_passes_at_its_last_hour_in_moscow() {
        assert!(!window_passed(
            "02.12.2026",
            "14-16",
            datetime!(2026-12-02 12:59 UTC)
        ));
        assert!(window_passed(
            "02.12.2026",
            "14-16",
            datetime!(2026-12-02 13:00 UTC)
        ));
        assert!(!window_passed(
            "02.12.2026",
            "nonsense",
            datetime!(2027-01-01 00:00 UTC)
        ));
    }

    #[test]
    fn each_window_is_labelled_by_its_hours() {
        for window in WINDOWS {
            let label = format!("{:02}:00–{:02}:00", window.from_hour, window.to_hour);
            assert_eq!(window.label, label);
        }
    }

    #[test]
    fn every_bookable_day_passes_the_day_rule_and_no_other_does() {
        // 00:30 in Moscow: already the next day there.
        let now = datetime!(2026-12-01 21:30 UTC);
        let days = bookable_days(now);
        assert_eq!(
            days.first().map(|d| format_date(*d)).as_deref(),
            Some("02.12.2026")
        );
        let day_passes = |day: time::Date| {
            let form = Callback {
                day: format_date(day),
                ..Callback::default()
            };
            form.check(now)
                .err()
                .map(|errors| errors.codes("day").is_empty())
                .unwrap_or(true)
        };
        assert!(days.iter().all(|day| day_passes(*day)));
        // 20:00 in Moscow: every window of today is over, so the list starts tomorrow.
        let evening = bookable_days(datetime!(2026-12-01 17:00 UTC));
        assert_eq!(
            evening.first().map(|d| format_date(*d)).as_deref(),
            Some("02.12.2026")
        );
        let afternoon = bookable_days(datetime!(2026-12-01 16:59 UTC));
        assert_eq!(
            afternoon.first().map(|d| format_date(*d)).as_deref(),
            Some("01.12.2026")
        );
        let (first, last) = (days[0], days[days.len() - 1]);
        assert!(!day_passes(first - time::Duration::days(1)));
        assert!(!day_passes(last + time::Duration::days(1)));
    }
}
