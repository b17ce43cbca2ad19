//! Details: a short link that opens more text in place («Что делать, если код не пришёл»), for
//! help that only some people need. The browser's own `<details>` and `<summary>`: keyboard,
//! screen readers and find-in-page work without code.
//!
//! # Manual checks
//! - Enter and Space open and close it; a screen reader says whether it is expanded.
//! - The summary says what is inside; the text inside is short.

pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;

use crate::lang;

/// The disclosure: its summary, and the content as children.
#[component]
pub fn Details<C: IntoView + 'static>(
    /// The link-like summary.
    summary: Text,
    /// Open at first.
    #[prop(optional)]
    open: bool,
    /// What it reveals.
    children: TypedChildren<C>,
) -> impl IntoView {
    view! {
        <details class="details" open=open>
            <summary class="details__summary">
                <span class="details__summary-text">{summary.get(lang())}</span>
            </summary>
            <div class="details__text">{children.into_inner()()}</div>
        </details>
    }
}
