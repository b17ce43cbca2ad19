//! A hint: one short sentence under a label or legend that helps to answer, tied to its control
//! with `aria-describedby`.
//!
//! # Manual checks
//! - A screen reader reads the hint after the label when the control takes focus.
//! - The hint is one sentence; it does not repeat the label.

pub mod examples;

use leptos::prelude::*;
use shared::lang::Message;

use crate::lang;

/// The hint, with the id its control points at (`<field>-hint`).
#[component]
pub fn Hint(
    /// Element id: `<field id>-hint`.
    id: String,
    /// The sentence: one of `shared`'s texts, or words made at run time.
    #[prop(into)]
    text: Message,
) -> impl IntoView {
    view! { <div class="hint" id=id>{text.get(lang()).to_owned()}</div> }
}
