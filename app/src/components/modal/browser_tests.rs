//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, focused, press, settle, wait};

#[wasm_bindgen_test]
async fn modal_traps_focus_and_returns_it_to_the_opener() {
    let page = Mounted::new(examples::confirm);
    settle().await;
    let opener = page.find_html("button");
    let dialog = page
        .find("dialog")
        .unchecked_into::<web_sys::HtmlDialogElement>();
    assert!(!dialog.open());
    opener.focus().unwrap();
    opener.click();
    settle().await;
    wait(50).await;
    assert!(dialog.open());
    let close = page.find_html(".modal__close");
    assert_eq!(
        focused().as_ref(),
        Some(close.unchecked_ref()),
        "focus goes inside"
    );
    // Shift+Tab on the first control wraps to the last; Tab on the last wraps to the first.
    press(&close, "Tab", true);
    settle().await;
    let last = page.find_html(".modal .button--secondary");
    assert_eq!(focused().as_ref(), Some(last.unchecked_ref()));
    press(&last, "Tab", false);
    assert_eq!(focused().as_ref(), Some(close.unchecked_ref()));
    // Esc makes the browser fire `cancel`.
    let cancel = web_sys::Event::new_with_event_init_dict("cancel", &{
        let init = web_sys::EventInit::new();
        init.set_cancelable(true);
        init
    })
    .unwrap();
    dialog.dispatch_event(&cancel).unwrap();
    settle().await;
    wait(50).await;
    assert!(!dialog.open());
    assert_eq!(
        focused().as_ref(),
        Some(opener.unchecked_ref()),
        "focus returns to the opener"
    );
}

/// Opens the example's dialog from its opener; returns the opener and the dialog.
async fn open(page: &Mounted) -> (web_sys::HtmlElement, web_sys::HtmlDialogElement) {
    let opener = page.find_html("button");
    let dialog = page
        .find("dialog")
        .unchecked_into::<web_sys::HtmlDialogElement>();
    opener.focus().unwrap();
    opener.click();
    settle().await;
    wait(50).await;
    assert!(dialog.open());
    (opener, dialog)
}

#[wasm_bindgen_test]
async fn escape_and_the_close_button_close_it_and_return_focus() {
    let page = Mounted::new(examples::confirm);
    settle().await;
    let (opener, dialog) = open(&page).await;
    let title = page.find(".modal__title");
    assert_eq!(
        dialog.get_attribute("aria-labelledby"),
        title.get_attribute("id"),
        "named by its heading"
    );
    press(&page.find(".modal__close"), "Escape", false);
    settle().await;
    wait(50).await;
    assert!(!dialog.open(), "Esc closes");
    assert_eq!(focused().as_ref(), Some(opener.unchecked_ref()));

    let (opener, dialog) = open(&page).await;
    page.find_html(".modal__close").click();
    settle().await;
    wait(50).await;
    assert!(!dialog.open(), "«Закрыть» closes");
    assert_eq!(page.text(".modal__close"), "Закрыть");
    assert_eq!(focused().as_ref(), Some(opener.unchecked_ref()));
}

#[wasm_bindgen_test]
async fn tab_stays_on_the_only_control() {
    let page = Mounted::new(examples::long_text);
    settle().await;
    let (opener, dialog) = open(&page).await;
    let close = page.find_html(".modal__close");
    assert_eq!(focused().as_ref(), Some(close.unchecked_ref()));
    press(&close, "Tab", false);
    assert_eq!(focused().as_ref(), Some(close.unchecked_ref()));
    press(&close, "Tab", true);
    assert_eq!(focused().as_ref(), Some(close.unchecked_ref()));
    // The browser closing it (as a `method="dialog"` form would) keeps the state in step.
    dialog.close();
    settle().await;
    wait(50).await;
    assert_eq!(
        focused().as_ref(),
        Some(opener.unchecked_ref()),
        "the state followed the browser and focus went back"
    );
}
