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
