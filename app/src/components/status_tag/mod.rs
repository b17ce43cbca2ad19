//! The status tag: a request's status in words on a pale fill of its own colour, so statuses can
//! be told apart at a glance in a list. The words are `shared::status`'s, the same the API and
//! the operator console use; the colour only repeats what the words say.
//!
//! # Manual checks
//! - Every status reads the same in the tag, the timeline and the operator console.
//! - The tag's text has at least 4.5:1 contrast on its fill in both schemes.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::status::Status;

use crate::lang;

/// The colour class of each status.
fn colour(status: Status) -> &'static str {
    match status {
        Status::Registered => "tag tag--blue",
        Status::InProgress => "tag tag--purple",
        Status::AwaitingDocuments => "tag tag--yellow",
        Status::Completed => "tag tag--green",
        Status::Rejected => "tag tag--red",
    }
}

/// The tag of one status.
#[component]
pub fn StatusTag(
    /// The status shown.
    status: Status,
) -> impl IntoView {
    view! { <strong class=colour(status)>{status.name().get(lang())}</strong> }
}
