//! The back link: «Назад» with an arrow, at the top of a page, before `<main>`'s heading, to the
//! page the person came from in the journey (not the browser's history).
//!
//! # Manual checks
//! - It is the first link inside the page's column, before the heading.
//! - Its target is the previous step of the journey, also when the page was opened directly.

pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::components::back_link as words;

use crate::lang;

/// «Назад» (or other words) linking to the previous step.
#[component]
pub fn BackLink(
    /// Where it goes.
    href: String,
    /// Other words than «Назад», e.g. «Все компоненты».
    #[prop(optional)]
    text: Option<Text>,
) -> impl IntoView {
    view! { <a href=href class="back-link">{text.unwrap_or(words::BACK).get(lang())}</a> }
}
