//! Browser test of the operator console (issue 6): a citizen files a request, an operator sees
//! it arrive in «Рабочее место» without a reload, takes it, asks for documents, the citizen
//! sends them, the operator resolves with a canned reply, the citizen
//! rates — both sides in headless Chromium against one server, axe-core on every console page,
//! its forms with their errors, the statistics and the administrator's pages.

mod support;

use shared::forms::canned_reply::CannedReplyForm;
use support::{
    Portal, choose_files, click, click_button, file_request, send_form, signed_in_demo, type_into,
    wait_for, wait_for_heading, wait_for_text,
};

#[tokio::test]
async fn an_operator_works_a_citizens_request_from_arrival_to_rating() {
    let portal = Portal::start().await;
    let citizen = signed_in_demo(&portal, "citizen").await;
    let operator = signed_in_demo(&portal, "operator").await;
    portal
        .state
        .db
        .add_canned_reply(
            &CannedReplyForm {
                title: "Адрес обновлён".to_owned(),
                text: "Мы обновили адрес регистрации. Проверьте раздел «Мои данные».".to_owned(),
                section: String::new(),
            },
            time::OffsetDateTime::now_utc(),
        )
        .await
        .unwrap();

    // The operator's queue is open before the request exists.
    click(&operator, "main a[href='/staff/requests']").await;
    wait_for_heading(&operator, "Рабочее место").await;
    wait_for_text(&operator, "Найдено обращений: 0").await;
    portal.assert_accessible(&operator, "console: queue").await;

    // The citizen files a request through its steps.
    let number = file_request(
        &citizen,
        "Не меняется адрес регистрации",
        "После сохранения нового адреса в разделе «Мои данные» снова показывается старый",
    )
    .await;

    // It arrives in the operator's queue without a reload.
    wait_for_text(&operator, &number).await;
    wait_for_text(&operator, "Список обновлён").await;
    click(
        &operator,
        &format!("a[href='/staff/requests/view?number={number}']"),
    )
    .await;
    wait_for_heading(&operator, &format!("Обращение {number}")).await;
    wait_for_text(&operator, "Иванов Иван Иванович").await;
    portal
        .assert_accessible(&operator, "console: request")
        .await;
    click_button(&operator, "Взять в работу").await;
    wait_for_text(&operator, "Обращение взято в работу").await;
    portal
        .assert_accessible(&operator, "console: request, taken")
        .await;

    // Every form of the request is reachable and accessible, with its errors shown.
    for (page, action, field, code) in [
        ("decide", "reject", "#reason", "rejection_reason.required"),
        ("decide", "extend", "#reason", "extension_days.range"),
        (
            "decide",
            "escalate",
            "#reason",
            "escalation_reason.required",
        ),
        ("decide", "transfer", "#category", "category.required"),
        ("write", "note", "#text", "text.required"),
        ("write", "reply", "#text", "text.required"),
    ] {
        portal
            .open(
                &operator,
                &format!("/staff/requests/{page}?number={number}&action={action}"),
                field,
            )
            .await;
        portal
            .assert_accessible(&operator, &format!("console: {action}"))
            .await;
        send_form(&operator).await;
        wait_for(&operator, &format!(".error-summary a[data-code='{code}']")).await;
        portal
            .assert_accessible(&operator, &format!("console: {action} with errors"))
            .await;
    }

    // Documents asked for: the clock stops for the citizen.
    portal
        .open(
            &operator,
            &format!("/staff/requests/view?number={number}"),
            "main h1",
        )
        .await;
    click(&operator, "a[href$='action=request_documents']").await;
    wait_for(&operator, "#text").await;
    type_into(
        &operator,
        "text",
        "Пришлите, пожалуйста, скан страницы паспорта с регистрацией",
    )
    .await;
    send_form(&operator).await;
    wait_for_text(&operator, "Документы запрошены, срок остановлен").await;

    // The citizen sends the document; the operator finds it on the request's page.
    portal
        .open(
            &citizen,
            &format!("/account/requests/view?number={number}"),
            "main h1",
        )
        .await;
    wait_for_text(&citizen, "Ожидание документов").await;
    wait_for_text(&citizen, "скан страницы паспорта").await;
    click(&citizen, "a[href^='/account/requests/reply']").await;
    wait_for(&citizen, "#text").await;
    type_into(&citizen, "text", "Прикладываю страницу с регистрацией").await;
    let files = tempfile::tempdir().unwrap();
    let scan = files.path().join("регистрация.pdf");
    std::fs::write(&scan, b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n").unwrap();
    choose_files(&citizen, "files", &[&scan]).await;
    send_form(&citizen).await;
    wait_for_heading(&citizen, &format!("Обращение {number}")).await;
    portal
        .open(
            &operator,
            &format!("/staff/requests/view?number={number}"),
            "main h1",
        )
        .await;
    wait_for_text(&operator, "Прикладываю страницу с регистрацией").await;
    wait_for_text(&operator, "регистрация.pdf").await;

    // An internal note, then the answer from a canned reply, edited before sending.
    click(&operator, "a[href$='action=note']").await;
    wait_for(&operator, "#text").await;
    type_into(&operator, "text", "Проверено по базе ФМС").await;
    send_form(&operator).await;
    wait_for_text(&operator, "Заметка добавлена").await;
    wait_for_text(&operator, "Проверено по базе ФМС").await;
    click(&operator, "a[href$='action=resolve']").await;
    wait_for(&operator, "#canned optgroup option").await;
    portal
        .assert_accessible(&operator, "console: resolve with canned replies")
        .await;
    let option = wait_for(&operator, "#canned optgroup option").await;
    option.click().await.unwrap();
    click_button(&operator, "Вставить шаблон").await;
    let inserted = wait_for(&operator, "#text")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(
        inserted.contains("Мы обновили адрес регистрации"),
        "{inserted}"
    );
    send_form(&operator).await;
    wait_for_text(&operator, "Ответ дан, обращение завершено").await;

    // The citizen sees the answer, never the note, and rates it.
    portal
        .open(
            &citizen,
            &format!("/account/requests/view?number={number}"),
            "main h1",
        )
        .await;
    wait_for_text(&citizen, "Мы обновили адрес регистрации").await;
    let page = citizen.source().await.unwrap();
    assert!(!page.contains("Проверено по базе ФМС"));
    click(&citizen, "a[href^='/account/requests/rate']").await;
    wait_for(&citizen, "#stars").await;
    click(&citizen, "input[name='stars'][value='5']").await;
    send_form(&citizen).await;
    wait_for_text(&citizen, "Ваша оценка: 5 из 5").await;
    portal
        .open(
            &operator,
            &format!("/staff/requests/view?number={number}"),
            "main h1",
        )
        .await;
    wait_for_text(&operator, "Завершено").await;
    portal
        .assert_accessible(&operator, "console: request, resolved")
        .await;

    // A call registered for someone without an account.
    portal
        .open(&operator, "/staff/requests/new", "#surname")
        .await;
    portal
        .assert_accessible(&operator, "console: register")
        .await;
    // The finder is a search of its own; the person found is offered to be chosen.
    type_into(&operator, "citizen", "citizen@demo.gosuslugi.local").await;
    click_button(&operator, "Найти").await;
    wait_for_text(&operator, "Иванов Иван Иванович").await;
    portal
        .assert_accessible(&operator, "console: register, found")
        .await;
    click_button(&operator, "Зарегистрировать").await;
    wait_for(&operator, ".error-summary a[data-code='source.required']").await;
    portal
        .assert_accessible(&operator, "console: register with errors")
        .await;
    click(&operator, "input[name='source'][value='phone']").await;
    type_into(&operator, "surname", "Сидоров").await;
    type_into(&operator, "given_name", "Пётр").await;
    type_into(&operator, "phone", "8 912 000-11-22").await;
    wait_for(&operator, "#category option[value='payments.status']")
        .await
        .click()
        .await
        .unwrap();
    type_into(&operator, "subject", "Платёж не виден").await;
    type_into(
        &operator,
        "description",
        "Оплатил пошлину неделю назад, в личном кабинете статус не меняется",
    )
    .await;
    click(&operator, "input[name='reply_channel'][value='sms']").await;
    click_button(&operator, "Зарегистрировать").await;
    wait_for_heading(&operator, "Обращение зарегистрировано").await;
    wait_for_text(&operator, "Ответ ожидается").await;
    portal
        .assert_accessible(&operator, "console: registered")
        .await;
    operator.close().await.unwrap();
    citizen.close().await.unwrap();
}

#[tokio::test]
async fn statistics_and_the_administrators_pages_are_accessible() {
    let portal = Portal::start().await;
    let senior = signed_in_demo(&portal, "senior-operator").await;
    click(&senior, "main a[href='/staff/statistics']").await;
    wait_for_heading(&senior, "Статистика").await;
    wait_for(&senior, "main a[href^='/api/v1/console/statistics.csv']").await;
    portal.assert_accessible(&senior, "statistics").await;
    senior.close().await.unwrap();

    let admin = signed_in_demo(&portal, "administrator").await;
    click(&admin, "main a[href='/admin/canned-replies']").await;
    wait_for(&admin, "#title").await;
    portal.assert_accessible(&admin, "canned replies").await;
    send_form(&admin).await;
    wait_for(
        &admin,
        ".error-summary a[data-code='canned_title.required']",
    )
    .await;
    portal
        .assert_accessible(&admin, "canned replies with errors")
        .await;
    type_into(&admin, "title", "Приветствие").await;
    type_into(&admin, "text", "Здравствуйте! Спасибо за обращение.").await;
    send_form(&admin).await;
    wait_for_text(&admin, "Шаблон добавлен").await;
    portal.open(&admin, "/admin/staff", "table").await;
    click(&admin, "a[href^='/admin/staff/sections']").await;
    wait_for(&admin, "input[type='checkbox']").await;
    portal.assert_accessible(&admin, "staff sections").await;
    admin.close().await.unwrap();
}
