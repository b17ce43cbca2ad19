//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle, wait};

#[wasm_bindgen_test]
async fn spinner_is_a_status_that_says_loading() {
    let page = Mounted::new(examples::spinner);
    settle().await;
    assert_eq!(page.text("[role=status] .visually-hidden"), "Загрузка…");
    assert_eq!(
        page.find(".spinner__ring")
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );
    drop(page);
    let page = Mounted::new(examples::with_label);
    settle().await;
    assert_eq!(
        page.count("[role=status] .visually-hidden"),
        0,
        "its words are shown"
    );
    assert_eq!(page.text("[role=status]"), "Загружаем обращения…");
}

#[wasm_bindgen_test]
async fn skeleton_is_busy_hidden_and_gives_way_to_the_content() {
    let page = Mounted::new(examples::busy);
    settle().await;
    let region = page.find(".skeleton");
    assert_eq!(region.get_attribute("aria-busy").as_deref(), Some("true"));
    assert_eq!(
        page.find(".skeleton__bar")
            .parent_element()
            .and_then(|p| p.get_attribute("aria-hidden"))
            .as_deref(),
        Some("true")
    );
    wait(2300).await;
    assert_eq!(region.get_attribute("aria-busy").as_deref(), Some("false"));
    assert_eq!(page.count(".skeleton__bar"), 0);
    assert!(page.text(".skeleton").contains("Обращение № 2026-000123"));
}
