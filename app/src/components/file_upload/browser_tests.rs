//! Behaviour of the component in headless Chromium, with its gallery examples as fixtures.

use wasm_bindgen_test::*;

use super::examples;
use crate::testing::{Mounted, focused, settle, wait};

#[wasm_bindgen_test]
async fn file_list_shows_name_size_and_removes_with_an_announcement() {
    let page = Mounted::new(examples::chosen);
    settle().await;
    assert_eq!(page.count(".file-list__item"), 2);
    assert_eq!(page.text(".file-list__name"), "справка.pdf");
    assert_eq!(page.text(".file-list__size"), "240 КБ");
    let remove = page.find_html(".file-list__item button");
    assert_eq!(
        remove.text_content().unwrap_or_default(),
        "Удалить справка.pdf"
    );
    remove.click();
    settle().await;
    assert_eq!(page.count(".file-list__item"), 1);
    assert_eq!(
        page.text("[aria-live=polite]"),
        "Удалён файл справка.pdf. Выбрано: 1 файл"
    );
    // Focus stays in the list: on the remove button now in the removed one's place.
    wait(100).await;
    assert_eq!(
        focused().as_ref(),
        Some(&page.find(".file-list__item button"))
    );
}

#[wasm_bindgen_test]
async fn file_progress_is_a_labelled_progress_bar() {
    let page = Mounted::new(examples::uploading);
    settle().await;
    let bar = page.find("progress");
    assert_eq!(bar.get_attribute("value").as_deref(), Some("40"));
    assert_eq!(
        bar.get_attribute("aria-label").as_deref(),
        Some("Загрузка скриншот ошибки.png")
    );
    assert_eq!(page.text(".file-list__done"), "Загружен");
}
