//! Gallery examples of the deadline badge, judged against the browser's clock.

use leptos::prelude::*;
use shared::deadlines::add_business_days;
use shared::ui::gallery::examples::deadline_badge::*;
use time::{Duration, Time};

use super::DeadlineBadge;
use crate::now;

crate::examples![on_time: ON_TIME, due_today: DUE_TODAY, overdue: OVERDUE];

/// Three business days left.
pub fn on_time() -> AnyView {
    let now = now();
    let due_day = add_business_days(shared::dates::in_moscow(now).date(), 3);
    let due = due_day
        .with_time(Time::from_hms(23, 59, 0).unwrap_or(Time::MIDNIGHT))
        .assume_offset(shared::dates::MOSCOW);
    view! { <DeadlineBadge due=due now=now /> }.into_any()
}

/// Due by the end of today.
pub fn due_today() -> AnyView {
    let now = now();
    let due = shared::dates::in_moscow(now)
        .replace_time(Time::from_hms(23, 59, 59).unwrap_or(Time::MIDNIGHT));
    view! { <DeadlineBadge due=due now=now /> }.into_any()
}

/// The deadline has passed.
pub fn overdue() -> AnyView {
    let now = now();
    view! { <DeadlineBadge due=now - Duration::days(2) now=now /> }.into_any()
}
