//! Live updates of the operator console: the server's events (`shared::console::CONSOLE_EVENTS_PATH`)
//! through the browser's `EventSource`, which reconnects by itself after a dropped connection.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use shared::console::CONSOLE_EVENTS_PATH;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{EventSource, MessageEvent};

/// Runs `redraw` (which replaces part of the page) and puts the keyboard focus back where it was:
/// on the element with the same id, or the link to the same address. A refresh nobody asked for
/// must not throw a keyboard or screen-reader user back to the top of the page.
pub fn keeping_focus(redraw: impl FnOnce()) {
    let focused = document().active_element();
    let id = focused
        .as_ref()
        .map(web_sys::Element::id)
        .unwrap_or_default();
    let href = focused
        .as_ref()
        .and_then(|element| element.get_attribute("href"))
        .unwrap_or_default();
    redraw();
    if id.is_empty() && href.is_empty() {
        return;
    }
    request_animation_frame(move || {
        let document = document();
        let again = if id.is_empty() {
            document
                .query_selector(&format!("main a[href=\"{href}\"]"))
                .ok()
                .flatten()
        } else {
            document.get_element_by_id(&id)
        };
        let same = again.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = same
            && document.active_element().is_none_or(|now| now != *element)
        {
            let _ = element.focus();
        }
    });
}

/// Calls `on_change` with each change's JSON (`{"number": …}`, or `{}` after the stream fell
/// behind) for as long as the calling component lives.
pub fn on_console_change(on_change: impl Fn(String) + 'static) {
    let Ok(source) = EventSource::new(CONSOLE_EVENTS_PATH) else {
        return;
    };
    let listener = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        on_change(event.data().as_string().unwrap_or_default());
    });
    if source
        .add_event_listener_with_callback("change", listener.as_ref().unchecked_ref())
        .is_err()
    {
        source.close();
        return;
    }
    // The listener lives exactly as long as the stream: both go when the page does.
    let held = SendWrapper::new((source, listener));
    on_cleanup(move || {
        let (source, _listener) = held.take();
        source.close();
    });
}
