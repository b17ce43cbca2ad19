//! Waiting: the spinner says «Загрузка…» (or its own words, shown) in a status region while
//! something loads, in three sizes — small in a line of text, medium for a block, large for a
//! whole panel. The skeleton shows grey placeholders of the content to come, hidden from screen
//! readers, inside a region marked `aria-busy` that says «Загрузка…» once. Under
//! `prefers-reduced-motion` neither moves: the spinner becomes a still dashed ring, which still
//! reads as «waiting», and the skeleton stays grey.
//!
//! # Manual checks
//! - A screen reader says «Загрузка…» once, not repeatedly.
//! - With reduced motion switched on in the system, nothing spins or shimmers, and the still
//!   spinner still looks like waiting.
//! - When the content arrives in place of a skeleton, a screen reader can read it at once.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::overlays::spinner as words;

use crate::lang;

/// How big a spinner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpinnerSize {
    /// In a line of text.
    Small,
    /// For a block of the page.
    #[default]
    Medium,
    /// For a whole page or panel.
    Large,
}

impl SpinnerSize {
    fn class(self) -> &'static str {
        match self {
            SpinnerSize::Small => "spinner spinner--small",
            SpinnerSize::Medium => "spinner",
            SpinnerSize::Large => "spinner spinner--large",
        }
    }
}

/// A spinner in a status region; its words are read, and shown when given.
#[component]
pub fn Spinner(
    /// Its size.
    #[prop(optional)]
    size: SpinnerSize,
    /// Words shown next to it («Загружаем обращения…»); without them «Загрузка…» is only read.
    #[prop(optional)]
    label: Option<Text>,
) -> impl IntoView {
    let text = label.unwrap_or(words::LOADING).get(lang());
    view! {
        <div class=size.class() role="status">
            <span class="spinner__ring" aria-hidden="true"></span>
            <span class:visually-hidden=label.is_none() class="spinner__label">{text}</span>
        </div>
    }
}

/// Placeholder lines of content still loading; `lines` grey bars, the last one shorter. While
/// `busy`, the bars stand in for `children`; then the children show.
#[component]
pub fn Skeleton(
    /// How many lines.
    #[prop(default = 3)]
    lines: usize,
    /// A heading bar first.
    #[prop(optional)]
    heading: bool,
    /// Still loading; true when not given.
    #[prop(optional, into)]
    busy: Option<Signal<bool>>,
    /// The content once loaded.
    #[prop(optional)]
    children: Option<ChildrenFn>,
) -> impl IntoView {
    let busy = busy.unwrap_or(Signal::stored(true));
    view! {
        <div class="skeleton" aria-busy=move || if busy.get() { "true" } else { "false" }>
            {move || if busy.get() {
                view! {
                    <span class="visually-hidden" role="status">{words::LOADING.get(lang())}</span>
                    <div aria-hidden="true">
                        {heading.then(|| view! { <div class="skeleton__bar skeleton__bar--heading"></div> })}
                        {(0..lines)
                            .map(|i| view! {
                                <div class="skeleton__bar" class:skeleton__bar--short=i + 1 == lines></div>
                            })
                            .collect_view()}
                    </div>
                }
                .into_any()
            } else {
                children.as_ref().map(|content| content()).into_any()
            }}
        </div>
    }
}
