//! The language and colour scheme of the interface, chosen once when the page loads.
//!
//! Both come from the address (`?lang=en`, `?theme=dark`), then from what the person chose
//! before (kept in `localStorage`), then from the defaults: Russian, and the device's scheme.
//! Changing either reloads the page, as GOV.UK's language switch does: every text is read once,
//! so no page needs to react to a language change.

use std::cell::Cell;

use leptos::prelude::*;
use shared::lang::Lang;

thread_local! {
    static LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

const LANG_KEY: &str = "lang";
const THEME_KEY: &str = "theme";

/// A colour scheme forced over the device's own preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Light, whatever the device prefers.
    Light,
    /// Dark, whatever the device prefers.
    Dark,
}

impl Theme {
    /// The value of `data-theme` and of `?theme=`.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_code(code: &str) -> Option<Theme> {
        match code {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

fn lang_from_code(code: &str) -> Option<Lang> {
    match code {
        "ru" => Some(Lang::Ru),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The language of the interface.
pub fn lang() -> Lang {
    LANG.with(|cell| {
        cell.get().unwrap_or_else(|| {
            let chosen = chosen(LANG_KEY).and_then(|code| lang_from_code(&code));
            let lang = chosen.unwrap_or_default();
            cell.set(Some(lang));
            lang
        })
    })
}

/// The scheme forced by the person, if any; `None` follows the device (also after `?theme=auto`).
pub fn theme() -> Option<Theme> {
    chosen(THEME_KEY).and_then(|code| Theme::from_code(&code))
}

/// The address of the current page following the device's scheme again.
pub fn href_with_device_theme() -> String {
    href_with(THEME_KEY, "auto")
}

/// Applies the language and scheme to `<html>`: `lang` for screen readers and hyphenation,
/// `data-theme` for the styles.
pub fn apply_to_document() {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.set_attribute("lang", lang().tag());
    match theme() {
        Some(theme) => {
            let _ = root.set_attribute("data-theme", theme.code());
        }
        None => {
            let _ = root.remove_attribute("data-theme");
        }
    }
}

/// The value of `?key=` in the address, remembered for later pages; else the remembered one.
fn chosen(key: &str) -> Option<String> {
    let storage = window().local_storage().ok().flatten();
    let from_address = query_value(key);
    if let (Some(value), Some(storage)) = (&from_address, &storage) {
        let _ = storage.set_item(key, value);
    }
    from_address.or_else(|| storage.and_then(|s| s.get_item(key).ok().flatten()))
}

/// One value of the current address's query.
fn query_value(key: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(key)
}

/// The address of the current page in another language: same path, `?lang=` set.
pub fn href_in(lang: Lang) -> String {
    href_with(LANG_KEY, lang.tag())
}

/// The address of the current page with the scheme forced.
pub fn href_with_theme(theme: Theme) -> String {
    href_with(THEME_KEY, theme.code())
}

/// The current address with `key=value` set in its query.
pub fn href_with(key: &str, value: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    let search = location.search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    match params {
        Some(params) => {
            params.set(key, value);
            format!("{path}?{}", String::from(params.to_string()))
        }
        None => format!("{path}?{key}={value}"),
    }
}
