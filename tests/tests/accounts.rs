//! Browser tests of accounts: register → confirm → sign out → sign in → recover, in headless
//! Chromium against the real server and the built bundles, with axe-core on every new page.

mod support;

use fantoccini::{Client, Locator};
use serde_json::{Value, json};
use support::{Portal, send_form, wait_for};

const PASSWORD: &str = "Korrekt-Loshad-7";
const NEW_PASSWORD: &str = "Novyi-Parol-2026!";

/// The code in the newest message to `recipient`, read from the outbox.
async fn code_sent_to(portal: &Portal, recipient: &str) -> String {
    let messages = portal.state.db.latest_messages(50).await.unwrap();
    let body = &messages
        .iter()
        .find(|shown| shown.message.recipient == recipient)
        .unwrap_or_else(|| panic!("no message to {recipient}"))
        .message
        .body;
    body.split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 6)
        .unwrap_or_else(|| panic!("no code in «{body}»"))
        .to_owned()
}

async fn type_into(browser: &Client, id: &str, text: &str) {
    let field = browser.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn heading(browser: &Client) -> String {
    wait_for(browser, "h1").await.text().await.unwrap()
}

/// Waits until the page's main heading says `text` (pages of another bundle load anew).
async fn wait_for_heading(browser: &Client, text: &str) {
    for _ in 0..100 {
        if let Ok(h1) = browser.find(Locator::Css("h1")).await
            && h1.text().await.is_ok_and(|t| t == text)
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the heading never became «{text}»: {}",
        heading(browser).await
    );
}

async fn sign_out(browser: &Client) {
    wait_for(browser, ".header__button")
        .await
        .click()
        .await
        .unwrap();
    wait_for(browser, "a.header__link[href='/sign-in']").await;
}

#[tokio::test]
async fn register_confirm_sign_out_sign_in_and_recover() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;

    // Register: the form, then both codes.
    portal.open(&browser, "/register", "#phone").await;
    assert_eq!(heading(&browser).await, "Регистрация");
    portal.assert_accessible(&browser, "registration").await;
    send_form(&browser).await;
    wait_for(&browser, ".error-summary a[data-code='phone.required']").await;
    portal
        .assert_accessible(&browser, "registration with errors")
        .await;
    type_into(&browser, "phone", "8 912 345-67-89").await;
    type_into(&browser, "email", "ivan@example.ru").await;
    type_into(&browser, "password", PASSWORD).await;
    type_into(&browser, "password_repeat", PASSWORD).await;
    browser
        .find(Locator::Css("label[for='consent']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    send_form(&browser).await;
    wait_for(&browser, "#phone_code").await;
    assert_eq!(heading(&browser).await, "Подтвердите телефон и почту");
    portal
        .assert_accessible(&browser, "registration codes")
        .await;
    type_into(
        &browser,
        "phone_code",
        &code_sent_to(&portal, "+79123456789").await,
    )
    .await;
    type_into(
        &browser,
        "email_code",
        &code_sent_to(&portal, "ivan@example.ru").await,
    )
    .await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Личный кабинет").await;
    let banner = wait_for(&browser, ".notification-banner").await;
    assert!(
        banner
            .text()
            .await
            .unwrap()
            .contains("Учётная запись создана"),
        "welcome banner"
    );
    portal.assert_accessible(&browser, "account").await;

    // Security: this session is listed.
    portal
        .open(&browser, "/account/security", "table tbody tr")
        .await;
    let rows: Value = browser
        .execute(
            "return [...document.querySelectorAll('table tbody tr')].map(r => r.textContent)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert!(rows[0].as_str().unwrap().contains("Этот сеанс"), "{rows}");
    portal.assert_accessible(&browser, "security").await;

    // Sign out, then sign in by phone.
    sign_out(&browser).await;
    let me = portal
        .state
        .db
        .account_by_login(&shared::identifiers::Login::Email(
            "ivan@example.ru".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    let sessions = portal.state.db.sessions_of(me.id).await.unwrap();
    assert!(
        sessions.is_empty(),
        "signing out ends the session on the server"
    );
    portal.open(&browser, "/sign-in", "#login").await;
    portal.assert_accessible(&browser, "sign-in").await;
    type_into(&browser, "login", "+7 912 345-67-89").await;
    type_into(&browser, "password", "Wrong-Parol-1").await;
    send_form(&browser).await;
    wait_for(&browser, ".error-summary a[data-code='credentials.wrong']").await;
    type_into(&browser, "password", PASSWORD).await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Личный кабинет").await;
    sign_out(&browser).await;

    // Recover by e-mail: the code, a new password; it does not sign in.
    portal.open(&browser, "/recover", "#login").await;
    portal.assert_accessible(&browser, "recovery").await;
    type_into(&browser, "login", "ivan@example.ru").await;
    send_form(&browser).await;
    wait_for(&browser, "#code").await;
    portal.assert_accessible(&browser, "recovery code").await;
    type_into(
        &browser,
        "code",
        &code_sent_to(&portal, "ivan@example.ru").await,
    )
    .await;
    send_form(&browser).await;
    wait_for(&browser, "#password_repeat").await;
    portal
        .assert_accessible(&browser, "recovery new password")
        .await;
    type_into(&browser, "password", NEW_PASSWORD).await;
    type_into(&browser, "password_repeat", NEW_PASSWORD).await;
    send_form(&browser).await;
    wait_for(&browser, ".panel").await;
    portal.assert_accessible(&browser, "recovery done").await;
    let signed_in: Value = browser
        .execute("return !!document.querySelector('.header__button')", vec![])
        .await
        .unwrap();
    assert_eq!(signed_in, json!(false), "recovery never signs in");

    portal.open(&browser, "/sign-in", "#login").await;
    type_into(&browser, "login", "ivan@example.ru").await;
    type_into(&browser, "password", NEW_PASSWORD).await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Личный кабинет").await;
    browser.close().await.unwrap();
}
