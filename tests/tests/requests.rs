//! Browser test of the citizen's requests (issue 5): file a request with two files through its
//! steps → confirmation → «Мои обращения» → the request → reply → close → rate, in headless
//! Chromium against the real server and the built bundles, with axe-core on every page.

mod support;

use support::{
    Portal, RequestFiles, choose_files, click, send_form, shown_request_number, signed_in_demo,
    type_into, wait_for, wait_for_heading, wait_for_text,
};

#[tokio::test]
async fn a_citizen_files_follows_replies_closes_and_rates_a_request() {
    let portal = Portal::start().await;
    let browser = signed_in_demo(&portal, "citizen").await;

    // The topic, found by searching; continuing without one is an error first.
    click(&browser, "main a[href='/account/requests/new']").await;
    wait_for(&browser, "#category_search").await;
    portal
        .assert_accessible(&browser, "new request: topic")
        .await;
    send_form(&browser).await;
    wait_for(&browser, ".error-summary a[data-code='category.required']").await;
    portal
        .assert_accessible(&browser, "new request: topic with errors")
        .await;
    type_into(&browser, "category_search", "персональных").await;
    wait_for_text(&browser, "Найдено тем: 1").await;
    click(
        &browser,
        "input[name='category'][value='cabinet.personal_data']",
    )
    .await;
    send_form(&browser).await;

    // The details: contacts come from «Мои данные»; the description is judged by its rule.
    wait_for(&browser, "#subject").await;
    portal
        .assert_accessible(&browser, "new request: details")
        .await;
    let email = wait_for(&browser, "#email")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(email.as_deref(), Some("citizen@demo.gosuslugi.local"));
    type_into(&browser, "subject", "Не меняется адрес регистрации").await;
    // The draft survives a reload.
    browser.refresh().await.unwrap();
    let subject = wait_for(&browser, "#subject")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(subject.as_deref(), Some("Не меняется адрес регистрации"));
    type_into(&browser, "description", "Не меняется").await;
    send_form(&browser).await;
    wait_for(
        &browser,
        ".error-summary a[data-code='description.too_short']",
    )
    .await;
    portal
        .assert_accessible(&browser, "new request: details with errors")
        .await;
    type_into(
        &browser,
        "description",
        "После сохранения нового адреса в разделе «Мои данные» снова показывается старый",
    )
    .await;
    type_into(&browser, "snils", "112-233-445 95").await;
    send_form(&browser).await;

    // Two files, then the check of every answer, then sending.
    wait_for(&browser, "#files").await;
    portal
        .assert_accessible(&browser, "new request: files")
        .await;
    let files = RequestFiles::new();
    choose_files(&browser, "files", &[&files.statement, &files.photo]).await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Проверьте обращение").await;
    wait_for_text(&browser, "выписка.pdf, снимок экрана.png").await;
    portal
        .assert_accessible(&browser, "new request: check")
        .await;
    click(&browser, "main button").await;
    wait_for_heading(&browser, "Обращение зарегистрировано").await;
    let number = shown_request_number(&browser).await;
    portal
        .assert_accessible(&browser, "new request: confirmation")
        .await;
    // «Мои обращения» lists it; its page shows the files.
    portal.open(&browser, "/account/requests", "table").await;
    wait_for_text(&browser, &number).await;
    portal.assert_accessible(&browser, "my requests").await;
    click(
        &browser,
        &format!("a[href='/account/requests/view?number={number}']"),
    )
    .await;
    wait_for_heading(&browser, &format!("Обращение {number}")).await;
    // Both files reached the server: its page lists them.
    wait_for_text(&browser, "снимок экрана.png").await;
    wait_for_text(&browser, "выписка.pdf").await;
    portal.assert_accessible(&browser, "request").await;

    // A reply, then «Завершить», then a rating.
    click(&browser, "a[href^='/account/requests/reply']").await;
    wait_for(&browser, "#text").await;
    send_form(&browser).await;
    wait_for(&browser, ".error-summary a[data-code='text.required']").await;
    portal
        .assert_accessible(&browser, "reply with errors")
        .await;
    type_into(&browser, "text", "Прикладываю скриншот ещё раз").await;
    send_form(&browser).await;
    wait_for_heading(&browser, &format!("Обращение {number}")).await;
    wait_for_text(&browser, "Прикладываю скриншот ещё раз").await;
    click(&browser, "main button.button--secondary").await;
    wait_for_text(&browser, "Обращение завершено").await;
    wait_for_text(&browser, "Завершено заявителем").await;
    portal.assert_accessible(&browser, "request, closed").await;
    click(&browser, "a[href^='/account/requests/rate']").await;
    wait_for(&browser, "#stars").await;
    click(&browser, "input[name='stars'][value='5']").await;
    send_form(&browser).await;
    wait_for_heading(&browser, &format!("Обращение {number}")).await;
    wait_for_text(&browser, "Ваша оценка: 5 из 5").await;
    portal.assert_accessible(&browser, "request, rated").await;

    // The escalation page: its rule speaks before anything is sent.
    portal
        .open(
            &browser,
            &format!("/account/requests/escalate?number={number}"),
            "#reason",
        )
        .await;
    portal.assert_accessible(&browser, "escalation").await;
    send_form(&browser).await;
    wait_for(
        &browser,
        ".error-summary a[data-code='escalation_reason.required']",
    )
    .await;
    portal
        .assert_accessible(&browser, "escalation with errors")
        .await;
    browser.close().await.unwrap();
}
