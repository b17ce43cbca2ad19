//! The timeline: a request's journal, one entry per event — when (date and time in Moscow, as
//! `shared::dates` writes them, with a machine-readable `<time>`), who, what happened, and the
//! status change if there was one, in `shared::status`' words. Newest first for a citizen
//! following a request, oldest first for an operator reading its history.
//!
//! # Manual checks
//! - A screen reader reads each entry as one item: time, who, what, the status change.
//! - The status change is read in words («Статус изменён: Принято на В работе»), not as an arrow.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::dates::{format_date, in_moscow};
use shared::status::Status;
use shared::ui::components::timeline as words;
use time::OffsetDateTime;

use crate::components::status_tag::StatusTag;
use crate::lang;

/// One event of the journal.
#[derive(Debug, Clone)]
pub struct TimelineEvent {
    /// When it happened.
    pub at: OffsetDateTime,
    /// Who did it, as shown («Вы», «Оператор Иванова»).
    pub actor: String,
    /// What happened, in a sentence.
    pub text: String,
    /// The status before and after, when it changed.
    pub status_change: Option<(Status, Status)>,
}

/// «25.11.2026, 14:05» in Moscow time.
fn moment(at: OffsetDateTime) -> String {
    let local = in_moscow(at);
    format!(
        "{}, {:02}:{:02}",
        format_date(local.date()),
        local.hour(),
        local.minute()
    )
}

/// The journal as an ordered list.
#[component]
pub fn Timeline(
    /// The events, in any order.
    events: Vec<TimelineEvent>,
    /// Newest first (a citizen's view) rather than oldest first.
    #[prop(optional)]
    newest_first: bool,
) -> impl IntoView {
    let mut events = events;
    events.sort_by_key(|event| event.at);
    if newest_first {
        events.reverse();
    }
    view! {
        <ol class="timeline">
            {events
                .into_iter()
                .map(|event| {
                    let machine = event
                        .at
                        .format(&time::format_description::well_known::Rfc3339)
                        .unwrap_or_default();
                    view! {
                        <li class="timeline__event">
                            <p class="timeline__meta">
                                <time datetime=machine>{moment(event.at)}</time>
                                " · "
                                <span class="timeline__actor">{event.actor}</span>
                            </p>
                            <p class="timeline__text">{event.text}</p>
                            {event.status_change.map(|(from, to)| view! {
                                <p class="timeline__status">
                                    <span class="visually-hidden">{words::STATUS_CHANGED.get(lang())} " "</span>
                                    <StatusTag status=from />
                                    <span aria-hidden="true">" → "</span>
                                    <span class="visually-hidden">" " {words::TO.get(lang())} " "</span>
                                    <StatusTag status=to />
                                </p>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
