//! The table: a caption, column headings, rows; columns with a sort order have a button in their
//! heading, and the heading says the current order with `aria-sort`, as the WAI-ARIA sortable
//! table does. With no rows it says so in words from `shared` instead of showing an empty grid.
//! A wide table scrolls sideways inside a focusable, labelled region instead of widening the
//! page.
//!
//! # Manual checks
//! - A screen reader reads the caption, and for a sorted column «по возрастанию» or «по убыванию».
//! - Sort buttons work with Enter and Space; focus stays on the button after sorting.
//! - At 320 px the table scrolls inside its frame and the frame can be scrolled with the arrow
//!   keys after Tab reaches it.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use std::cmp::Ordering;

use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::components::table as words;

use crate::lang;

/// One column: its heading, how to show a row's cell, and how to order rows by it.
pub struct Column<R> {
    /// Heading.
    pub heading: Text,
    /// Numbers and dates align right.
    pub numeric: bool,
    /// The cell of a row.
    pub cell: fn(&R) -> AnyView,
    /// The order of two rows by this column; `None` when the column does not sort.
    pub order: Option<fn(&R, &R) -> Ordering>,
}

/// The order rows are shown in: by which column, which way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortBy {
    /// Column index.
    pub column: usize,
    /// Smallest first.
    pub ascending: bool,
}

/// The table.
#[component]
pub fn Table<R: Clone + Send + Sync + 'static>(
    /// What the table lists.
    caption: Text,
    /// The columns.
    columns: Vec<Column<R>>,
    /// The rows, in their natural order.
    rows: Vec<R>,
    /// Said instead of an empty table («Обращений пока нет»).
    empty: Text,
    /// The order at first.
    #[prop(optional)]
    sort: Option<SortBy>,
) -> impl IntoView {
    let sort = RwSignal::new(sort);
    let columns = StoredValue::new(columns);
    let count = columns.with_value(Vec::len);
    let shown = move || {
        let mut rows = rows.clone();
        if let Some(by) = sort.get() {
            columns.with_value(|columns| {
                if let Some(order) = columns.get(by.column).and_then(|c| c.order) {
                    rows.sort_by(|a, b| {
                        if by.ascending {
                            order(a, b)
                        } else {
                            order(b, a)
                        }
                    });
                }
            });
        }
        rows
    };
    let headings = (0..count)
        .map(|index| {
            let (heading, numeric, sortable) = columns.with_value(|c| (c[index].heading, c[index].numeric, c[index].order.is_some()));
            let aria_sort = move || {
                sortable.then(|| match sort.get() {
                    Some(by) if by.column == index && by.ascending => "ascending",
                    Some(by) if by.column == index => "descending",
                    _ => "none",
                })
            };
            let content = if sortable {
                leptos::either::Either::Left(view! {
                    <button
                        type="button"
                        class="table__sort"
                        on:click=move |_| {
                            sort.update(|by| {
                                let ascending = !matches!(by, Some(b) if b.column == index && b.ascending);
                                *by = Some(SortBy { column: index, ascending });
                            });
                        }
                    >
                        {heading.get(lang())}
                        <span class="table__sort-icon" aria-hidden="true"></span>
                    </button>
                })
            } else {
                leptos::either::Either::Right(heading.get(lang()))
            };
            view! {
                <th scope="col" class="table__header" class:table__cell--numeric=numeric aria-sort=aria_sort>
                    {content}
                </th>
            }
        })
        .collect_view();
    let body = move || {
        let rows = shown();
        if rows.is_empty() {
            return leptos::either::Either::Left(view! {
                <tr>
                    <td class="table__cell table__empty" colspan=count>{empty.get(lang())}</td>
                </tr>
            });
        }
        leptos::either::Either::Right(
            rows.into_iter()
                .map(|row| {
                    let cells = columns.with_value(|columns| {
                        columns
                            .iter()
                            .map(|column| view! {
                                <td class="table__cell" class:table__cell--numeric=column.numeric>
                                    {(column.cell)(&row)}
                                </td>
                            })
                            .collect_view()
                    });
                    view! { <tr class="table__row">{cells}</tr> }
                })
                .collect_view(),
        )
    };
    let label = format!("{} {}", words::SCROLLS.get(lang()), caption.get(lang()));
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            <table class="table">
                <caption class="table__caption">{caption.get(lang())}</caption>
                <thead><tr>{headings}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
