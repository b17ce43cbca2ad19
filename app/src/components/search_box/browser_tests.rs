//! Behaviour of the search box in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, press, settle, type_into};

#[wasm_bindgen_test]
async fn typing_opens_a_listbox_and_announces_its_count() {
    let page = Mounted::new(examples::suggesting);
    settle().await;
    let input = page.find("input[role=combobox]");
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    // One letter suggests nothing.
    type_into(&input, "в");
    settle().await;
    assert_eq!(page.count("[role=option]"), 0);
    type_into(&input, "вход");
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(page.count("[role=listbox] [role=option]"), 2);
    assert!(page.text("[role=status]").starts_with("Подсказок: 2."));
    type_into(&input, "вход зеркало");
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(page.text("[role=status]").starts_with("Подсказок нет"));
}

#[wasm_bindgen_test]
async fn arrows_move_the_active_suggestion_and_enter_opens_it() {
    let page = Mounted::new(examples::typed);
    settle().await;
    let input = page.find("input[role=combobox]");
    type_into(&input, "вход");
    settle().await;
    press(&input, "ArrowDown", false);
    settle().await;
    let first = page.find("[role=option]").id();
    assert_eq!(
        input.get_attribute("aria-activedescendant"),
        Some(first.clone())
    );
    assert_eq!(page.count("[aria-selected=true]"), 1);
    press(&input, "ArrowDown", false);
    press(&input, "ArrowDown", false);
    settle().await;
    // Past the last, back to the first.
    assert_eq!(input.get_attribute("aria-activedescendant"), Some(first));
    press(&input, "Enter", false);
    settle().await;
    assert_eq!(page.text(".search-box__chosen"), "#suggestion-0");
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn escape_closes_the_list() {
    let page = Mounted::new(examples::typed);
    settle().await;
    let input = page.find("input[role=combobox]");
    type_into(&input, "вход");
    settle().await;
    press(&input, "Escape", false);
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(page.find("[role=listbox]").has_attribute("hidden"));
}
