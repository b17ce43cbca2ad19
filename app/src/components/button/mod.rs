//! Buttons: primary (the one main action of a page), secondary, warning (for what cannot be
//! undone) and link-style (a quiet action that still is a button, not a link).
//!
//! A busy button keeps its place and its focus: it says what is happening («Отправляем…»), shows
//! a spinner, is marked `aria-disabled` and ignores clicks, so a double click sends nothing twice.
//! It is never `disabled`, which would drop keyboard focus. A button that is truly unavailable
//! says so with `aria-disabled` too, and stays focusable, so its label can still be read.
//!
//! # Manual checks
//! - Enter and Space press the button; focus shows the yellow focus ring.
//! - While busy, a screen reader reads the busy label; pressing again does nothing.
//! - Warning buttons are used only for actions that cannot be undone, with the words saying so.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;

use crate::lang;

/// The kind of a button, from the most to the least prominent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ButtonKind {
    /// The main action of a page.
    #[default]
    Primary,
    /// Any other action.
    Secondary,
    /// An action that cannot be undone.
    Warning,
    /// A quiet action that looks like a link.
    Link,
}

impl ButtonKind {
    fn class(self) -> &'static str {
        match self {
            ButtonKind::Primary => "button",
            ButtonKind::Secondary => "button button--secondary",
            ButtonKind::Warning => "button button--warning",
            ButtonKind::Link => "button button--link",
        }
    }
}

/// A button with its words from `shared`'s catalogue.
#[component]
pub fn Button(
    /// The words on the button.
    label: Text,
    /// Its kind.
    #[prop(optional)]
    kind: ButtonKind,
    /// Sends its form when true (`type="submit"`); otherwise a plain `type="button"`.
    #[prop(optional)]
    submit: bool,
    /// While true: the busy label and a spinner, clicks ignored.
    #[prop(optional, into)]
    busy: Signal<bool>,
    /// The words while busy; the label when not given.
    #[prop(optional)]
    busy_label: Option<Text>,
    /// Not available: marked `aria-disabled`, clicks ignored, still focusable.
    #[prop(optional, into)]
    unavailable: Signal<bool>,
    /// What a click does (not called while busy or unavailable).
    #[prop(optional)]
    on_click: Option<Callback<()>>,
) -> impl IntoView {
    let blocked = Signal::derive(move || busy.get() || unavailable.get());
    let words = move || {
        if busy.get() {
            busy_label.unwrap_or(label).get(lang())
        } else {
            label.get(lang())
        }
    };
    view! {
        <button
            type=if submit { "submit" } else { "button" }
            class=kind.class()
            class:button--busy=busy
            aria-disabled=move || blocked.get().then_some("true")
            on:click=move |ev| {
                if blocked.get_untracked() {
                    // Also keeps a busy submit button from sending its form again.
                    ev.prevent_default();
                } else if let Some(on_click) = on_click {
                    on_click.run(());
                }
            }
        >
            {move || busy.get().then(|| view! { <span class="button__spinner" aria-hidden="true"></span> })}
            {words}
        </button>
    }
}
