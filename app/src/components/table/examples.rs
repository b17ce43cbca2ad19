//! Gallery examples of the table.

use leptos::prelude::*;
use shared::status::Status;
use shared::ui::gallery::examples::table::*;
use shared::ui::gallery::states;

use super::{Column, SortBy, Table};
use crate::components::status_tag::StatusTag;

crate::examples![sortable: SORTABLE, empty: states::EMPTY];

/// A request as a row of the list.
#[derive(Debug, Clone)]
struct Request {
    number: &'static str,
    topic: &'static str,
    status: Status,
    days: u32,
}

/// The columns of a request list.
fn columns() -> Vec<Column<Request>> {
    vec![
        Column {
            heading: NUMBER,
            numeric: false,
            cell: |r| r.number.into_any(),
            order: Some(|a, b| a.number.cmp(b.number)),
        },
        Column {
            heading: TOPIC,
            numeric: false,
            cell: |r| r.topic.into_any(),
            order: None,
        },
        Column {
            heading: STATUS,
            numeric: false,
            cell: |r| view! { <StatusTag status=r.status /> }.into_any(),
            order: Some(|a, b| status_rank(a.status).cmp(&status_rank(b.status))),
        },
        Column {
            heading: DAYS,
            numeric: true,
            cell: |r| r.days.to_string().into_any(),
            order: Some(|a, b| a.days.cmp(&b.days)),
        },
    ]
}

/// Statuses in the order of the journey.
fn status_rank(status: Status) -> Option<usize> {
    Status::ALL.iter().position(|s| *s == status)
}

/// Requests sorted by number; press a heading to sort by it.
pub fn sortable() -> AnyView {
    let rows = vec![
        Request {
            number: "ОБР-2026-000017",
            topic: "Оплата госпошлины",
            status: Status::InProgress,
            days: 3,
        },
        Request {
            number: "ОБР-2026-000009",
            topic: "Вход на портал",
            status: Status::Completed,
            days: 0,
        },
        Request {
            number: "ОБР-2026-000023",
            topic: "Запись к врачу",
            status: Status::AwaitingDocuments,
            days: 7,
        },
    ];
    let sort = SortBy {
        column: 0,
        ascending: true,
    };
    view! { <Table caption=CAPTION columns=columns() rows=rows empty=EMPTY_TEXT sort=sort /> }
        .into_any()
}

/// No requests yet: words instead of an empty grid.
pub fn empty() -> AnyView {
    view! { <Table caption=CAPTION columns=columns() rows=Vec::new() empty=EMPTY_TEXT /> }
        .into_any()
}
