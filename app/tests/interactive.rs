//! Behaviour of the interactive components, in headless Chromium, with the gallery's examples as
//! fixtures: what a designer reviews is what is tested.

mod support;

use app::components::{
    chat_bubble, date_input, identifier_input, modal, pagination, password_input, radios,
    status_tag, summary_list, table, tabs, timeline, toast,
};
use support::{Mounted, focused, press, settle, wait};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn password_can_be_shown_and_hidden_with_an_announcement() {
    let page = Mounted::new(password_input::examples::current);
    settle().await;
    let input = page.find("#password");
    assert_eq!(input.get_attribute("type").as_deref(), Some("password"));
    assert_eq!(
        input.get_attribute("autocomplete").as_deref(),
        Some("current-password")
    );
    let toggle = page.find_html("button[aria-controls=password]");
    assert_eq!(toggle.text_content().unwrap_or_default(), "Показать пароль");
    toggle.click();
    settle().await;
    assert_eq!(input.get_attribute("type").as_deref(), Some("text"));
    assert_eq!(toggle.text_content().unwrap_or_default(), "Скрыть пароль");
    assert_eq!(page.text("[aria-live=polite]"), "Пароль показан");
    toggle.click();
    settle().await;
    assert_eq!(input.get_attribute("type").as_deref(), Some("password"));
    assert_eq!(page.text("[aria-live=polite]"), "Пароль скрыт");
}

#[wasm_bindgen_test]
async fn a_radio_is_chosen_by_its_label_and_only_one_at_a_time() {
    let page = Mounted::new(radios::examples::with_hints);
    settle().await;
    let checked = |selector: &str| {
        page.find(selector)
            .unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    };
    assert!(checked("#reply-channel-hints-1"));
    page.find_html("label[for=reply-channel-hints]").click();
    settle().await;
    assert!(checked("#reply-channel-hints"));
    assert!(!checked("#reply-channel-hints-1"));
    // Each option's hint is tied to it.
    assert_eq!(
        page.find("#reply-channel-hints")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("reply-channel-hints-item-hint")
    );
}

#[wasm_bindgen_test]
async fn date_input_marks_every_part_when_the_rule_fails() {
    let page = Mounted::new(date_input::examples::error);
    settle().await;
    assert_eq!(page.count("input[aria-invalid=true]"), 3);
    assert_eq!(
        page.text(".error-message"),
        "Ошибка: Дата рождения должна быть в прошлом"
    );
    let fieldset = page.find("fieldset");
    let described = fieldset
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    assert!(described.contains("birth-date-error-error"), "{described}");
}

#[wasm_bindgen_test]
async fn identifiers_stay_as_typed_and_checksums_are_judged_by_shared() {
    let page = Mounted::new(identifier_input::examples::snils_check_digits);
    settle().await;
    let input = page
        .find("#snils-check")
        .unchecked_into::<web_sys::HtmlInputElement>();
    assert_eq!(input.value(), "112-233-445 96");
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(
        page.text(".error-message"),
        "Ошибка: Проверьте СНИЛС: в номере есть ошибка"
    );
}

