//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, settle};

#[wasm_bindgen_test]
async fn every_bar_shows_its_value_and_some_days_are_named() {
    let page = Mounted::new(examples::by_day);
    settle().await;
    assert_eq!(page.count(".bar-chart__bar"), 30);
    assert_eq!(page.count(".bar-chart__value"), 30);
    assert_eq!(page.text(".bar-chart__value"), "12");
    assert_eq!(page.text(".bar-chart__label"), "01.11");
    let named = page.count(".bar-chart__label");
    assert!(named > 1 && named < 30, "{named} labels");
    // The full date is in the first bar's tooltip.
    assert_eq!(page.text("g title"), "01.11.2026: 12");
}

#[wasm_bindgen_test]
async fn the_chart_is_one_image_with_a_name_and_a_summary() {
    let page = Mounted::new(examples::by_day);
    settle().await;
    let svg = page.find("svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let named_by = svg.get_attribute("aria-labelledby").unwrap_or_default();
    let ids: Vec<&str> = named_by.split(' ').collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(
        page.text(&format!("[id='{}']", ids[0])),
        "Обращения по дням"
    );
    assert!(
        page.text(&format!("[id='{}']", ids[1]))
            .starts_with("Всего 366 обращений за 30 дней"),
    );
    let region = page.find(".bar-chart");
    assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(
        region
            .get_attribute("aria-label")
            .unwrap_or_default()
            .ends_with("Обращения по дням")
    );
}

#[wasm_bindgen_test]
async fn nothing_counted_still_says_zero() {
    let page = Mounted::new(examples::empty);
    settle().await;
    assert_eq!(page.count(".bar-chart__value"), 7);
    assert_eq!(page.text(".bar-chart__value"), "0");
}
