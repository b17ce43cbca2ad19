//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

/// The `datetime` attributes of the entries' times, in the order shown.
fn times(page: &Mounted) -> Vec<String> {
    let list = page
        .root()
        .query_selector_all("ol.timeline > li.timeline__event time[datetime]")
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|node| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node)
                .ok()
                .and_then(|e| e.get_attribute("datetime"))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn timeline_orders_events_and_marks_their_times() {
    let page = Mounted::new(examples::newest_first);
    settle().await;
    assert_eq!(
        times(&page),
        [
            "2026-11-21T16:05:00+03:00",
            "2026-11-20T11:40:00+03:00",
            "2026-11-20T09:12:00+03:00"
        ]
    );
    let first = page.find(".timeline__event time");
    assert_eq!(first.text_content().as_deref(), Some("21.11.2026, 16:05"));
    let change = page.text(".timeline__status");
    assert!(change.contains("Статус изменён:"), "{change}");
    assert!(change.contains("В работе"), "{change}");
    assert!(change.contains("Ожидание документов"), "{change}");
    drop(page);
    let page = Mounted::new(examples::oldest_first);
    settle().await;
    assert_eq!(
        times(&page),
        [
            "2026-11-20T09:12:00+03:00",
            "2026-11-20T11:40:00+03:00",
            "2026-11-21T16:05:00+03:00"
        ]
    );
    assert_eq!(page.text(".timeline__event time"), "20.11.2026, 09:12");
}

#[wasm_bindgen_test]
async fn times_are_moscow_times_and_an_empty_journal_says_so() {
    let page = Mounted::new(examples::long_text);
    settle().await;
    assert_eq!(times(&page), ["2026-11-23T00:30:00+03:00"]);
    assert_eq!(page.text(".timeline__event time"), "23.11.2026, 00:30");
    drop(page);
    let page = Mounted::new(examples::empty);
    settle().await;
    assert_eq!(page.count("ol"), 0);
    assert_eq!(page.text(".timeline__empty"), "Событий пока нет.");
}
