//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn every_status_has_its_tag() {
    let page = Mounted::new(examples::every_status);
    settle().await;
    let tags = page.root().query_selector_all(".tag").unwrap();
    let words: Vec<String> = (0..tags.length())
        .filter_map(|i| tags.get(i)?.text_content())
        .collect();
    assert_eq!(
        words,
        [
            "Принято",
            "В работе",
            "Ожидание документов",
            "Завершено",
            "Отказано"
        ]
    );
}
