//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn labels_tick_and_untick_their_boxes() {
    let page = Mounted::new(examples::several);
    settle().await;
    let ticked = |id: &str| {
        page.find(&format!("#{id}"))
            .unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    };
    assert!(ticked("notify") && ticked("notify-1") && !ticked("notify-2"));
    page.find_html("label[for=notify-2]").click();
    settle().await;
    assert!(ticked("notify-2"));
    page.find_html("label[for=notify]").click();
    settle().await;
    assert!(!ticked("notify"));
    // The group's hint and its options' hints are tied to them.
    assert_eq!(
        page.find("#notify-1")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("notify-1-item-hint")
    );
}

#[wasm_bindgen_test]
async fn a_consent_not_given_shows_the_rule_s_message() {
    let page = Mounted::new(examples::consent_error);
    settle().await;
    let input = page.find("#consent-error");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(page.text(".error-message").starts_with("Ошибка:"));
}
