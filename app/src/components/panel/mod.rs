//! The confirmation panel: the green block at the top of a confirmation page that says the thing
//! is done and gives the one fact to keep — the request number — large enough to copy or read out
//! on the phone. It holds the page's `<h1>`.
//!
//! # Manual checks
//! - The heading is the page's only `<h1>` and says what happened.
//! - The request number can be selected and copied in one piece; it survives printing.

pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;

use crate::lang;

/// The panel: its heading, and what to keep as children.
#[component]
pub fn Panel<C: IntoView + 'static>(
    /// What happened («Сообщение отправлено»).
    title: Text,
    /// What to keep: the number, usually.
    children: TypedChildren<C>,
) -> impl IntoView {
    view! {
        <div class="panel panel--confirmation">
            <h1 class="panel__title">{title.get(lang())}</h1>
            <div class="panel__body">{children.into_inner()()}</div>
        </div>
    }
}
