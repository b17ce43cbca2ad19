//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn a_busy_button_says_so_and_stays_focusable() {
    let page = Mounted::new(examples::busy);
    settle().await;
    let button = page.find_html("button");
    assert_eq!(
        button.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert!(
        !button.has_attribute("disabled"),
        "never disabled: focus must not drop"
    );
    assert_eq!(page.count("button .button__spinner"), 1);
    let busy_words = button.text_content().unwrap_or_default();
    // The example's second button ends the busy state.
    page.find_html(".button--secondary").click();
    settle().await;
    assert_eq!(button.get_attribute("aria-disabled"), None);
    assert_eq!(page.count("button .button__spinner"), 0);
    assert_ne!(button.text_content().unwrap_or_default(), busy_words);
}
