//! The support portal's single-page application: pages, components and a typed API client,
//! all judging input with `shared`'s rules.

pub mod api;
pub mod components;
pub mod page;
pub mod pages;
pub mod shell;

use leptos::prelude::*;
use shared::lang::Lang;

/// The language of the interface. Russian first; English arrives with the language switch.
pub const LANG: Lang = Lang::Ru;

/// Mounts the application into `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(shell::App);
}

/// Sets the document title: «Страница — Поддержка Госуслуг», with «Ошибка: » first when the page
/// shows errors.
pub fn set_title(page: &str, has_errors: bool) {
    let prefix = if has_errors {
        shared::ui::TITLE_ERROR_PREFIX.get(LANG)
    } else {
        ""
    };
    let title = format!("{prefix}{page} — {}", shared::ui::PORTAL_NAME.get(LANG));
    document().set_title(&title);
}
