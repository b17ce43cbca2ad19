//! The modal dialog: the browser's own `<dialog>` opened with `showModal()`, so the page behind
//! is inert and Esc closes it. Its heading names it (`aria-labelledby`). Opening moves focus into
//! the dialog — its first control, or its heading when it has none — and remembers what had
//! focus; closing — by Esc, the «Закрыть» button or an action — returns focus there. Tab and
//! Shift+Tab cycle inside the dialog. Esc and the browser's own closing go through the `open`
//! signal, so the state never disagrees with the screen. Use it only to confirm what cannot be
//! undone or for a short aside; everything else belongs on a page.
//!
//! # Manual checks
//! - On open a screen reader reads the dialog's heading; the page behind cannot be reached.
//! - Esc closes it and focus goes back to the button that opened it.
//! - Tab and Shift+Tab never leave the dialog.
//! - At 320 px and 400 % zoom the dialog fits the screen and scrolls inside.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::overlays::modal as words;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::lang;

/// What can take focus inside the dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";

/// The focusable elements of `root`, in order.
fn focusable(root: &web_sys::Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// The dialog; `open` shows and hides it, the content is its children (the actions included).
#[component]
pub fn Modal<C: IntoView + 'static>(
    /// Shown while true; set to false to close.
    open: RwSignal<bool>,
    /// The heading, which names the dialog.
    title: Text,
    /// The content and actions.
    children: TypedChildren<C>,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let title_id = super::unique_id("modal-title");
    let labelled_by = title_id.clone();
    // What had focus before opening, to return to.
    let opener = StoredValue::new_local(None::<HtmlElement>);
    Effect::new(move |_| {
        let Some(element) = dialog.get() else { return };
        if open.get() {
            if element.open() {
                return;
            }
            let active = document()
                .active_element()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            opener.set_value(active);
            let _ = element.show_modal();
            request_animation_frame(move || {
                let Some(element) = dialog.get_untracked() else {
                    return;
                };
                // The first control; the heading (tabindex=-1) when there is none.
                let target = focusable(&element).into_iter().next().or_else(|| {
                    element
                        .query_selector(".modal__title")
                        .ok()
                        .flatten()
                        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                });
                if let Some(target) = target {
                    let _ = target.focus();
                }
            });
        } else {
            if element.open() {
                element.close();
            }
            // Back to the opener, once, however the dialog was closed.
            if let Some(previous) = opener.get_value() {
                opener.set_value(None);
                request_animation_frame(move || {
                    let _ = previous.focus();
                });
            }
        }
    });
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            // The browser would fire `cancel`; closing here too keeps Esc working where it does
            // not (a dialog opened without a user gesture may ignore a second Esc).
            ev.prevent_default();
            open.set(false);
            return;
        }
        if ev.key() != "Tab" {
            return;
        }
        let Some(element) = dialog.get_untracked() else {
            return;
        };
        let all = focusable(&element);
        let (Some(first), Some(last)) = (all.first(), all.last()) else {
            return;
        };
        let active = document().active_element();
        let at = |target: &HtmlElement| active.as_ref() == Some(target.unchecked_ref());
        if ev.shift_key() && at(first) {
            ev.prevent_default();
            let _ = last.focus();
        } else if !ev.shift_key() && at(last) {
            ev.prevent_default();
            let _ = first.focus();
        }
    };
    view! {
        <dialog
            class="modal"
            aria-labelledby=labelled_by
            node_ref=dialog
            on:keydown=keys
            on:cancel=move |ev: leptos::ev::Event| {
                // Esc: close through the state, so focus goes back to the opener.
                ev.prevent_default();
                open.set(false);
            }
            on:close=move |_| {
                // Closed by the browser itself (a `method="dialog"` form): follow it.
                if open.get_untracked() {
                    open.set(false);
                }
            }
        >
            <div class="modal__header">
                <h2 class="modal__title" id=title_id tabindex="-1">{title.get(lang())}</h2>
                <button type="button" class="modal__close" on:click=move |_| open.set(false)>
                    {words::CLOSE.get(lang())}
                </button>
            </div>
            <div class="modal__body">{children.into_inner()()}</div>
        </dialog>
    }
}
