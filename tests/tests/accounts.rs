//! Browser tests of accounts: register → confirm → sign out → sign in → recover, in headless
//! Chromium against the real server and the built bundles, with axe-core on every new page.

mod support;

use fantoccini::{Client, Locator};
use serde_json::{Value, json};
use support::{
    Portal, heading, send_form, signed_in_demo, type_into, wait_for, wait_for_heading,
    wait_for_text,
};

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

/// The account whose e-mail is `email`.
async fn account_of(portal: &Portal, email: &str) -> server::storage::accounts::Account {
    portal
        .state
        .db
        .account_by_login(&shared::identifiers::Login::Email(email.to_owned()))
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no account {email}"))
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
    let me = account_of(&portal, "ivan@example.ru").await;
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

#[tokio::test]
async fn security_page_ends_a_session_and_sets_up_an_authenticator_for_sign_in() {
    let portal = Portal::start().await;
    let browser = signed_in_demo_citizen(&portal).await;
    let login = "citizen@demo.gosuslugi.local";
    let password = server::services::staff::DEMO_PASSWORD;

    // Another device signs in; this page ends its session.
    let other = reqwest::Client::new()
        .post(portal.url(shared::accounts::SESSION_PATH))
        .json(&json!({"login": login, "password": password}))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), reqwest::StatusCode::OK);
    portal
        .open(&browser, "/account/security", "table tbody tr + tr")
        .await;
    browser
        .find(Locator::Css("table tbody tr button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&browser, ".notification-banner").await;
    for _ in 0..50 {
        let rows: Value = browser
            .execute(
                "return document.querySelectorAll('table tbody tr').length",
                vec![],
            )
            .await
            .unwrap();
        if rows == json!(1) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let me = account_of(&portal, login).await;
    assert_eq!(portal.state.db.sessions_of(me.id).await.unwrap().len(), 1);

    // An authenticator: the QR code and key, the first code, ten recovery codes.
    browser
        .find(Locator::XPath(
            "//button[normalize-space()='Подключить приложение']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let secret: String = wait_for(&browser, "code.secret")
        .await
        .text()
        .await
        .unwrap()
        .split_whitespace()
        .collect();
    portal
        .assert_accessible(&browser, "security with a QR code")
        .await;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let code = server::services::totp::current_code(&secret, now).unwrap();
    type_into(&browser, "code", &code).await;
    browser
        .find(Locator::XPath("//button[normalize-space()='Подключить']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&browser, ".recovery-codes li").await;
    let recovery: Value = browser
        .execute(
            "return [...document.querySelectorAll('.recovery-codes li')].map(li => li.textContent)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(recovery.as_array().unwrap().len(), 10, "{recovery}");
    portal
        .assert_accessible(&browser, "security with recovery codes")
        .await;

    // Signing in now asks for the app's code; a recovery code stands in for it.
    sign_out(&browser).await;
    portal.open(&browser, "/sign-in", "#login").await;
    type_into(&browser, "login", login).await;
    type_into(&browser, "password", password).await;
    send_form(&browser).await;
    wait_for(&browser, "#code").await;
    assert_eq!(heading(&browser).await, "Подтвердите вход");
    portal
        .assert_accessible(&browser, "sign-in second factor")
        .await;
    type_into(&browser, "code", recovery[0].as_str().unwrap()).await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Личный кабинет").await;
    browser.close().await.unwrap();
}

/// A browser signed in as the demo citizen (the demo accounts are created first).
async fn signed_in_demo_citizen(portal: &Portal) -> Client {
    signed_in_demo(portal, "citizen").await
}

/// Moves the page's clock `minutes` ahead (the SPA's idle clock reads `Date.now`).
async fn advance_clock(browser: &Client, minutes: u32) {
    browser
        .execute(
            "const ahead = arguments[0] * 60000; const now = Date.now.bind(Date);
             Date.now = () => now() + ahead;",
            vec![json!(minutes)],
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn an_idle_session_is_warned_about_extended_and_then_ended() {
    let portal = Portal::start().await;
    let browser = signed_in_demo_citizen(&portal).await;

    // Two minutes before the end: the warning, with focus inside it.
    advance_clock(&browser, 29).await;
    wait_for(&browser, "dialog[open]").await;
    let dialog = browser
        .find(Locator::Css("dialog[open]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        dialog.contains("Вы давно не совершали действий"),
        "{dialog}"
    );
    portal.assert_accessible(&browser, "idle warning").await;
    browser
        .find(Locator::XPath(
            "//button[normalize-space()='Продлить сеанс']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    for _ in 0..50 {
        let open: Value = browser
            .execute("return !!document.querySelector('dialog[open]')", vec![])
            .await
            .unwrap();
        if open == json!(false) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let open: Value = browser
        .execute("return !!document.querySelector('dialog[open]')", vec![])
        .await
        .unwrap();
    assert_eq!(open, json!(false), "«Продлить сеанс» closes the warning");

    // Past the end: signed out on the server too, and told why on the sign-in page.
    advance_clock(&browser, 31).await;
    wait_for(&browser, "#login").await;
    let banner = wait_for(&browser, ".notification-banner")
        .await
        .text()
        .await
        .unwrap();
    assert!(banner.contains("Вы вышли из-за бездействия"), "{banner}");
    wait_for(&browser, "a.header__link[href='/sign-in']").await;
    browser.close().await.unwrap();
}

#[tokio::test]
async fn my_details_are_saved_and_a_new_email_is_confirmed_by_its_code() {
    let portal = Portal::start().await;
    let browser = signed_in_demo_citizen(&portal).await;

    portal.open(&browser, "/account/profile", "#surname").await;
    let surname = browser.find(Locator::Id("surname")).await.unwrap();
    assert_eq!(
        surname.prop("value").await.unwrap().as_deref(),
        Some("Иванов")
    );
    portal.assert_accessible(&browser, "my details").await;
    type_into(&browser, "given_name", "Пётр").await;
    type_into(&browser, "snils", "123-456-789 65").await;
    send_form(&browser).await;
    wait_for(&browser, ".error-summary a[data-code='snils.checksum']").await;
    portal
        .assert_accessible(&browser, "my details with errors")
        .await;
    type_into(&browser, "snils", "123-456-789 64").await;
    send_form(&browser).await;
    let banner = wait_for(&browser, ".notification-banner")
        .await
        .text()
        .await
        .unwrap();
    assert!(banner.contains("Данные сохранены"), "{banner}");
    let me = account_of(&portal, "citizen@demo.gosuslugi.local").await;
    assert!(
        me.profile.contains("Пётр") && me.profile.contains("12345678964"),
        "{}",
        me.profile
    );

    // The e-mail changes only with the code sent to the new address.
    browser
        .find(Locator::Css(
            "a[href='/account/profile/contact?channel=email']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&browser, "#value").await;
    portal.assert_accessible(&browser, "new e-mail").await;
    type_into(&browser, "value", "petr@example.ru").await;
    send_form(&browser).await;
    wait_for(&browser, "#code").await;
    type_into(
        &browser,
        "code",
        &code_sent_to(&portal, "petr@example.ru").await,
    )
    .await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Мои данные").await;
    wait_for(&browser, "#surname").await;
    let contacts = wait_for(&browser, ".summary-list")
        .await
        .text()
        .await
        .unwrap();
    assert!(contacts.contains("petr@example.ru"), "{contacts}");
    browser.close().await.unwrap();
}

#[tokio::test]
async fn identity_scans_are_sent_from_the_browser_and_the_decision_shows_in_my_details() {
    let portal = Portal::start().await;
    let browser = signed_in_demo_citizen(&portal).await;
    portal.open(&browser, "/account/profile", "#surname").await;
    browser
        .find(Locator::Css("a[href='/account/profile/identity']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The demo citizen has no passport or SNILS in the profile yet: the page says so first.
    let banner = wait_for(&browser, ".notification-banner")
        .await
        .text()
        .await
        .unwrap();
    assert!(banner.contains("Сначала укажите паспорт"), "{banner}");
    portal
        .assert_accessible(&browser, "identity, documents missing")
        .await;

    portal.open(&browser, "/account/profile", "#surname").await;
    for (id, text) in [
        ("passport", "4510 123456"),
        ("passport_issue_date", "15"),
        ("passport_issue_date-month", "04"),
        ("passport_issue_date-year", "2005"),
        ("passport_issued_by", "ОВД района Арбат г. Москвы"),
        ("snils", "112-233-445 95"),
    ] {
        type_into(&browser, id, text).await;
    }
    send_form(&browser).await;
    wait_for(&browser, ".notification-banner--success").await;

    portal
        .open(&browser, "/account/profile/identity", "#passport_scans")
        .await;
    portal.assert_accessible(&browser, "identity").await;
    let files = tempfile::tempdir().unwrap();
    let passport = files.path().join("паспорт.jpg");
    std::fs::write(&passport, [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F']).unwrap();
    let snils = files.path().join("снилс.pdf");
    std::fs::write(&snils, b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n").unwrap();
    // The SNILS is missing: shared's rule says so before anything is sent.
    browser
        .find(Locator::Id("passport_scans"))
        .await
        .unwrap()
        .send_keys(passport.to_str().unwrap())
        .await
        .unwrap();
    wait_for(&browser, ".file-list__item").await;
    send_form(&browser).await;
    wait_for(
        &browser,
        ".error-summary a[data-code='snils_scans.required']",
    )
    .await;
    portal
        .assert_accessible(&browser, "identity with errors")
        .await;
    browser
        .find(Locator::Id("snils_scans"))
        .await
        .unwrap()
        .send_keys(snils.to_str().unwrap())
        .await
        .unwrap();
    for _ in 0..100 {
        let chosen = browser.find_all(Locator::Css(".file-list__item")).await;
        if chosen.is_ok_and(|items| items.len() == 2) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    send_form(&browser).await;
    wait_for_heading(&browser, "Мои данные").await;
    let pending = wait_for(&browser, ".tag--blue").await.text().await.unwrap();
    assert_eq!(pending, "Документы для подтверждения личности на проверке");

    // An operator finds the person in the queue, looks at the scans and confirms.
    let operator = signed_in_demo(&portal, "operator").await;
    // The role's links come with the session, a moment after the heading.
    wait_for(&operator, "a[href='/staff/identity']")
        .await
        .click()
        .await
        .unwrap();
    let case = wait_for(&operator, "a[href^='/staff/identity/case']").await;
    assert_eq!(case.text().await.unwrap(), "Иванов Иван Иванович");
    portal.assert_accessible(&operator, "identity queue").await;
    case.click().await.unwrap();
    wait_for(&operator, "#verdict").await;
    let scans = wait_for(&operator, "main ul.list")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        scans.contains("паспорт.jpg") && scans.contains("снилс.pdf"),
        "{scans}"
    );
    send_form(&operator).await;
    wait_for(&operator, ".error-summary a[data-code='verdict.required']").await;
    portal
        .assert_accessible(&operator, "identity check with errors")
        .await;
    operator
        .find(Locator::Css("input[name='verdict'][value='confirm']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    send_form(&operator).await;
    wait_for(&operator, ".notification-banner--success").await;
    // The queue is loaded after the banner is shown: wait for it rather than read it at once.
    wait_for_text(&operator, "Никто не ждёт проверки").await;
    operator.close().await.unwrap();

    portal.open(&browser, "/account/profile", "#surname").await;
    let confirmed = wait_for(&browser, ".tag--green")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(confirmed, "Личность подтверждена");
    portal
        .assert_accessible(&browser, "my details, identity confirmed")
        .await;
    browser.close().await.unwrap();
}

#[tokio::test]
async fn an_administrator_creates_a_colleague_and_nobody_else_may() {
    let portal = Portal::start().await;
    let citizen = signed_in_demo(&portal, "citizen").await;
    // The links of the account page come with the session: wait for one every account has.
    wait_for(&citizen, "a[href='/account/security']").await;
    wait_for(&citizen, ".header__button").await;
    assert!(
        citizen
            .find(Locator::Css("a[href='/admin/staff']"))
            .await
            .is_err(),
        "citizens get no link to the staff page"
    );
    portal.open(&citizen, "/admin/staff", "h1").await;
    // The refusal shows once the session is known.
    let mut page = String::new();
    for _ in 0..100 {
        page = wait_for(&citizen, "main").await.text().await.unwrap();
        if page.contains("Эта страница доступна только администраторам")
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        page.contains("Эта страница доступна только администраторам") && !page.contains("Роль"),
        "{page}"
    );
    citizen.close().await.unwrap();

    let admin = signed_in_demo(&portal, "administrator").await;
    // The role's links come with the session, a moment after the heading.
    wait_for(&admin, "a[href='/admin/staff']")
        .await
        .click()
        .await
        .unwrap();
    wait_for(&admin, "table").await;
    portal.assert_accessible(&admin, "staff accounts").await;
    send_form(&admin).await;
    wait_for(&admin, ".error-summary a[data-code='role.not_staff']").await;
    wait_for(&admin, ".error-summary a[data-code='email.required']").await;
    portal
        .assert_accessible(&admin, "staff accounts with errors")
        .await;
    admin
        .find(Locator::Css("input[name='role'][value='senior_operator']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    type_into(&admin, "email", "olga.senior@example.ru").await;
    send_form(&admin).await;
    let banner = wait_for(&admin, ".notification-banner--success")
        .await
        .text()
        .await
        .unwrap();
    assert!(banner.contains("olga.senior@example.ru"), "{banner}");
    let mut listed = String::new();
    for _ in 0..100 {
        listed = wait_for(&admin, "table").await.text().await.unwrap();
        if listed.contains("olga.senior@example.ru") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(listed.contains("Старший оператор"), "{listed}");
    let created = account_of(&portal, "olga.senior@example.ru").await;
    assert_eq!(created.role(), shared::accounts::Role::SeniorOperator);
    admin.close().await.unwrap();
}
