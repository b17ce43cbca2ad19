//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn table_sorts_by_a_column_and_says_so() {
    let page = Mounted::new(examples::sortable);
    settle().await;
    let numbers = || {
        let cells = page
            .root()
            .query_selector_all("tbody tr td:first-child")
            .unwrap();
        (0..cells.length())
            .filter_map(|i| cells.get(i)?.text_content())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        numbers(),
        ["ОБР-2026-000009", "ОБР-2026-000017", "ОБР-2026-000023"]
    );
    let days = page.find("th:nth-child(4)");
    assert_eq!(days.get_attribute("aria-sort").as_deref(), Some("none"));
    let button = page.find_html("th:nth-child(4) button");
    button.click();
    settle().await;
    assert_eq!(
        numbers(),
        ["ОБР-2026-000009", "ОБР-2026-000017", "ОБР-2026-000023"]
    );
    assert_eq!(
        days.get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    button.click();
    settle().await;
    assert_eq!(
        numbers(),
        ["ОБР-2026-000023", "ОБР-2026-000017", "ОБР-2026-000009"]
    );
    assert_eq!(
        days.get_attribute("aria-sort").as_deref(),
        Some("descending")
    );
    assert_eq!(
        page.find("th:nth-child(1)")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("none")
    );
    // The topic column does not sort: no button, no aria-sort.
    assert_eq!(page.count("th:nth-child(2) button"), 0);
    assert_eq!(
        page.find("th:nth-child(2)").get_attribute("aria-sort"),
        None
    );
}

#[wasm_bindgen_test]
async fn an_empty_table_says_so_in_words() {
    let page = Mounted::new(examples::empty);
    settle().await;
    assert!(page.text(".table__empty").starts_with("Обращений пока нет"));
    assert_eq!(page.count(".table__row"), 0);
}
