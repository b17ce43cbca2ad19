//! The support portal's single-page application: pages, components and a typed API client,
//! all judging input with `shared`'s rules.

pub mod api;
#[cfg(feature = "split")]
pub mod chunks;
pub mod components;
pub mod draft;
pub mod gallery;
pub mod live;
pub mod locale;
pub mod pages;
pub mod router;
pub mod session;
#[cfg(all(test, target_arch = "wasm32"))]
mod testing;

#[cfg(feature = "split")]
pub mod shell;
#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use leptos::prelude::*;

pub use locale::lang;

/// Mounts an application (the portal, or the gallery) into `<body>` in the chosen language and scheme.
pub fn start_with<View: IntoView + 'static>(app: fn() -> View) {
    locale::apply_to_document();
    leptos::mount::mount_to_body(app);
}

/// Sets the document title: «Страница — Поддержка Госуслуг», with «Ошибка: » first when the page
/// shows errors.
pub fn set_title(page: &str, has_errors: bool) {
    let prefix = if has_errors {
        shared::ui::TITLE_ERROR_PREFIX.get(lang())
    } else {
        ""
    };
    let title = format!("{prefix}{page} — {}", shared::ui::PORTAL_NAME.get(lang()));
    document().set_title(&title);
}

/// Moves focus to the element `id` once the redraw that shows it is done.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        let element = document().get_element_by_id(&id);
        if let Some(element) =
            element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}

/// The current moment, from the browser's clock.
pub fn now() -> time::OffsetDateTime {
    let millis = js_sys::Date::now() as i128;
    time::OffsetDateTime::from_unix_timestamp_nanos(millis * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}
