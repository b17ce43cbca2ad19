//! Browser test of the call-backs: a citizen's empty form shows the API's own verdict, a call-back
//! is booked for tomorrow and listed; an operator of its section sets the time — refused outside
//! the citizen's window in `shared`'s words, then set inside it —, the citizen's bell counts it
//! and the feed links to the call-backs, which show the time; the operator records the call and
//! it moves to «Завершённые»; the citizen books another and cancels it — with axe-core on every
//! page and state.

mod support;

use serde_json::json;
use shared::codes;
use support::{
    Portal, bell, book, click, click_button, codes_in_page, prefilled_phone, send_form, set_value,
    signed_in_demo, tomorrow, type_into, wait_for, wait_for_bell, wait_for_heading, wait_for_text,
};

#[tokio::test]
async fn a_citizen_books_a_call_back_and_an_operator_makes_it() {
    let portal = Portal::start().await;
    let citizen = signed_in_demo(&portal, "citizen").await;
    let operator = signed_in_demo(&portal, "operator").await;

    // Nothing booked yet: the empty state and the way to book, linked from the account.
    click(&citizen, "main a[href='/account/callbacks']").await;
    wait_for_heading(&citizen, "Обратные звонки").await;
    wait_for_text(&citizen, "Вы ещё не заказывали обратный звонок.").await;
    portal
        .assert_accessible(&citizen, "call-backs, none yet")
        .await;
    click(&citizen, "main a[href='/account/callbacks/new']").await;
    wait_for_heading(&citizen, "Заказать обратный звонок").await;
    wait_for(&citizen, "input[name='window'][value='18-20']").await;
    // The account's confirmed phone to start with.
    assert!(
        !prefilled_phone(&citizen).await.is_empty(),
        "the phone is prefilled"
    );
    portal.assert_accessible(&citizen, "call-back form").await;

    // Empty: the browser's verdict is the API's, word for word.
    set_value(&citizen, "phone", "").await;
    send_form(&citizen).await;
    wait_for(&citizen, ".error-summary").await;
    let in_browser = codes_in_page(&citizen).await;
    let from_api = support::api_verdict_in(
        &citizen,
        shared::callbacks::CALLBACKS_PATH,
        &json!({ "phone": "", "topic": "", "day": "", "window": "", "comment": "" }),
    )
    .await;
    assert_eq!(in_browser, from_api);
    let fields: Vec<&str> = in_browser.iter().map(|(f, _, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        ["day", "phone", "topic", "window"],
        "{in_browser:?}"
    );
    assert!(citizen.title().await.unwrap().starts_with("Ошибка: "));
    portal
        .assert_accessible(&citizen, "call-back form with errors")
        .await;

    // Booked for tomorrow: the list shows it on top with its number, topic, day and window.
    type_into(&citizen, "phone", "+7 912 345-67-89").await;
    book(&citizen, "10-12", "Удобнее после обеда").await;
    wait_for_text(&citizen, "Обратный звонок заказан").await;
    wait_for_text(&citizen, "Ожидает звонка").await;
    wait_for_text(&citizen, &format!("{}, 10:00–12:00", tomorrow())).await;
    wait_for_text(&citizen, "+79123456789").await;
    wait_for_text(&citizen, "Личный кабинет — Обновление персональных данных").await;
    portal
        .assert_accessible(&citizen, "call-backs, one booked")
        .await;
    // One at a time: the form's page shows the booked one instead.
    portal
        .open(&citizen, "/account/callbacks/new", "main h1")
        .await;
    wait_for_text(&citizen, "У вас уже заказан обратный звонок").await;
    portal
        .assert_accessible(&citizen, "call-back form, one booked already")
        .await;

    // The operator: outside the window the time is refused in shared's words.
    portal.open(&operator, "/staff/callbacks", "main h1").await;
    wait_for(&operator, "main a[href='tel:+79123456789']").await;
    portal
        .assert_accessible(&operator, "console call-backs, to make")
        .await;
    click(&operator, "button[id$='-schedule']").await;
    wait_for(&operator, "#time:focus").await;
    type_into(&operator, "time", "13:30").await;
    send_form(&operator).await;
    wait_for(&operator, ".error-summary").await;
    let outside = shared::messages::describe(codes::CALL_TIME_OUTSIDE_WINDOW, None);
    assert_eq!(
        codes_in_page(&operator).await,
        vec![(
            "time".to_owned(),
            codes::CALL_TIME_OUTSIDE_WINDOW.to_owned(),
            outside.ru.clone()
        )]
    );
    portal
        .assert_accessible(&operator, "console call-backs, schedule form with an error")
        .await;

    // Inside it: set, and the citizen's bell counts the notification.
    let before = bell(&citizen).await;
    type_into(&operator, "time", "11:15").await;
    send_form(&operator).await;
    wait_for_text(&operator, "Время звонка назначено").await;
    wait_for_text(&operator, "Звонок назначен").await;
    wait_for_text(&operator, &format!("{}, 11:15", tomorrow())).await;
    wait_for_bell(&citizen, before + 1).await;
    click(&citizen, "header a.header__bell").await;
    wait_for_heading(&citizen, "Уведомления").await;
    wait_for_text(&citizen, "Обратный звонок назначен").await;
    click(
        &citizen,
        ".notifications__item a[href='/account/callbacks']",
    )
    .await;
    wait_for_heading(&citizen, "Обратные звонки").await;
    wait_for_text(&citizen, "Звонок назначен").await;
    wait_for_text(&citizen, &format!("{}, 11:15", tomorrow())).await;

    // The call is made: it leaves «Предстоящие» for «Завершённые», with the note.
    click(&operator, "button[id$='-done']").await;
    wait_for(&operator, "#note:focus").await;
    type_into(&operator, "note", "Подсказал, как изменить адрес").await;
    send_form(&operator).await;
    wait_for_text(&operator, "Звонок отмечен как состоявшийся").await;
    wait_for_text(
        &operator,
        "В ваших разделах нет звонков, которые нужно сделать.",
    )
    .await;
    portal
        .assert_accessible(&operator, "console call-backs, none to make")
        .await;
    click(&operator, "main a[href='/staff/callbacks?finished=true']").await;
    wait_for(
        &operator,
        "main a[aria-current='page'][href='/staff/callbacks?finished=true']",
    )
    .await;
    wait_for_text(&operator, "Подсказал, как изменить адрес").await;
    wait_for_text(&operator, "Звонок состоялся").await;
    portal
        .assert_accessible(&operator, "console call-backs, finished")
        .await;

    // The citizen books another and cancels it, asked once more first.
    citizen.refresh().await.unwrap();
    wait_for_text(&citizen, "Прошлые звонки").await;
    wait_for_text(&citizen, "Звонок состоялся").await;
    click(&citizen, "main a[href='/account/callbacks/new']").await;
    wait_for_heading(&citizen, "Заказать обратный звонок").await;
    book(&citizen, "18-20", "").await;
    wait_for_text(&citizen, "Ожидает звонка").await;
    click(&citizen, "#callback-cancel").await;
    wait_for(&citizen, "#callback-cancel-question:focus").await;
    portal
        .assert_accessible(&citizen, "call-backs, cancel asked")
        .await;
    click_button(&citizen, "Да, отменить").await;
    wait_for_text(&citizen, "Звонок отменён").await;
    wait_for_text(&citizen, "Отменён").await;
    wait_for(&citizen, "main a.button[href='/account/callbacks/new']").await;
    portal
        .assert_accessible(&citizen, "call-backs, history only")
        .await;
    operator.close().await.unwrap();
    citizen.close().await.unwrap();
}
