//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, focused, settle, wait};

/// Puts the component's own styles on the test page, so line breaks show as they do in the
/// portal.
fn with_styles(page: &Mounted) {
    let style = leptos::prelude::document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("style.css")));
    page.root().append_child(&style).unwrap();
}

#[wasm_bindgen_test]
async fn a_failed_message_can_be_sent_again() {
    let page = Mounted::new(examples::failed);
    with_styles(&page);
    settle().await;
    assert!(
        page.text(".chat-bubble__state")
            .starts_with("Не отправлено")
    );
    let retry = page.find_html("button.chat-bubble__retry");
    assert_eq!(retry.text_content().as_deref(), Some("Отправить ещё раз"));
    retry.focus().unwrap();
    retry.click();
    settle().await;
    wait(50).await;
    assert_eq!(page.text(".chat-bubble__state-text"), "Отправлено");
    assert_eq!(page.count(".chat-bubble__retry"), 0);
    let state = page.find(".chat-bubble__state");
    assert_eq!(
        focused().as_ref(),
        Some(state.unchecked_ref()),
        "focus stays on the message"
    );
    // The line break is kept in the text and shown as one.
    let text = page.find_html(".chat-bubble__text");
    assert_eq!(
        text.text_content().as_deref(),
        Some("Спасибо!\nКвитанцию пришлю вечером.")
    );
    assert!(text.inner_text().contains('\n'));
}

#[wasm_bindgen_test]
async fn a_conversation_keeps_line_breaks_and_names_the_citizen() {
    let page = Mounted::new(examples::conversation);
    with_styles(&page);
    settle().await;
    assert_eq!(page.count("[role=log] ol > li"), 3);
    assert_eq!(page.text(".chat-bubble--own .chat-bubble__author"), "Вы");
    assert_eq!(
        page.find(".chat-bubble time")
            .get_attribute("datetime")
            .as_deref(),
        Some("2026-11-21T14:02:00+03:00")
    );
    assert_eq!(page.text(".chat-bubble time"), "14:02");
    let operator = page.find_html(".chat-bubble:not(.chat-bubble--own) .chat-bubble__text");
    assert!(
        operator.inner_text().contains('\n'),
        "rendered with its line break"
    );
}

#[wasm_bindgen_test]
async fn every_delivery_state_is_in_words() {
    let page = Mounted::new(examples::delivery);
    settle().await;
    let list = page
        .root()
        .query_selector_all(".chat-bubble__state-text")
        .unwrap();
    let states: Vec<String> = (0..list.length())
        .filter_map(|i| list.get(i).and_then(|n| n.text_content()))
        .collect();
    assert_eq!(
        states,
        ["Прочитано", "Доставлено", "Отправлено", "Не отправлено"]
    );
    assert_eq!(
        page.count(".chat-bubble__retry"),
        1,
        "only the failed one has a button"
    );
}
