//! Behaviour of the form components, in headless Chromium. The fixtures are the gallery's own
//! examples: what a designer reviews is what is tested.

mod support;

use app::components::{error_summary, file_upload, textarea};
use support::{Mounted, focused, settle, type_into, wait};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn character_count_follows_typing_in_real_russian() {
    let page = Mounted::new(textarea::examples::empty);
    settle().await;
    assert_eq!(
        page.text(".character-count__message"),
        "Осталось 4000 символов"
    );
    let area = page.find("textarea");
    type_into(&area, "Не работает вход");
    settle().await;
    assert_eq!(
        page.text(".character-count__message"),
        "Осталось 3984 символа"
    );
    // The live region speaks once typing pauses, not at every key.
    assert_eq!(page.text("[aria-live=polite]"), "");
    wait(1200).await;
    assert_eq!(page.text("[aria-live=polite]"), "Осталось 3984 символа");
    type_into(&area, &"а".repeat(4001));
    settle().await;
    assert_eq!(
        page.text(".character-count__message"),
        "На 1 символ больше, чем можно"
    );
    assert_eq!(page.count(".character-count__message--over"), 1);
    // The count is part of the field's description.
    let described = area.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.contains("message-info"), "{described}");
}

#[wasm_bindgen_test]
async fn file_list_shows_name_size_and_removes_with_an_announcement() {
    let page = Mounted::new(file_upload::examples::chosen);
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
    let page = Mounted::new(file_upload::examples::uploading);
    settle().await;
    let bar = page.find("progress");
    assert_eq!(bar.get_attribute("value").as_deref(), Some("40"));
    assert_eq!(
        bar.get_attribute("aria-label").as_deref(),
        Some("Загрузка скриншот ошибки.png")
    );
    assert_eq!(page.text(".file-list__done"), "Загружен");
}

#[wasm_bindgen_test]
async fn error_summary_takes_focus_and_its_links_focus_the_fields() {
    let page = Mounted::new(error_summary::examples::form);
    settle().await;
    assert_eq!(page.count(".error-summary"), 0);
    page.find_html("button[type=submit]").click();
    settle().await;
    // Focus moves on the next animation frame, once the summary is on the page.
    wait(100).await;
    let summary = page.find(".error-summary");
    assert_eq!(focused().as_ref(), Some(&summary));
    assert_eq!(page.count(".error-summary__list a"), 2);
    let first = page.find_html(".error-summary__list a");
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("#summary-email")
    );
    // The link's words are the field's own error.
    let inline = page.text("#summary-email-error");
    assert!(
        inline.ends_with(&first.text_content().unwrap_or_default()),
        "{inline}"
    );
    first.click();
    settle().await;
    assert_eq!(focused().as_ref(), Some(&page.find("#summary-email")));
    assert_eq!(
        page.find("#summary-email")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
}
