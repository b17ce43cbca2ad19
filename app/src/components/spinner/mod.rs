//! Waiting: the spinner says «Загрузка…» to screen readers in a status region while something
//! loads; the skeleton shows grey placeholders of the content to come, hidden from screen
//! readers, inside a region marked `aria-busy`. Under `prefers-reduced-motion` neither moves;
//! the spinner stays a visible ring and the skeleton stays grey.
//!
//! # Manual checks
//! - A screen reader says «Загрузка…» once, not repeatedly.
//! - With reduced motion switched on in the system, nothing spins or shimmers.

pub mod examples;

use leptos::prelude::*;
use shared::ui::components::spinner as words;

use crate::lang;

/// A spinner with its words for screen readers.
#[component]
pub fn Spinner(
    /// A larger ring, for a whole page or panel.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    view! {
        <div class="spinner" class:spinner--large=large role="status">
            <span class="spinner__ring" aria-hidden="true"></span>
            <span class="visually-hidden">{words::LOADING.get(lang())}</span>
        </div>
    }
}

/// Placeholder lines of text still loading; `lines` grey bars, the last one shorter.
#[component]
pub fn Skeleton(
    /// How many lines.
    #[prop(default = 3)]
    lines: usize,
    /// A heading bar first.
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true">
            <span class="visually-hidden" role="status">{words::LOADING.get(lang())}</span>
            <div aria-hidden="true">
                {heading.then(|| view! { <div class="skeleton__bar skeleton__bar--heading"></div> })}
                {(0..lines)
                    .map(|i| view! {
                        <div class="skeleton__bar" class:skeleton__bar--short=i + 1 == lines></div>
                    })
                    .collect_view()}
            </div>
        </div>
    }
}
