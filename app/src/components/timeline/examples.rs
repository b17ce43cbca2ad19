//! Gallery examples of the timeline.

use leptos::prelude::*;
use shared::status::Status;
use shared::ui::gallery::examples::timeline::*;
use shared::ui::gallery::states;
use time::macros::datetime;

use super::{Timeline, TimelineEvent};

crate::examples![
    newest_first: NEWEST_FIRST,
    oldest_first: OLDEST_FIRST,
    empty: states::EMPTY,
    long_text: states::LONG_TEXT,
];

/// A request's journal with made-up events.
fn journal() -> Vec<TimelineEvent> {
    vec![
        TimelineEvent {
            at: datetime!(2026-11-20 09:12 +03:00),
            actor: "Вы".to_owned(),
            text: "Обращение отправлено.".to_owned(),
            status_change: None,
        },
        TimelineEvent {
            at: datetime!(2026-11-20 11:40 +03:00),
            actor: "Оператор Смирнова Е.".to_owned(),
            text: "Обращение взято в работу.".to_owned(),
            status_change: Some((Status::Registered, Status::InProgress)),
        },
        TimelineEvent {
            at: datetime!(2026-11-21 16:05 +03:00),
            actor: "Оператор Смирнова Е.".to_owned(),
            text: "Запрошена квитанция об оплате госпошлины: приложите её к обращению.".to_owned(),
            status_change: Some((Status::InProgress, Status::AwaitingDocuments)),
        },
    ]
}

/// What a citizen sees: the latest first.
pub fn newest_first() -> AnyView {
    view! { <Timeline events=journal() newest_first=true /> }.into_any()
}

/// What an operator reads: from the start.
pub fn oldest_first() -> AnyView {
    view! { <Timeline events=journal() /> }.into_any()
}

/// A request just created: nothing in its journal yet.
pub fn empty() -> AnyView {
    view! { <Timeline events=Vec::new() newest_first=true /> }.into_any()
}

/// A long answer and a long name wrap inside the entry; UTC times are shown in Moscow time.
pub fn long_text() -> AnyView {
    let events = vec![TimelineEvent {
        at: datetime!(2026-11-22 21:30 UTC),
        actor: "Оператор Константинопольская-Салтыкова Александра Вячеславовна".to_owned(),
        text: "Обращение рассмотрено. Платёж по квитанции 10428837730000000000000000000000001234567890 найден и зачислен; заявление передано в ведомство, ответ придёт в личный кабинет.".to_owned(),
        status_change: Some((Status::AwaitingDocuments, Status::Completed)),
    }];
    view! { <Timeline events=events /> }.into_any()
}
