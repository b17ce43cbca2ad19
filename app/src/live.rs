//! Live updates from the server's event streams — the operator console's changes
//! (`shared::console::CONSOLE_EVENTS_PATH`), the unread notifications under the bell
//! (`shared::notifications::NOTIFICATION_EVENTS_PATH`) — through the browser's `EventSource`
//! (gloo-net's stream of its events; 1.6 KB brotli of the main module over the hand-written
//! listener it replaced), which reconnects by itself after a dropped connection.
//!
//! A browser keeps a page it leaves for a while, to show it again at once on «Назад» (the
//! back/forward cache), and with it the page's open streams: every signed-in page has one for
//! the bell, and a few pages so kept would take all the connections a browser opens to one site
//! (six), so that no request of the page shown could go out. So a page closes its streams when it
//! is hidden, and a page shown again from that cache loads anew (its lists would be stale anyway).

use std::cell::{Cell, RefCell};

use futures::StreamExt;
use gloo_net::eventsource::futures::EventSource;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use shared::notifications::{NOTIFICATION_EVENTS_PATH, Unread};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::PageTransitionEvent;

thread_local! {
    /// The page's open streams, to close when the page is hidden (dropping one closes it).
    static OPEN: RefCell<Vec<(u32, EventSource)>> = const { RefCell::new(Vec::new()) };
    /// The number the next stream opened is known by.
    static NEXT: Cell<u32> = const { Cell::new(0) };
    /// Whether the page's hiding and showing are watched yet.
    static WATCHED: Cell<bool> = const { Cell::new(false) };
}

/// Once per page: closes every stream when the page is hidden, and loads the page anew when the
/// browser shows it again from its back/forward cache.
fn watch_the_page() {
    if WATCHED.with(|watched| watched.replace(true)) {
        return;
    }
    let on_hide = Closure::<dyn Fn()>::new(|| {
        // Taken out before they are dropped: closing one ends its reader, which must find the
        // list free.
        let open = OPEN.with(|open| std::mem::take(&mut *open.borrow_mut()));
        drop(open);
    });
    let on_show = Closure::<dyn Fn(PageTransitionEvent)>::new(|event: PageTransitionEvent| {
        if event.persisted() {
            let _ = window().location().reload();
        }
    });
    let window = window();
    let _ = window.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
    // Both live as long as the page.
    on_hide.forget();
    on_show.forget();
}

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

/// An open event stream: it is closed, and the task reading it ends, when this is dropped.
pub struct Stream {
    id: u32,
}

impl Drop for Stream {
    fn drop(&mut self) {
        let source = OPEN.with(|open| {
            let mut open = open.borrow_mut();
            let at = open.iter().position(|(id, _)| *id == self.id)?;
            Some(open.swap_remove(at))
        });
        // Dropped outside the borrow: closing it wakes its reader.
        drop(source);
    }
}

/// Opens the stream at `path` and calls `on_event` with the data of each event called `name`
/// (`message` for events without a name) until the stream is dropped.
pub fn open(path: &str, name: &str, on_event: impl Fn(String) + 'static) -> Option<Stream> {
    watch_the_page();
    let mut source = EventSource::new(path).ok()?;
    let mut events = source.subscribe(name).ok()?;
    let id = NEXT.with(|next| next.replace(next.get().wrapping_add(1)));
    OPEN.with(|open| open.borrow_mut().push((id, source)));
    // The browser reconnects by itself after a dropped connection; the events end (an error)
    // once the source is closed — by its `Stream`, by the page being hidden, or by the browser
    // itself when an answer is no event stream (a session that ended, say).
    leptos::task::spawn_local(async move {
        while let Some(Ok((_, event))) = events.next().await {
            on_event(event.data().as_string().unwrap_or_default());
        }
    });
    Some(Stream { id })
}

/// [`open`] for as long as the calling component lives.
pub fn follow(path: &str, name: &str, on_event: impl Fn(String) + 'static) {
    if let Some(stream) = open(path, name, on_event) {
        let held = SendWrapper::new(stream);
        on_cleanup(move || drop(held.take()));
    }
}

/// Opens the stream of the signed-in person's unread notifications, which calls `on_count` with
/// their number at once and after every change, until it is dropped.
pub fn open_unread(on_count: impl Fn(u32) + 'static) -> Option<Stream> {
    open(NOTIFICATION_EVENTS_PATH, "message", move |data| {
        let parsed = js_sys::JSON::parse(&data).ok();
        if let Some(Ok(Unread { unread })) = parsed.map(serde_wasm_bindgen::from_value::<Unread>) {
            on_count(unread);
        }
    })
}
