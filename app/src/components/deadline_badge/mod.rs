//! The deadline badge: when the answer is due and how much time is left, in `shared::deadlines`'
//! words («до 03.12.2026, осталось 3 рабочих дня», «срок истекает сегодня», «просрочено»). The
//! business-day count follows the production calendar in `shared`, the same the server uses.
//! Overdue is said in words and marked by colour and weight, never by colour alone.
//!
//! # Manual checks
//! - The words read naturally after «Срок ответа»: «до 03.12.2026, осталось 3 рабочих дня».
//! - Overdue and due-today badges are distinguishable in greyscale (weight, border).

pub mod examples;

use leptos::prelude::*;
use shared::deadlines::{Remaining, describe_due};
use shared::ui::components::deadline_badge as words;
use time::OffsetDateTime;

use crate::lang;

/// The badge for a deadline, judged at `now`.
#[component]
pub fn DeadlineBadge(
    /// When the answer is due.
    due: OffsetDateTime,
    /// The moment to judge against (the browser's clock on pages).
    now: OffsetDateTime,
) -> impl IntoView {
    let remaining = Remaining::at(due, now);
    let class = match remaining {
        Remaining::BusinessDays(_) => "deadline",
        Remaining::Today => "deadline deadline--today",
        Remaining::Overdue => "deadline deadline--overdue",
    };
    let due_words = describe_due(due).get(lang()).to_owned();
    let left_words = remaining.describe().get(lang()).to_owned();
    let machine = due
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    view! {
        <span class=class>
            <span class="deadline__label">{words::DUE.get(lang())} " "</span>
            <time datetime=machine>{due_words}</time>
            ", "
            <span class="deadline__left">{left_words}</span>
        </span>
    }
}
