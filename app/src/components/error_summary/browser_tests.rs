//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, focused, settle, wait};

#[wasm_bindgen_test]
async fn error_summary_takes_focus_and_its_links_focus_the_fields() {
    let page = Mounted::new(examples::form);
    settle().await;
    assert_eq!(page.count(".error-summary"), 0);
    page.find_html("button[type=submit]").click();
    settle().await;
    // Focus moves on the next animation frame, once the summary is on the page.
    wait(100).await;
    let summary = page.find(".error-summary");
    assert_eq!(focused().as_ref(), Some(&summary));
    assert_eq!(page.count(".error-summary__list a"), 2);
    let first = page.find_html(".error-summary__list a");
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("#summary-email")
    );
    // The link's words are the field's own error.
    let inline = page.text("#summary-email-error");
    assert!(
        inline.ends_with(&first.text_content().unwrap_or_default()),
        "{inline}"
    );
    first.click();
    settle().await;
    assert_eq!(focused().as_ref(), Some(&page.find("#summary-email")));
    assert_eq!(
        page.find("#summary-email")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
}
