//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn change_links_name_what_they_change() {
    let page = Mounted::new(examples::check_answers);
    settle().await;
    assert_eq!(
        page.text(".summary-list__actions a"),
        "Изменить ответ «Тема»"
    );
    assert_eq!(page.count(".summary-list__row"), 3);
}
