//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn the_language_switch_marks_the_current_language() {
    let page = Mounted::new(examples::signed_out);
    settle().await;
    let current = page.find(".language-switch [aria-current=true]");
    assert_eq!(current.get_attribute("lang").as_deref(), Some("ru"));
    let english = page.find(".language-switch a[hreflang=en]");
    assert_eq!(english.get_attribute("lang").as_deref(), Some("en"));
    assert!(
        english
            .get_attribute("href")
            .unwrap_or_default()
            .contains("lang=en")
    );
}

#[wasm_bindgen_test]
async fn the_bell_says_how_many_are_unread() {
    let page = Mounted::new(examples::signed_in_unread);
    settle().await;
    assert_eq!(page.text(".header__bell"), "Уведомления, 3 непрочитанных3");
    assert_eq!(page.text(".header__badge"), "3");
    let badge = page.find(".header__badge");
    assert_eq!(badge.get_attribute("aria-hidden").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn the_signed_in_name_is_introduced_for_screen_readers() {
    let page = Mounted::new(examples::signed_in);
    settle().await;
    assert_eq!(page.text(".header__name"), "Вы вошли как Иванова А. П.");
    assert_eq!(page.text(".header__button"), "Выйти");
}
