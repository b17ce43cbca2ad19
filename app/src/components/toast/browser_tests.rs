//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle, wait};

/// A little longer than a toast's time.
fn past_its_time() -> i32 {
    super::SHOWN_FOR.as_millis() as i32 + 300
}

#[wasm_bindgen_test]
async fn toast_is_a_status_and_stays_while_held() {
    let page = Mounted::new(examples::saved);
    settle().await;
    wait(50).await;
    assert_eq!(page.count("[role=status][aria-live=polite] .toast"), 1);
    assert_eq!(page.text(".toast__text"), "Черновик сохранён");
    // Focus in the toast holds it past its time.
    page.find_html(".toast__close").focus().unwrap();
    wait(past_its_time()).await;
    assert_eq!(page.count(".toast"), 1, "held while focused");
    page.find_html(".toast__close").blur().unwrap();
    wait(past_its_time()).await;
    assert_eq!(page.count(".toast"), 0, "gone once let go");
}

#[wasm_bindgen_test]
async fn toasts_stack_go_on_their_own_and_close_on_request() {
    let page = Mounted::new(examples::stacked);
    settle().await;
    page.find_html("button").click();
    settle().await;
    assert_eq!(page.count("[role=status] .toast"), 3, "stacked");
    page.find_html(".toast__close").click();
    settle().await;
    assert_eq!(page.count(".toast"), 2, "the close button hides one");
    assert_eq!(page.text(".toast__text"), "Файл добавлен к обращению");
    wait(past_its_time()).await;
    assert_eq!(page.count(".toast"), 0, "the others go after their time");
}
