//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn a_radio_is_chosen_by_its_label_and_only_one_at_a_time() {
    let page = Mounted::new(examples::with_hints);
    settle().await;
    let checked = |selector: &str| {
        page.find(selector)
            .unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    };
    assert!(checked("#reply-channel-hints-1"));
    page.find_html("label[for=reply-channel-hints]").click();
    settle().await;
    assert!(checked("#reply-channel-hints"));
    assert!(!checked("#reply-channel-hints-1"));
    // Each option's hint is tied to it.
    assert_eq!(
        page.find("#reply-channel-hints")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("reply-channel-hints-item-hint")
    );
}
