//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn a_failed_message_can_be_sent_again() {
    let page = Mounted::new(examples::failed);
    settle().await;
    assert!(
        page.text(".chat-bubble__state")
            .starts_with("Не отправлено")
    );
    page.find_html(".chat-bubble__retry").click();
    settle().await;
    assert_eq!(page.text(".chat-bubble__state"), "Отправлено");
    assert_eq!(page.count(".chat-bubble__retry"), 0);
}

#[wasm_bindgen_test]
async fn a_conversation_keeps_line_breaks_and_names_the_citizen() {
    let page = Mounted::new(examples::conversation);
    settle().await;
    assert_eq!(page.count(".chat-log > li"), 3);
    assert_eq!(page.text(".chat-bubble--own .chat-bubble__author"), "Вы");
    let operator = page.text(".chat-bubble:not(.chat-bubble--own) .chat-bubble__text");
    assert!(operator.contains('\n'), "{operator}");
}
