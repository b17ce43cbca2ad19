//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle, wait};

#[wasm_bindgen_test]
async fn toast_is_a_status_and_stays_while_held() {
    let page = Mounted::new(examples::saved);
    settle().await;
    assert_eq!(page.count("[role=status] .toast"), 1);
    assert_eq!(page.text(".toast__text"), "Черновик сохранён");
    // Focus in the toast holds it past its time.
    page.find_html(".toast__close").focus().unwrap();
    wait(super::SHOWN_FOR.as_millis() as i32 + 300).await;
    assert_eq!(page.count(".toast"), 1, "held while focused");
    page.find_html(".toast__close").blur().unwrap();
    wait(super::SHOWN_FOR.as_millis() as i32 + 300).await;
    assert_eq!(page.count(".toast"), 0, "gone once let go");
}
