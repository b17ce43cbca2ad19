//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, focused, press, settle, wait};

#[wasm_bindgen_test]
async fn tabs_follow_the_arrow_keys_home_and_end() {
    let page = Mounted::new(examples::requests);
    settle().await;
    let selected = || page.find("[role=tab][aria-selected=true]").id();
    assert_eq!(selected(), "tab-open-tab");
    assert_eq!(page.count("[role=tabpanel]:not([hidden])"), 1);
    let list = page.find("[role=tablist]");
    page.find_html("#tab-open-tab").focus().unwrap();
    press(&list, "ArrowRight", false);
    settle().await;
    wait(50).await;
    assert_eq!(selected(), "tab-answered-tab");
    assert_eq!(
        focused().map(|e| e.id()).as_deref(),
        Some("tab-answered-tab")
    );
    assert_eq!(
        page.find("#tab-answered-tab")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );
    assert_eq!(
        page.find("#tab-open-tab")
            .get_attribute("tabindex")
            .as_deref(),
        Some("-1")
    );
    assert!(!page.find("#tab-answered").has_attribute("hidden"));
    assert!(page.find("#tab-open").has_attribute("hidden"));
    press(&list, "End", false);
    settle().await;
    assert_eq!(selected(), "tab-closed-tab");
    press(&list, "ArrowRight", false);
    settle().await;
    assert_eq!(selected(), "tab-open-tab", "wraps to the first");
    press(&list, "Home", false);
    settle().await;
    assert_eq!(selected(), "tab-open-tab");
}
