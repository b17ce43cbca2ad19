//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn pagination_marks_the_current_page_and_folds_the_rest() {
    let page = Mounted::new(examples::middle);
    settle().await;
    assert_eq!(page.text("[aria-current=page]"), "Страница 5");
    assert_eq!(page.count(".pagination__item--gap"), 2);
    assert_eq!(
        page.find("a[rel=prev]").get_attribute("href").as_deref(),
        Some("?page=4")
    );
    assert_eq!(
        page.find("a[rel=next]").get_attribute("href").as_deref(),
        Some("?page=6")
    );
}
