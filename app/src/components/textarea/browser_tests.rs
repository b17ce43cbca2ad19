//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle, type_into, wait};

#[wasm_bindgen_test]
async fn character_count_follows_typing_in_real_russian() {
    let page = Mounted::new(examples::empty);
    settle().await;
    assert_eq!(
        page.text(".character-count__message"),
        "Осталось 4000 символов"
    );
    let area = page.find("textarea");
    type_into(&area, "Не работает вход");
    settle().await;
    assert_eq!(
        page.text(".character-count__message"),
        "Осталось 3984 символа"
    );
    // The live region speaks once typing pauses, not at every key.
    assert_eq!(page.text("[aria-live=polite]"), "");
    wait(1200).await;
    assert_eq!(page.text("[aria-live=polite]"), "Осталось 3984 символа");
    type_into(&area, &"а".repeat(4001));
    settle().await;
    assert_eq!(
        page.text(".character-count__message"),
        "На 1 символ больше, чем можно"
    );
    assert_eq!(page.count(".character-count__message--over"), 1);
    // The count is part of the field's description.
    let described = area.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.contains("message-info"), "{described}");
}
