//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn identifiers_stay_as_typed_and_checksums_are_judged_by_shared() {
    let page = Mounted::new(examples::snils_check_digits);
    settle().await;
    let input = page
        .find("#snils-check")
        .unchecked_into::<web_sys::HtmlInputElement>();
    assert_eq!(input.value(), "112-233-445 96");
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(
        page.text(".error-message"),
        "Ошибка: Проверьте СНИЛС: в номере есть ошибка"
    );
}
