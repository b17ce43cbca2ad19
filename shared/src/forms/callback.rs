//! «Перезвоните мне»: a call back from the contact centre, inside its working hours.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::codes;
use crate::dates::{in_moscow, parse_date};

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
}

/// The windows the citizen chooses from, covering [`CONTACT_CENTRE_HOURS`].
pub const WINDOWS: &[CallWindow] = &[
    CallWindow {
        code: "08-10",
        from_hour: 8,
        to_hour: 10,
    },
    CallWindow {
        code: "10-12",
        from_hour: 10,
        to_hour: 12,
    },
    CallWindow {
        code: "12-14",
        from_hour: 12,
        to_hour: 14,
    },
    CallWindow {
        code: "14-16",
        from_hour: 14,
        to_hour: 16,
    },
    CallWindow {
        code: "16-18",
        from_hour: 16,
        to_hour: 18,
    },
    CallWindow {
        code: "18-20",
        from_hour: 18,
        to_hour: 20,
    },
];

/// The callback form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
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
    #[serde(default)]
    #[validate(custom(function = "rules::comment"))]
    pub comment: String,
}

impl Form for Callback {
    fn check(&self, now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        let now = in_moscow(now);
        let today = now.date();
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
        let window = WINDOWS
            .iter()
            .find(|w| w.code == self.window.trim())
            .ok_or(codes::CALLBACK_WINDOW_REQUIRED);
        if let Some(window) = errors.take("window", window)
            && day == Some(today)
            && now.hour() >= window.to_hour
        {
            errors.add("window", codes::CALLBACK_WINDOW_PASSED);
        }
        errors.into_result()
    }
}
