//! Tabs, as the WAI-ARIA tabs pattern has them: a `tablist` of `tab` buttons, each controlling
//! its `tabpanel`. Only the selected tab is in the Tab order (roving `tabindex`); the arrow keys
//! move between tabs, Home and End to the first and last, and selecting follows focus. Panels
//! not shown are `hidden`, and each panel is labelled by its tab.
//!
//! # Manual checks
//! - Tab reaches the selected tab, then goes into its panel, not to the other tabs.
//! - Left and Right move and select; a screen reader says «вкладка, 2 из 3, выбрана».
//! - At 320 px the tabs wrap and stay readable.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;
use wasm_bindgen::JsCast;

use crate::lang;

/// One tab and its panel.
pub struct TabPanel {
    /// Element id of the panel; the tab gets `<id>-tab`.
    pub id: &'static str,
    /// The tab's words.
    pub label: Text,
    /// The panel's content.
    pub content: ViewFn,
}

/// The tab to select after `key` when `current` of `count` is selected, if the key moves.
pub fn next_tab(key: &str, current: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match key {
        "ArrowRight" | "ArrowDown" => Some((current + 1) % count),
        "ArrowLeft" | "ArrowUp" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// The tabs and their panels.
#[component]
pub fn Tabs(
    /// What the tabs are about, for the `tablist`'s label.
    label: Text,
    /// The tabs, in order.
    panels: Vec<TabPanel>,
    /// The tab selected at first.
    #[prop(optional)]
    selected: usize,
) -> impl IntoView {
    let selected = RwSignal::new(selected);
    let count = panels.len();
    let ids: Vec<&'static str> = panels.iter().map(|p| p.id).collect();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(next) = next_tab(&ev.key(), selected.get_untracked(), count) else {
            return;
        };
        ev.prevent_default();
        selected.set(next);
        let tab_id = format!("{}-tab", ids[next]);
        // Focus the new tab once it is the one in the Tab order.
        request_animation_frame(move || {
            if let Some(tab) = document()
                .get_element_by_id(&tab_id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = tab.focus();
            }
        });
    };
    let tabs = panels
        .iter()
        .enumerate()
        .map(|(index, panel)| {
            let is_selected = move || selected.get() == index;
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tabs__tab"
                    id=format!("{}-tab", panel.id)
                    aria-controls=panel.id
                    aria-selected=move || if is_selected() { "true" } else { "false" }
                    tabindex=move || if is_selected() { "0" } else { "-1" }
                    on:click=move |_| selected.set(index)
                >
                    {panel.label.get(lang())}
                </button>
            }
        })
        .collect_view();
    let bodies = panels
        .into_iter()
        .enumerate()
        .map(|(index, panel)| {
            view! {
                <div
                    class="tabs__panel"
                    role="tabpanel"
                    id=panel.id
                    aria-labelledby=format!("{}-tab", panel.id)
                    tabindex="0"
                    hidden=move || selected.get() != index
                >
                    {panel.content.run()}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="tabs">
            <div class="tabs__list" role="tablist" aria-label=label.get(lang()) on:keydown=on_keydown>
                {tabs}
            </div>
            {bodies}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::next_tab;

    #[test]
    fn arrows_wrap_and_home_end_jump() {
        assert_eq!(next_tab("ArrowRight", 2, 3), Some(0));
        assert_eq!(next_tab("ArrowLeft", 0, 3), Some(2));
        assert_eq!(next_tab("Home", 2, 3), Some(0));
        assert_eq!(next_tab("End", 0, 3), Some(2));
        assert_eq!(next_tab("Enter", 1, 3), None);
        assert_eq!(next_tab("ArrowRight", 0, 0), None);
    }
}
