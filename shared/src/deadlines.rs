//! Deadlines of SPEC §4 in business days of the Russian production calendar, Moscow time.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime, Time};

use crate::calendar::is_business_day;
use crate::categories::{Priority, RequestKind};
use crate::dates::{MOSCOW, format_date, in_moscow};
use crate::lang::{BUSINESS_DAYS, Message};

/// Business days to the first response, by priority.
pub fn first_response_days(priority: Priority) -> u32 {
    match priority {
        Priority::High => 1,
        Priority::Medium => 3,
        Priority::Low => 5,
    }
}

/// Business days to resolution for service requests and complaints; reference questions are
/// answered within 24 business hours instead (see [`resolution_due`]).
pub fn resolution_days(kind: RequestKind) -> Option<u32> {
    match kind {
        RequestKind::Reference => None,
        RequestKind::Service => Some(7),
        RequestKind::Complaint => Some(10),
    }
}

/// The `n`-th business day after `date` (the day itself is not counted).
pub fn add_business_days(date: Date, n: u32) -> Date {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day = day.next_day().unwrap_or(day);
        if is_business_day(day) {
            left -= 1;
        }
    }
    day
}

/// Business days after `from` up to and including `to` (0 when `to` is not after `from`).
pub fn business_days_between(from: Date, to: Date) -> u32 {
    let mut count = 0;
    let mut day = from;
    while day < to {
        day = day.next_day().unwrap_or(to);
        if is_business_day(day) {
            count += 1;
        }
    }
    count
}

/// The last second of a day in Moscow.
fn end_of_day(date: Date) -> OffsetDateTime {
    date.with_time(Time::from_hms(23, 59, 59).unwrap_or(Time::MIDNIGHT))
        .assume_offset(MOSCOW)
}

/// When the first response is due: the end of the `n`-th business day after registration.
pub fn first_response_due(registered: OffsetDateTime, priority: Priority) -> OffsetDateTime {
    let day = in_moscow(registered).date();
    end_of_day(add_business_days(day, first_response_days(priority)))
}

/// When the request must be resolved. Service requests and complaints: the end of the 7th or
/// 10th business day after registration. Reference questions: 24 business hours, that is the
/// same time on the next business day (a question registered on a day off is counted from the
/// start of the next business day).
pub fn resolution_due(registered: OffsetDateTime, kind: RequestKind) -> OffsetDateTime {
    let moscow = in_moscow(registered);
    match resolution_days(kind) {
        Some(days) => end_of_day(add_business_days(moscow.date(), days)),
        None => {
            let start = if is_business_day(moscow.date()) {
                moscow
            } else {
                add_business_days(moscow.date(), 1)
                    .midnight()
                    .assume_offset(MOSCOW)
            };
            add_business_days(start.date(), 1)
                .with_time(start.time())
                .assume_offset(MOSCOW)
        }
    }
}

/// A deadline extended once by an operator: `extra_days` more business days from the old date.
pub fn extended(deadline: OffsetDateTime, extra_days: u32) -> OffsetDateTime {
    end_of_day(add_business_days(in_moscow(deadline).date(), extra_days))
}

/// Where a request stands against its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", content = "days", rename_all = "snake_case")]
pub enum Remaining {
    /// Whole business days left after today.
    BusinessDays(u32),
    /// Due by the end of today.
    Today,
    /// The deadline has passed.
    Overdue,
}

impl Remaining {
    /// Compares the deadline with the moment.
    pub fn at(deadline: OffsetDateTime, now: OffsetDateTime) -> Remaining {
        if now > deadline {
            return Remaining::Overdue;
        }
        let today = in_moscow(now).date();
        match business_days_between(today, in_moscow(deadline).date()) {
            0 => Remaining::Today,
            days => Remaining::BusinessDays(days),
        }
    }

    /// «осталось 3 рабочих дня», «срок истекает сегодня», «просрочено».
    pub fn describe(self) -> Message {
        match self {
            Remaining::BusinessDays(days) => {
                let count = BUSINESS_DAYS.count(u64::from(days));
                let verb = if days % 10 == 1 && days % 100 != 11 {
                    "остался"
                } else {
                    "осталось"
                };
                Message {
                    ru: format!("{verb} {}", count.ru),
                    en: format!("{} left", count.en),
                }
            }
            Remaining::Today => Message {
                ru: "срок истекает сегодня".to_owned(),
                en: "due today".to_owned(),
            },
            Remaining::Overdue => Message {
                ru: "просрочено".to_owned(),
                en: "overdue".to_owned(),
            },
        }
    }
}

/// The expected date as the citizen reads it: «до 03.12.2026».
pub fn describe_due(deadline: OffsetDateTime) -> Message {
    let date = format_date(in_moscow(deadline).date());
    Message {
        ru: format!("до {date}"),
        en: format!("by {date}"),
    }
}

/// The deadline after the clock stood still from `paused_at` to `resumed_at` (SPEC §4: it
/// pauses while documents are awaited): moved on by the business days the pause took.
pub fn after_pause(
    deadline: OffsetDateTime,
    paused_at: OffsetDateTime,
    resumed_at: OffsetDateTime,
) -> OffsetDateTime {
    let paused = business_days_between(in_moscow(paused_at).date(), in_moscow(resumed_at).date());
    let due = in_moscow(deadline);
    add_business_days(due.date(), paused)
        .with_time(due.time())
        .assume_offset(MOSCOW)
}
