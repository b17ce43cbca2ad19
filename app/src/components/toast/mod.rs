//! Toasts: short news that needs no action («Черновик сохранён»), in a polite status region at
//! the corner of the screen. Each hides itself after a while — but not while the pointer is on
//! it or focus is in it (WCAG 2.2.1), and its time starts again when they leave — and has a
//! close button. New toasts stack under the older ones. Never for errors or for anything the
//! person must act on: those go on the page, in an error summary or a banner.
//!
//! A page keeps a [`Toasts`] (a copyable handle), shows it with one [`ToastHost`] and calls
//! [`Toasts::push`] from anywhere it is passed to.
//!
//! # Manual checks
//! - A screen reader reads a new toast once, without moving focus.
//! - Hovering or tabbing into a toast keeps it; leaving lets it go after its time.
//! - Toasts do not cover the page's main action at 320 px, and long words wrap.
//! - With reduced motion switched on, toasts appear without sliding in.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::overlays::toast as words;

use crate::lang;

/// How long a toast stays when nobody holds it; a second in the browser tests, which check
/// the behaviour, not the length, and must finish within the test runner's time.
pub const SHOWN_FOR: Duration = if cfg!(test) {
    Duration::from_secs(1)
} else {
    Duration::from_secs(6)
};

/// One toast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    /// Unique among the toasts shown.
    pub id: u32,
    /// Its words, in the page's language.
    pub text: String,
}

/// The toasts shown, newest last, and a way to add one.
#[derive(Debug, Clone, Copy)]
pub struct Toasts {
    shown: RwSignal<Vec<Toast>>,
    next: RwSignal<u32>,
}

impl Toasts {
    /// No toasts.
    pub fn new() -> Toasts {
        Toasts {
            shown: RwSignal::new(Vec::new()),
            next: RwSignal::new(0),
        }
    }

    /// Shows `text` from `shared`'s catalogue.
    pub fn push(self, text: Text) {
        self.push_string(text.get(lang()).to_owned());
    }

    /// Shows words already in the page's language («Файл «паспорт.pdf» добавлен»).
    pub fn push_string(self, text: String) {
        let id = self.next.get_untracked();
        self.next.set(id.wrapping_add(1));
        self.shown.update(|all| all.push(Toast { id, text }));
    }

    /// Hides the toast `id`.
    pub fn dismiss(self, id: u32) {
        self.shown.update(|all| all.retain(|t| t.id != id));
    }
}

impl Default for Toasts {
    fn default() -> Self {
        Toasts::new()
    }
}

/// Where toasts appear: the status region.
#[component]
pub fn ToastHost(
    /// The toasts.
    toasts: Toasts,
) -> impl IntoView {
    view! {
        <div class="toasts" role="status" aria-live="polite">
            <For each=move || toasts.shown.get() key=|toast| toast.id let:toast>
                <ToastItem toast=toast toasts=toasts />
            </For>
        </div>
    }
}

/// One toast with its timer.
#[component]
fn ToastItem(toast: Toast, toasts: Toasts) -> impl IntoView {
    let id = toast.id;
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let held = RwSignal::new(0u8);
    let start = move || {
        if let Some(previous) = timer.get_value() {
            previous.clear();
        }
        let handle = set_timeout_with_handle(move || toasts.dismiss(id), SHOWN_FOR).ok();
        timer.set_value(handle);
    };
    let hold = move || {
        held.update(|n| *n = n.saturating_add(1));
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
    };
    let release = move || {
        held.update(|n| *n = n.saturating_sub(1));
        if held.get_untracked() == 0 {
            start();
        }
    };
    start();
    on_cleanup(move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
    });
    view! {
        <div
            class="toast"
            on:mouseenter=move |_| hold()
            on:mouseleave=move |_| release()
            on:focusin=move |_| hold()
            on:focusout=move |_| release()
        >
            <p class="toast__text">{toast.text}</p>
            <button type="button" class="toast__close" on:click=move |_| toasts.dismiss(id)>
                <span aria-hidden="true">"×"</span>
                <span class="visually-hidden">{words::CLOSE.get(lang())}</span>
            </button>
        </div>
    }
}
