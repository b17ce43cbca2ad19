//! The design system: every part pages are built from. Each component has its own folder with
//! its code (`mod.rs`, whose documentation ends with the checks to make by hand), its styles
//! (`style.css`, joined by `scripts/bundle-css.sh`), its gallery examples (`examples.rs`) and its
//! tests in the browser (`browser_tests.rs`), whose fixtures are those examples.

pub mod back_link;
pub mod bar_chart;
pub mod button;
pub mod chat_bubble;
pub mod checkboxes;
pub mod date_input;
pub mod deadline_badge;
pub mod details;
pub mod error_message;
pub mod error_summary;
pub mod field;
pub mod fieldset;
pub mod file_upload;
pub mod hint;
pub mod identifier_input;
pub mod layout;
pub mod modal;
pub mod notification_banner;
pub mod one_time_code;
pub mod pagination;
pub mod panel;
pub mod password_input;
pub mod phone_input;
pub mod radios;
pub mod search_box;
pub mod select;
pub mod spinner;
pub mod status_tag;
pub mod summary_list;
pub mod table;
pub mod tabs;
pub mod text_input;
pub mod textarea;
pub mod timeline;
pub mod toast;

use std::cell::Cell;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A fresh element id starting with `prefix`, for components that may appear more than once on
/// a page and need ids of their own (`aria-labelledby`, `aria-controls`).
pub fn unique_id(prefix: &str) -> String {
    let n = NEXT_ID.with(|next| {
        let n = next.get();
        next.set(n + 1);
        n
    });
    format!("{prefix}-{n}")
}
