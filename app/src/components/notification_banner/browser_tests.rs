//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn each_kind_of_banner_has_its_title_and_role() {
    for (example, title, role) in [
        (
            examples::information as fn() -> leptos::prelude::AnyView,
            "Важно",
            "region",
        ),
        (examples::success, "Готово", "alert"),
        (examples::warning, "Не получилось", "alert"),
    ] {
        let page = Mounted::new(example);
        settle().await;
        assert_eq!(page.text(".notification-banner__title"), title);
        let banner = page.find(".notification-banner");
        assert_eq!(banner.get_attribute("role").as_deref(), Some(role));
        let labelled_by = banner.get_attribute("aria-labelledby").unwrap_or_default();
        assert_eq!(page.find(".notification-banner__title").id(), labelled_by);
    }
}
