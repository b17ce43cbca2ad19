//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn password_can_be_shown_and_hidden_with_an_announcement() {
    let page = Mounted::new(examples::current);
    settle().await;
    let input = page.find("#password");
    assert_eq!(input.get_attribute("type").as_deref(), Some("password"));
    assert_eq!(
        input.get_attribute("autocomplete").as_deref(),
        Some("current-password")
    );
    let toggle = page.find_html("button[aria-controls=password]");
    assert_eq!(toggle.text_content().unwrap_or_default(), "Показать пароль");
    toggle.click();
    settle().await;
    assert_eq!(input.get_attribute("type").as_deref(), Some("text"));
    assert_eq!(toggle.text_content().unwrap_or_default(), "Скрыть пароль");
    assert_eq!(page.text("[aria-live=polite]"), "Пароль показан");
    toggle.click();
    settle().await;
    assert_eq!(input.get_attribute("type").as_deref(), Some("password"));
    assert_eq!(page.text("[aria-live=polite]"), "Пароль скрыт");
}
