//! Helpers of the component tests (each component's `tests.rs`, run in headless Chromium by
//! `cargo test -p app --target wasm32-unknown-unknown --lib`): mount a gallery example into a
//! fresh element, wait for the DOM, find and poke elements. Each test mounts into its own
//! element, removed when the guard drops, so tests do not see each other's DOM.

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A mounted view; unmounted and removed from the page on drop.
pub struct Mounted {
    root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Mounted {
    /// Mounts `render`'s view into a fresh `<div>` at the end of `<body>`.
    pub fn new(render: fn() -> AnyView) -> Mounted {
        let root: HtmlElement = document()
            .create_element("div")
            .expect("a div")
            .unchecked_into();
        document()
            .body()
            .expect("a body")
            .append_child(&root)
            .expect("appended");
        let handle = mount_to(root.clone(), render);
        Mounted {
            root,
            _handle: Box::new(handle),
        }
    }

    /// The element the view is mounted in.
    pub fn root(&self) -> &HtmlElement {
        &self.root
    }

    /// The first element matching `selector`, which must exist.
    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .expect("a valid selector")
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    /// The first element matching `selector`, as an `HtmlElement`.
    pub fn find_html(&self, selector: &str) -> HtmlElement {
        self.find(selector).unchecked_into()
    }

    /// How many elements match `selector`.
    pub fn count(&self, selector: &str) -> u32 {
        self.root
            .query_selector_all(selector)
            .expect("a valid selector")
            .length()
    }

    /// The text of the first element matching `selector`.
    pub fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// The element that has keyboard focus, if any.
pub fn focused() -> Option<Element> {
    document().active_element()
}

/// Lets the reactive system and the DOM catch up.
pub async fn settle() {
    leptos::task::tick().await;
}

/// Waits `ms` milliseconds (for debounced announcements and animation frames).
pub async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Types `text` into the input or textarea as a person would: sets the value and fires `input`.
pub fn type_into(element: &Element, text: &str) {
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(text);
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(text);
    }
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .expect("an input event");
    element.dispatch_event(&event).expect("dispatched");
}

/// Presses `key` on `element` (a `keydown` that bubbles), as the keyboard would.
pub fn press(element: &Element, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a keyboard event");
    element.dispatch_event(&event).expect("dispatched");
}
