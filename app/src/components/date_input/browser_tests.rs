//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn date_input_marks_every_part_when_the_rule_fails() {
    let page = Mounted::new(examples::error);
    settle().await;
    assert_eq!(page.count("input[aria-invalid=true]"), 3);
    assert_eq!(
        page.text(".error-message"),
        "Ошибка: Дата рождения должна быть в прошлом"
    );
    let fieldset = page.find("fieldset");
    let described = fieldset
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    assert!(described.contains("birth-date-error-error"), "{described}");
}
