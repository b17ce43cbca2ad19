//! Browser test of the notifications (issue 7): a citizen files a request, an operator takes it
//! and replies; the citizen's bell counts each without a reload and the open feed shows each at
//! its top; the feed filters, marks read one and all, deletes; «Настройки → Уведомления» saves a
//! box and keeps the security boxes on; the operator's request page lists what was sent — with
//! axe-core on every page and state.

mod support;

use fantoccini::Client;
use serde_json::{Value, json};
use support::{
    Portal, click, click_button, file_request, send_form, signed_in_demo, type_into, wait_for,
    wait_for_bell, wait_for_heading, wait_for_text,
};

/// The feed's «Непрочитанных: N», once the feed has loaded.
async fn unread_on_page(browser: &Client) -> u64 {
    wait_for_text(browser, "Непрочитанных:").await;
    let text: Value = browser
        .execute(
            "return document.body.innerText.match(/Непрочитанных: (\\d+)/)[1]",
            vec![],
        )
        .await
        .unwrap();
    text.as_str().unwrap().parse().unwrap()
}

/// The headings of the feed's items, top to bottom.
async fn titles(browser: &Client) -> Vec<String> {
    let found = browser
        .execute(
            "return [...document.querySelectorAll('.notifications__item h2')].map(h => h.textContent)",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

#[tokio::test]
async fn a_citizen_hears_of_their_request_and_chooses_how() {
    let portal = Portal::start().await;
    let citizen = signed_in_demo(&portal, "citizen").await;
    let operator = signed_in_demo(&portal, "operator").await;
    wait_for(&citizen, "header a.header__bell[href='/notifications']").await;

    // The citizen files a request; its registration is their first notification about it.
    let number = file_request(
        &citizen,
        "Не приходят письма",
        "После смены адреса электронной почты письма с портала перестали приходить",
    )
    .await;
    let request_link = format!("a[href='/account/requests/view?number={number}']");

    // The feed, open while the operator works: the bell and the list follow without a reload.
    click(&citizen, "header a.header__bell").await;
    wait_for_heading(&citizen, "Уведомления").await;
    wait_for_text(&citizen, &format!("Обращение {number} зарегистрировано")).await;
    let unread = unread_on_page(&citizen).await;
    wait_for_bell(&citizen, unread).await;
    let bell_name = wait_for(&citizen, ".header__bell")
        .await
        .text()
        .await
        .unwrap();
    assert!(bell_name.starts_with("Уведомления"), "{bell_name}");

    portal
        .open(
            &operator,
            &format!("/staff/requests/view?number={number}"),
            "main h1",
        )
        .await;
    click_button(&operator, "Взять в работу").await;
    wait_for_text(&operator, "Обращение взято в работу").await;
    wait_for_bell(&citizen, unread + 1).await;
    wait_for_text(&citizen, &format!("Обращение {number} взято в работу")).await;

    click(&operator, "a[href$='action=reply']").await;
    wait_for(&operator, "#text").await;
    type_into(
        &operator,
        "text",
        "Проверьте, пожалуйста, папку «Спам» и подтвердите новый адрес",
    )
    .await;
    send_form(&operator).await;
    wait_for_heading(&operator, &format!("Обращение {number}")).await;
    wait_for_bell(&citizen, unread + 2).await;
    wait_for_text(&citizen, &format!("Ответ оператора по обращению {number}")).await;

    // Newest first, each unread in words and linked to its request.
    let shown = titles(&citizen).await;
    assert!(shown.len() >= 3, "{shown:?}");
    assert!(
        shown[0].contains(&format!("Ответ оператора по обращению {number}")),
        "{shown:?}"
    );
    assert!(shown[1].contains("взято в работу"), "{shown:?}");
    assert!(shown[2].contains("зарегистрировано"), "{shown:?}");
    assert!(
        shown[..3].iter().all(|t| t.starts_with("Новое")),
        "{shown:?}"
    );
    let links = citizen
        .find_all(fantoccini::Locator::Css(&format!(
            ".notifications__item {request_link}"
        )))
        .await
        .unwrap();
    assert_eq!(links.len(), 3);
    portal.assert_accessible(&citizen, "feed").await;

    // The filter lives in the address: one kind, through the form.
    click(&citizen, "main details summary").await;
    wait_for(&citizen, "#kind option[value='taken']")
        .await
        .click()
        .await
        .unwrap();
    send_form(&citizen).await;
    wait_for_text(&citizen, "Показано: 1.").await;
    assert_eq!(
        citizen.current_url().await.unwrap().path(),
        "/notifications"
    );
    assert_eq!(
        citizen.current_url().await.unwrap().query(),
        Some("kind=taken")
    );
    let shown = titles(&citizen).await;
    assert!(shown[0].contains("взято в работу"), "{shown:?}");
    // Unread only.
    portal
        .open(&citizen, "/notifications?unread=true", "main h1")
        .await;
    wait_for_text(
        &citizen,
        &format!("Показано: {unread}.", unread = unread + 2),
    )
    .await;
    // Nothing of a kind that never came.
    portal
        .open(&citizen, "/notifications?kind=rejected", "main h1")
        .await;
    wait_for_text(&citizen, "Нет уведомлений, подходящих под отбор.").await;
    portal
        .assert_accessible(&citizen, "feed, filtered to nothing")
        .await;

    // Marking one read takes one off the bell and keeps the place on the item.
    portal.open(&citizen, "/notifications", "main h1").await;
    wait_for(&citizen, ".notifications__item").await;
    click(
        &citizen,
        ".notifications__item:first-child button[id$='-read']",
    )
    .await;
    wait_for_bell(&citizen, unread + 1).await;
    wait_for(&citizen, ".notifications__item:first-child h2:focus").await;
    let shown = titles(&citizen).await;
    assert!(!shown[0].starts_with("Новое"), "{shown:?}");

    // All read: the bell has no number left.
    click_button(&citizen, "Отметить все прочитанными").await;
    wait_for_text(&citizen, "Все уведомления отмечены прочитанными").await;
    wait_for_bell(&citizen, 0).await;
    assert!(
        titles(&citizen)
            .await
            .iter()
            .all(|t| !t.starts_with("Новое"))
    );
    portal.assert_accessible(&citizen, "feed, all read").await;

    // Deleting one leaves the others.
    let before = titles(&citizen).await.len();
    click(
        &citizen,
        ".notifications__item:first-child button[id$='-delete']",
    )
    .await;
    wait_for_text(&citizen, "Уведомление удалено").await;
    assert_eq!(titles(&citizen).await.len(), before - 1);
    assert!(
        !titles(&citizen)
            .await
            .iter()
            .any(|t| t.contains("Ответ оператора")),
        "the deleted one is gone"
    );

    // «Настройки → Уведомления»: e-mail off for one kind, saved, still off after a reload; the
    // security events' feed boxes cannot be unticked.
    click(&citizen, "main a[href='/account/notifications']").await;
    wait_for_heading(&citizen, "Настройки уведомлений").await;
    wait_for(&citizen, "#taken-email").await;
    portal.assert_accessible(&citizen, "settings").await;
    let state: Value = citizen
        .execute(
            "const box = id => document.getElementById(id);
             return [box('taken-email').checked, box('signed_in-feed').checked,
                     box('signed_in-feed').disabled, box('credentials_changed-feed').disabled,
                     box('taken-feed').disabled]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(state, json!([true, true, true, true, false]));
    click(&citizen, "#taken-email").await;
    click_button(&citizen, "Сохранить").await;
    wait_for_text(&citizen, "Настройки сохранены").await;
    portal.assert_accessible(&citizen, "settings, saved").await;
    citizen.refresh().await.unwrap();
    wait_for(&citizen, "#taken-email").await;
    let saved: Value = citizen
        .execute(
            "return [document.getElementById('taken-email').checked,
                     document.getElementById('resolved-email').checked]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(saved, json!([false, true]));

    // The operator sees what the requester was sent and what became of it.
    portal
        .open(
            &operator,
            &format!("/staff/requests/view?number={number}"),
            "main h1",
        )
        .await;
    wait_for_text(&operator, "Уведомления заявителю").await;
    wait_for_text(&operator, "Ответ оператора").await;
    wait_for_text(&operator, "Электронная почта").await;
    portal
        .assert_accessible(&operator, "console: request, notifications sent")
        .await;
    operator.close().await.unwrap();
    citizen.close().await.unwrap();
}

#[tokio::test]
async fn the_account_and_the_feed_link_the_settings_and_a_filter_may_find_nothing() {
    let portal = Portal::start().await;
    let operator = signed_in_demo(&portal, "operator").await;
    click(&operator, "main a[href='/account/notifications']").await;
    wait_for_heading(&operator, "Настройки уведомлений").await;
    wait_for(&operator, "main a[href='/notifications']").await;
    click(&operator, "main a[href='/notifications']").await;
    wait_for_heading(&operator, "Уведомления").await;
    wait_for(&operator, "main a[href='/account/notifications']").await;
    // Whatever the sign-in brought, a kind that never came shows the filter's empty state.
    portal
        .open(
            &operator,
            "/notifications?kind=escalated&week=true",
            "main h1",
        )
        .await;
    wait_for_text(&operator, "Нет уведомлений, подходящих под отбор.").await;
    let open: Value = operator
        .execute("return document.querySelector('main details').open", vec![])
        .await
        .unwrap();
    assert_eq!(open, json!(true), "a filtered feed shows its filter");
    operator.close().await.unwrap();
}
