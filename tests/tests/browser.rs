//! Browser tests: the real built SPA, served by the real server, driven in headless Chromium
//! through chromedriver. Build the SPA first (`./test.sh` does).

mod support;

use fantoccini::Locator;
use serde_json::{Value, json};
use support::{Portal, axe_violations, codes_in_page, send_form, shown_request_number, wait_for};

#[tokio::test]
async fn feedback_journey_errors_then_number() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    let submit = portal
        .open(&browser, "/feedback", "button[type=submit]")
        .await;
    assert_eq!(
        browser.title().await.unwrap(),
        "Написать в поддержку — Поддержка Госуслуг"
    );
    portal.assert_accessible(&browser, "feedback form").await;

    // Empty submit: the summary lists every error, in the form's order, and takes focus.
    submit.click().await.unwrap();
    browser
        .wait()
        .for_element(Locator::Css(".error-summary"))
        .await
        .unwrap();
    let title = browser.title().await.unwrap();
    assert!(title.starts_with("Ошибка: "), "{title}");
    let summary_codes: Value = browser
        .execute(
            "return [...document.querySelectorAll('.error-summary a')].map(a => a.dataset.code)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        summary_codes,
        json!([
            "topic.required",
            "message.required",
            "email.required",
            "phone.required"
        ])
    );
    let summary_text = browser
        .find(Locator::Css(".error-summary"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(summary_text.starts_with("Есть ошибки"), "{summary_text}");
    assert!(
        summary_text.contains("Введите номер телефона"),
        "{summary_text}"
    );
    let focused: Value = browser
        .execute("return new Promise(r => requestAnimationFrame(() => r(document.activeElement.className)))", vec![])
        .await
        .unwrap();
    assert_eq!(focused, json!("error-summary"));
    let email = browser.find(Locator::Id("email")).await.unwrap();
    assert_eq!(
        email.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    assert!(
        email
            .attr("aria-describedby")
            .await
            .unwrap()
            .unwrap()
            .contains("email-error")
    );
    let inline = browser
        .find(Locator::Id("email-error"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        inline.contains("Введите адрес электронной почты"),
        "{inline}"
    );
    portal
        .assert_accessible(&browser, "feedback form with errors")
        .await;

    // A summary link moves focus to its field.
    browser
        .find(Locator::Css(".error-summary a[data-code='email.required']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let focused: Value = browser
        .execute("return document.activeElement.id", vec![])
        .await
        .unwrap();
    assert_eq!(focused, json!("email"));

    // Wrong values: the browser's verdict equals the API's, code for code and word for word.
    let input = json!({
        "topic": "feedback.general",
        "message": "Слишком коротко",
        "email": "ivan@@example.ru",
        "phone": "12345",
        "snils": "123-456-789 65",
        "inn": "7707083894",
    });
    portal.fill(&browser, &input).await;
    send_form(&browser).await;
    browser
        .wait()
        .for_element(Locator::Css(".error-summary a[data-code='snils.checksum']"))
        .await
        .unwrap();
    let in_browser = codes_in_page(&browser).await;
    let from_api = portal.api_verdict(&input).await;
    assert_eq!(in_browser, from_api);
    assert_eq!(in_browser.len(), 5, "{in_browser:?}");

    // Fixed: the request is stored and its number shown.
    let fixed = json!({
        "message": "Не открывается страница оплаты штрафа, пишет «ошибка 500»",
        "email": "ivan@example.ru",
        "phone": "+7 912 345-67-89",
        "snils": "123-456-789 64",
        "inn": "7707083893",
    });
    portal.fill(&browser, &fixed).await;
    send_form(&browser).await;
    let number = shown_request_number(&browser).await;
    assert!(
        shared::numbers::parse_request_number(&number).is_ok(),
        "{number}"
    );
    let url = browser.current_url().await.unwrap();
    assert_eq!(url.path(), "/feedback/sent");
    let (stored, _) = portal
        .state
        .db
        .feedback_by_number(&number)
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(stored.phone, "+79123456789");
    assert_eq!(stored.inn.as_deref(), Some("7707083893"));
    assert_eq!(
        browser.title().await.unwrap(),
        "Обращение отправлено — Поддержка Госуслуг"
    );
    portal.assert_accessible(&browser, "confirmation").await;
    browser.close().await.unwrap();
}

#[tokio::test]
async fn files_are_judged_in_the_browser_before_upload() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    portal
        .open(&browser, "/feedback", "button[type=submit]")
        .await;
    let files = tempfile::tempdir().unwrap();
    let png_as_pdf = files.path().join("screenshot.pdf");
    std::fs::write(
        &png_as_pdf,
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
    )
    .unwrap();
    let pdf = files.path().join("Квитанция.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n").unwrap();

    portal
        .fill(
            &browser,
            &json!({
                "topic": "payments.status",
                "message": "Платёж прошёл, а услуга показана как неоплаченная",
                "email": "ivan@example.ru",
                "phone": "8 912 345 67 89",
            }),
        )
        .await;
    let input = browser.find(Locator::Id("files")).await.unwrap();
    input.send_keys(png_as_pdf.to_str().unwrap()).await.unwrap();
    browser
        .wait()
        .for_element(Locator::Css(".file-list__item"))
        .await
        .unwrap();
    send_form(&browser).await;
    let link = browser
        .wait()
        .for_element(Locator::Css(
            ".error-summary a[data-code='file.extension_mismatch']",
        ))
        .await
        .unwrap();
    assert!(link.text().await.unwrap().contains("«screenshot.pdf»"));
    portal.assert_accessible(&browser, "file error").await;

    // Remove the bad file, choose a good one, send.
    browser
        .find(Locator::Css(".file-list__item button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let input = browser.find(Locator::Id("files")).await.unwrap();
    input.send_keys(pdf.to_str().unwrap()).await.unwrap();
    browser
        .wait()
        .for_element(Locator::XPath(
            "//span[@class='file-list__name'][text()='Квитанция.pdf']",
        ))
        .await
        .unwrap();
    send_form(&browser).await;
    let number = shown_request_number(&browser).await;
    let (_, stored_files) = portal
        .state
        .db
        .feedback_by_number(&number)
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(stored_files.len(), 1);
    assert_eq!(stored_files[0].original_name, "Квитанция.pdf");
    browser.close().await.unwrap();
}

#[tokio::test]
async fn help_centre_and_unknown_pages_are_accessible() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    portal.open(&browser, "/", "h1").await;
    let phones = browser
        .find_all(Locator::Css(".contacts a[href^='tel:']"))
        .await
        .unwrap();
    assert!(
        phones.len() >= 3,
        "the contacts directory lists the phone lines"
    );
    portal.assert_accessible(&browser, "help centre").await;
    browser
        .find(Locator::LinkText("Написать в поддержку"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&browser, "form").await;
    assert_eq!(browser.current_url().await.unwrap().path(), "/feedback");
    // Feedback is a bundle of its own: that was a page load. Within a bundle the router moves
    // the page, and reading starts at the new page's content, as after a page load.
    portal.open(&browser, "/sign-in", "#login").await;
    browser
        .find(Locator::Css("main a[href='/register']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&browser, "#phone").await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let focused: Value = browser
        .execute("return document.activeElement.id", vec![])
        .await
        .unwrap();
    assert_eq!(focused, json!("main-content"));
    let heading = portal
        .open(&browser, "/no/such/page", "h1")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(heading, "Страница не найдена");
    portal.assert_accessible(&browser, "not found").await;
    browser.close().await.unwrap();
}

#[tokio::test]
async fn the_accessibility_check_can_fail() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    portal.open(&browser, "/", "h1").await;
    browser
        .execute("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.svg\">')", vec![])
        .await
        .unwrap();
    let violations = axe_violations(&browser).await;
    assert!(violations.to_string().contains("image-alt"), "{violations}");
    browser.close().await.unwrap();
}

#[tokio::test]
async fn pages_reflow_at_320_pixels() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    browser.set_window_size(320, 800).await.unwrap();
    for path in ["/", "/feedback", "/gallery/file-upload"] {
        portal.open(&browser, path, "h1").await;
        // WCAG 1.4.10: no sideways scrolling, and the content uses the width it has.
        let layout: Value = browser
            .execute(
                "return [window.innerWidth,
                         document.documentElement.scrollWidth <= window.innerWidth,
                         document.querySelector('main').getBoundingClientRect().width
                             >= document.documentElement.clientWidth - 40]",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(layout, json!([320, true, true]), "{path}");
    }
    browser.close().await.unwrap();
}
