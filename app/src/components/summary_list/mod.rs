//! The summary list: pairs of a key and a value, as on the check-answers page before a request is
//! sent, each with an optional «Изменить» link back to the question. The link's words end with
//! what it changes, visually hidden («Изменить<span> ответ «Тема»</span>»), so a list of links
//! read out of context still says what each changes. A `<dl>`; rows stack on narrow screens.
//!
//! # Manual checks
//! - A screen reader reads each «Изменить» link with what it changes.
//! - Long values (addresses, descriptions) wrap within their column and keep line breaks.
//! - At 320 px the key sits above its value and the link below them.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::components::summary_list as words;

use crate::lang;

/// One row: a key, its value, and where to change it.
#[derive(Debug, Clone)]
pub struct SummaryRow {
    /// What the value is («Тема»).
    pub key: Text,
    /// The answer as given.
    pub value: String,
    /// The question's address, with a way back; `None` when it cannot be changed.
    pub change: Option<String>,
}

/// The list of rows.
#[component]
pub fn SummaryList(
    /// The rows, in the order of the questions.
    rows: Vec<SummaryRow>,
) -> impl IntoView {
    view! {
        <dl class="summary-list">
            {rows
                .into_iter()
                .map(|row| {
                    let key = row.key.get(lang());
                    let what = words::what_changes(row.key).get(lang()).to_owned();
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{key}</dt>
                            <dd class="summary-list__value">{row.value}</dd>
                            {row.change.map(|href| view! {
                                <dd class="summary-list__actions">
                                    <a href=href>
                                        {words::CHANGE.get(lang())}
                                        <span class="visually-hidden">" " {what}</span>
                                    </a>
                                </dd>
                            })}
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}
