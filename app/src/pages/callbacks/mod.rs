//! Call-backs (SPEC §3 «callback»): the citizen books one — a day and a two-hour window of the
//! contact centre's hours — sees it and the earlier ones, and may cancel it until it is made.
//! What the citizen and the operators both see of one is here too.

mod book;
mod list;

pub use book::NewCallbackPage;
pub use list::CallbacksPage;

use leptos::prelude::*;
use shared::callbacks::{CallbackItem, CallbackState};
use shared::dates::format_date_time;
use shared::forms::callback::window;
use shared::lang::Text;
use shared::ui::callbacks::list as words;

use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::summary_list::SummaryRow;
use crate::lang;

/// A banner after an action or a failed load: its kind, heading and the sentence under it.
pub(crate) type Banner = (BannerKind, Text, Option<String>);

/// The page's banner, when there is one; it takes focus, so the result of an action is read.
pub(crate) fn banner(banner: RwSignal<Option<Banner>>) -> impl IntoView {
    move || {
        banner.get().map(|(kind, heading, text)| {
            view! {
                <NotificationBanner kind=kind heading=heading focus=true>
                    {text.map(|text| view! { <p class="body">{text}</p> })}
                </NotificationBanner>
            }
        })
    }
}

/// A row of a summary list that cannot be changed.
pub(crate) fn row(key: Text, value: String) -> SummaryRow {
    SummaryRow {
        key,
        value,
        change: None,
    }
}

/// The citizen's rows of one call-back: the number to call, then [`rows`].
pub(crate) fn citizen_rows(item: &CallbackItem) -> Vec<SummaryRow> {
    let mut all = vec![row(words::PHONE, item.phone.clone())];
    all.extend(rows(item));
    all
}

/// A call-back's state as a tag, coloured as the requests' statuses are.
pub(crate) fn state_tag(state: CallbackState) -> impl IntoView {
    let colour = match state {
        CallbackState::Requested => "tag tag--blue",
        CallbackState::Scheduled => "tag tag--purple",
        CallbackState::Done => "tag tag--green",
        CallbackState::NotReached => "tag tag--yellow",
        CallbackState::Cancelled => "tag tag--grey",
    };
    view! { <strong class=colour>{state.name().get(lang())}</strong> }
}

/// The day and window asked for: «02.12.2026, 14:00–16:00».
pub(crate) fn when(day: &str, window_code: &str) -> String {
    let window = window(window_code).map_or(window_code, |w| w.label);
    format!("{day}, {window}")
}

/// The topic's name under its section's: «Личный кабинет — Обновление персональных данных».
pub(crate) fn topic_name(code: &str) -> String {
    shared::categories::find(code).map_or_else(
        || code.to_owned(),
        |(section, sub)| format!("{} — {}", section.name.get(lang()), sub.name.get(lang())),
    )
}

/// The rows every view of one call-back shows: the topic, the day and window (Moscow time), the
/// time set once it is, and the comment when there is one.
pub(crate) fn rows(item: &CallbackItem) -> Vec<SummaryRow> {
    let mut rows = vec![
        row(words::TOPIC, topic_name(&item.topic)),
        row(
            words::WHEN,
            format!(
                "{} {}",
                when(&item.day, &item.window),
                words::MOSCOW.get(lang())
            ),
        ),
    ];
    if let Some(call_at) = item.call_at {
        rows.push(row(
            words::CALL_AT,
            format!(
                "{} {}",
                format_date_time(call_at),
                words::MOSCOW.get(lang())
            ),
        ));
    }
    if !item.comment.is_empty() {
        rows.push(row(words::COMMENT, item.comment.clone()));
    }
    rows
}
