//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn timeline_orders_events_and_marks_their_times() {
    let page = Mounted::new(examples::newest_first);
    settle().await;
    let first = page.find(".timeline__event time");
    assert_eq!(
        first.get_attribute("datetime").as_deref(),
        Some("2026-11-21T16:05:00+03:00")
    );
    assert_eq!(first.text_content().as_deref(), Some("21.11.2026, 16:05"));
    assert!(page.text(".timeline__status").contains("Статус изменён:"));
    drop(page);
    let page = Mounted::new(examples::oldest_first);
    settle().await;
    assert_eq!(page.text(".timeline__event time"), "20.11.2026, 09:12");
}
