//! The timeline: a request's journal, one entry per event — when (date and time in Moscow, as
//! `shared::dates` writes them, with a machine-readable `<time>`), who, what happened, and the
//! status change if there was one, in `shared::status`' words. Newest first for a citizen
//! following a request, oldest first for an operator reading its history. A journal with no
//! events says so in a sentence instead of showing an empty list.
//!
//! # Manual checks
//! - A screen reader reads each entry as one item: time, who, what, the status change.
//! - The status change is read in words («Статус изменён: Принято на В работе»), not as an arrow.
//! - Long texts and actors' names wrap at 320 px; times are Moscow times, as everywhere on the
//!   portal.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::dates::{format_date_time, machine_time};
use shared::status::Status;
use shared::ui::overlays::timeline as words;
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

/// The journal as an ordered list; with no events, a sentence saying so. A journal is drawn
/// once from what the page loaded (a page reloads it whole), so nothing here is reactive: a
/// signal and a type-erased view measured 7 KB of every bundle that shows a journal.
#[component]
pub fn Timeline(
    /// The events, in any order.
    mut events: Vec<TimelineEvent>,
    /// Newest first (a citizen's view) rather than oldest first.
    #[prop(optional)]
    newest_first: bool,
) -> impl IntoView {
    // A stable sort: events of the same minute keep the order they were given in.
    events.sort_by_key(|event| event.at);
    if newest_first {
        events.reverse();
    }
    if events.is_empty() {
        leptos::either::Either::Left(
            view! { <p class="body timeline__empty">{words::EMPTY.get(lang())}</p> },
        )
    } else {
        leptos::either::Either::Right(view! {
            <ol class="timeline">
                {events.into_iter().map(event_view).collect_view()}
            </ol>
        })
    }
}

/// One entry: when, who, what, the status change.
fn event_view(event: TimelineEvent) -> impl IntoView {
    view! {
        <li class="timeline__event">
            <p class="timeline__meta">
                <time datetime=machine_time(event.at)>{format_date_time(event.at)}</time>
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
}
