//! The portal's router: the address as a [`Page`], kept in step with the browser's history.
//!
//! Hand-written, not leptos_router: measured in the portal's main module (2026-12-07), its
//! `Router` and `Routes` with one wildcard route reading `shared::pages` cost 33 KB brotli more
//! than this module (110 → 144 KB), a fifth of the first page's budget; its typed routes would
//! also write every address a second time, beside `shared::pages`. The portal's pages are a
//! closed enum, so routing is two functions on it — [`Page::href`] and [`Page::from_address`] —
//! plus this module: clicks on links to the portal's pages and history moves update one signal,
//! and the shell shows the page that signal names.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{HtmlAnchorElement, MouseEvent};

use shared::pages::Page;

thread_local! {
    static STARTED: std::cell::Cell<Option<Location>> = const { std::cell::Cell::new(None) };
}

/// The page the address names (`None`: no such page), as a signal.
#[derive(Clone, Copy)]
pub struct Location {
    page: RwSignal<Option<Page>>,
}

impl Location {
    /// Reads the current address and starts following link clicks and history moves among
    /// the portal's pages; links to any other address are left to the browser.
    pub fn start() -> Location {
        let location = Location {
            page: RwSignal::new(current()),
        };
        // Kept in a thread-local rather than the reactive context: forms navigate from tasks that
        // run outside any reactive owner.
        STARTED.with(|started| started.set(Some(location)));
        let on_pop = Closure::<dyn Fn()>::new(move || location.page.set(current()));
        window().set_onpopstate(Some(on_pop.as_ref().unchecked_ref()));
        // Both listeners live as long as the page.
        on_pop.forget();
        let on_click = Closure::<dyn Fn(MouseEvent)>::new(move |ev: MouseEvent| {
            if let Some(href) = followed_link(&ev).filter(|href| is_page(href)) {
                ev.prevent_default();
                location.go(&href);
            }
        });
        let _ =
            document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
        location
    }

    /// The page shown.
    pub fn page(self) -> Option<Page> {
        self.page.get()
    }

    /// Shows the page at `href` and records it in the history.
    pub fn go(self, href: &str) {
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
        self.page.set(current());
        // A new page starts at its top with focus on its content, or at the place the link names,
        // once it is drawn.
        match href.split_once('#') {
            Some((_, id)) if !id.is_empty() => show_place(id.to_owned()),
            _ => request_animation_frame(|| {
                // As after a page load: reading starts at the new page's content, at its top.
                if let Some(main) = document()
                    .get_element_by_id("main-content")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = main.focus();
                }
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }),
        }
    }
}

/// For a page that can be opened at a place (the steps a check page's «Изменить» links to, when
/// the address is opened anew): shows the place the address names once it is drawn, with focus
/// there.
pub fn show_place_in_address() {
    let hash = window().location().hash().unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
        show_place(id.to_owned());
    }
}

/// Scrolls to the element `id` and focuses it once it is drawn (a page may draw it a few
/// frames after it starts).
fn show_place(id: String) {
    fn attempt(id: String, frames_left: u8) {
        request_animation_frame(move || match document().get_element_by_id(&id) {
            Some(target) => {
                target.scroll_into_view();
                if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
                    let _ = target.focus();
                }
            }
            None if frames_left > 0 => attempt(id, frames_left - 1),
            None => {}
        });
    }
    attempt(id, 30);
}

/// Whether `href` is one of the portal's pages; other addresses (the gallery, say) are left to
/// the browser (the server answers them).
fn is_page(href: &str) -> bool {
    page_of_href(href.split('#').next().unwrap_or(href)).is_some()
}

/// Shows `page` (from a form's result, say), as following a link to it would; before the
/// router has started (in a component's test, say) the browser loads it.
pub fn navigate(page: &Page) {
    let href = page.href();
    match STARTED.with(std::cell::Cell::get) {
        Some(location) => location.go(&href),
        _ => {
            let _ = window().location().set_href(&href);
        }
    }
}

/// Signing in (`timed_out`: after an idle session ended), then back to the page shown now.
pub fn sign_in_and_return(timed_out: bool) -> Page {
    let then = current()
        .filter(|page| !matches!(page, Page::SignIn { .. }))
        .map(|page| page.href())
        .unwrap_or_default();
    Page::SignIn { timed_out, then }
}

/// The page at `href` (a path with its query, as [`Page::href`] writes it), if it is one; not
/// for an empty or relative `href`.
pub fn page_of_href(href: &str) -> Option<Page> {
    if !href.starts_with('/') {
        return None;
    }
    let (path, search) = href.split_once('?').unwrap_or((href, ""));
    page_at(path, search)
}

/// The page the browser's address names now.
fn current() -> Option<Page> {
    let location = window().location();
    page_at(
        &location.pathname().unwrap_or_default(),
        &location.search().unwrap_or_default(),
    )
}

/// The page at `path` with the query `search` (with or without its `?`).
fn page_at(path: &str, search: &str) -> Option<Page> {
    let query = web_sys::UrlSearchParams::new_with_str(search).ok();
    Page::from_address(path, |key| query.as_ref().and_then(|q| q.get(key)))
}

/// The address of a link this click follows inside the portal, or `None` to let the browser
/// handle it: modified clicks, other windows, downloads, other sites, `rel="external"`.
fn followed_link(ev: &MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor: HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    let external = anchor
        .get_attribute("rel")
        .is_some_and(|rel| rel.contains("external"));
    if external || !anchor.target().is_empty() || anchor.has_attribute("download") {
        return None;
    }
    let here = window().location();
    if anchor.origin() != here.origin().ok()? {
        return None;
    }
    let (path, search, hash) = (anchor.pathname(), anchor.search(), anchor.hash());
    // A link to a place on the same page is the browser's to follow.
    if !hash.is_empty() && path == here.pathname().ok()? && search == here.search().ok()? {
        return None;
    }
    Some(format!("{path}{search}{hash}"))
}