#[wasm_bindgen_test]
async fn table_sorts_by_a_column_and_says_so() {
    let page = Mounted::new(table::examples::sortable);
    settle().await;
    let numbers = || {
        let cells = page
            .root()
            .query_selector_all("tbody tr td:first-child")
            .unwrap();
        (0..cells.length())
            .filter_map(|i| cells.get(i)?.text_content())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        numbers(),
        ["ОБР-2026-000009", "ОБР-2026-000017", "ОБР-2026-000023"]
    );
    let days = page.find("th:nth-child(4)");
    assert_eq!(days.get_attribute("aria-sort").as_deref(), Some("none"));
    let button = page.find_html("th:nth-child(4) button");
    button.click();
    settle().await;
    assert_eq!(
        numbers(),
        ["ОБР-2026-000009", "ОБР-2026-000017", "ОБР-2026-000023"]
    );
    assert_eq!(
        days.get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    button.click();
    settle().await;
    assert_eq!(
        numbers(),
        ["ОБР-2026-000023", "ОБР-2026-000017", "ОБР-2026-000009"]
    );
    assert_eq!(
        days.get_attribute("aria-sort").as_deref(),
        Some("descending")
    );
    assert_eq!(
        page.find("th:nth-child(1)")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("none")
    );
    // The topic column does not sort: no button, no aria-sort.
    assert_eq!(page.count("th:nth-child(2) button"), 0);
    assert_eq!(
        page.find("th:nth-child(2)").get_attribute("aria-sort"),
        None
    );
}

#[wasm_bindgen_test]
async fn an_empty_table_says_so_in_words() {
    let page = Mounted::new(table::examples::empty);
    settle().await;
    assert!(page.text(".table__empty").starts_with("Обращений пока нет"));
    assert_eq!(page.count(".table__row"), 0);
}

#[wasm_bindgen_test]
async fn tabs_follow_the_arrow_keys_home_and_end() {
    let page = Mounted::new(tabs::examples::requests);
    settle().await;
    let selected = || page.find("[role=tab][aria-selected=true]").id();
    assert_eq!(selected(), "tab-open-tab");
    assert_eq!(page.count("[role=tabpanel]:not([hidden])"), 1);
    let list = page.find("[role=tablist]");
    page.find_html("#tab-open-tab").focus().unwrap();
    press(&list, "ArrowRight", false);
    settle().await;
    wait(50).await;
    assert_eq!(selected(), "tab-answered-tab");
    assert_eq!(
        focused().map(|e| e.id()).as_deref(),
        Some("tab-answered-tab")
    );
    assert_eq!(
        page.find("#tab-answered-tab")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );
    assert_eq!(
        page.find("#tab-open-tab")
            .get_attribute("tabindex")
            .as_deref(),
        Some("-1")
    );
    assert!(!page.find("#tab-answered").has_attribute("hidden"));
    assert!(page.find("#tab-open").has_attribute("hidden"));
    press(&list, "End", false);
    settle().await;
    assert_eq!(selected(), "tab-closed-tab");
    press(&list, "ArrowRight", false);
    settle().await;
    assert_eq!(selected(), "tab-open-tab", "wraps to the first");
    press(&list, "Home", false);
    settle().await;
    assert_eq!(selected(), "tab-open-tab");
}

#[wasm_bindgen_test]
async fn modal_traps_focus_and_returns_it_to_the_opener() {
    let page = Mounted::new(modal::examples::confirm);
    settle().await;
    let opener = page.find_html("button");
    let dialog = page
        .find("dialog")
        .unchecked_into::<web_sys::HtmlDialogElement>();
    assert!(!dialog.open());
    opener.focus().unwrap();
    opener.click();
    settle().await;
    wait(50).await;
    assert!(dialog.open());
    let close = page.find_html(".modal__close");
    assert_eq!(
        focused().as_ref(),
        Some(close.unchecked_ref()),
        "focus goes inside"
    );
    // Shift+Tab on the first control wraps to the last; Tab on the last wraps to the first.
    press(&close, "Tab", true);
    settle().await;
    let last = page.find_html(".modal .button--secondary");
    assert_eq!(focused().as_ref(), Some(last.unchecked_ref()));
    press(&last, "Tab", false);
    assert_eq!(focused().as_ref(), Some(close.unchecked_ref()));
    // Esc makes the browser fire `cancel`.
    let cancel = web_sys::Event::new_with_event_init_dict("cancel", &{
        let init = web_sys::EventInit::new();
        init.set_cancelable(true);
        init
    })
    .unwrap();
    dialog.dispatch_event(&cancel).unwrap();
    settle().await;
    wait(50).await;
    assert!(!dialog.open());
    assert_eq!(
        focused().as_ref(),
        Some(opener.unchecked_ref()),
        "focus returns to the opener"
    );
}

#[wasm_bindgen_test]
async fn toast_is_a_status_and_stays_while_held() {
    let page = Mounted::new(toast::examples::saved);
    settle().await;
    assert_eq!(page.count("[role=status] .toast"), 1);
    assert_eq!(page.text(".toast__text"), "Черновик сохранён");
    // Focus in the toast holds it past its time.
    page.find_html(".toast__close").focus().unwrap();
    wait(toast::SHOWN_FOR.as_millis() as i32 + 300).await;
    assert_eq!(page.count(".toast"), 1, "held while focused");
    page.find_html(".toast__close").blur().unwrap();
    wait(toast::SHOWN_FOR.as_millis() as i32 + 300).await;
    assert_eq!(page.count(".toast"), 0, "gone once let go");
}

#[wasm_bindgen_test]
async fn a_failed_message_can_be_sent_again() {
    let page = Mounted::new(chat_bubble::examples::failed);
    settle().await;
    assert!(
        page.text(".chat-bubble__state")
            .starts_with("Не отправлено")
    );
    page.find_html(".chat-bubble__retry").click();
    settle().await;
    assert_eq!(page.text(".chat-bubble__state"), "Отправлено");
    assert_eq!(page.count(".chat-bubble__retry"), 0);
}

#[wasm_bindgen_test]
async fn a_conversation_keeps_line_breaks_and_names_the_citizen() {
    let page = Mounted::new(chat_bubble::examples::conversation);
    settle().await;
    assert_eq!(page.count(".chat-log > li"), 3);
    assert_eq!(page.text(".chat-bubble--own .chat-bubble__author"), "Вы");
    let operator = page.text(".chat-bubble:not(.chat-bubble--own) .chat-bubble__text");
    assert!(operator.contains('\n'), "{operator}");
}

#[wasm_bindgen_test]
async fn timeline_orders_events_and_marks_their_times() {
    let page = Mounted::new(timeline::examples::newest_first);
    settle().await;
    let first = page.find(".timeline__event time");
    assert_eq!(
        first.get_attribute("datetime").as_deref(),
        Some("2026-11-21T16:05:00+03:00")
    );
    assert_eq!(first.text_content().as_deref(), Some("21.11.2026, 16:05"));
    assert!(page.text(".timeline__status").contains("Статус изменён:"));
    drop(page);
    let page = Mounted::new(timeline::examples::oldest_first);
    settle().await;
    assert_eq!(page.text(".timeline__event time"), "20.11.2026, 09:12");
}

#[wasm_bindgen_test]
async fn pagination_marks_the_current_page_and_folds_the_rest() {
    let page = Mounted::new(pagination::examples::middle);
    settle().await;
    assert_eq!(page.text("[aria-current=page]"), "Страница 5");
    assert_eq!(page.count(".pagination__item--gap"), 2);
    assert_eq!(
        page.find("a[rel=prev]").get_attribute("href").as_deref(),
        Some("?page=4")
    );
    assert_eq!(
        page.find("a[rel=next]").get_attribute("href").as_deref(),
        Some("?page=6")
    );
}

#[wasm_bindgen_test]
async fn change_links_name_what_they_change() {
    let page = Mounted::new(summary_list::examples::check_answers);
    settle().await;
    assert_eq!(
        page.text(".summary-list__actions a"),
        "Изменить ответ «Тема»"
    );
    assert_eq!(page.count(".summary-list__row"), 3);
}

#[wasm_bindgen_test]
async fn every_status_has_its_tag() {
    let page = Mounted::new(status_tag::examples::every_status);
    settle().await;
    let tags = page.root().query_selector_all(".tag").unwrap();
    let words: Vec<String> = (0..tags.length())
        .filter_map(|i| tags.get(i)?.text_content())
        .collect();
    assert_eq!(
        words,
        [
            "Принято",
            "В работе",
            "Ожидание документов",
            "Завершено",
            "Отказано"
        ]
    );
}
