//! The component gallery in headless Chromium: every component page (and so every example) in
//! both languages and both schemes passes axe-core's WCAG 2.2 AA rules; the keyboard works the
//! components as their manual checks say; the portal and the gallery are separate bundles.

mod support;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::{Value, json};
use support::Portal;

/// The component pages the gallery's index links to, with how many examples each has.
async fn components(portal: &Portal, browser: &Client) -> Vec<(String, u64)> {
    portal.open(browser, "/gallery", ".gallery-index").await;
    let found: Value = browser
        .execute(
            "return [...document.querySelectorAll('.gallery-index__item')].map(item => [
                 item.querySelector('a').getAttribute('href'),
                 Number(item.querySelector('.gallery-index__count').textContent.replace(/\\D/g, ''))
             ])",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

/// Opens every component page in `lang` and `theme` and runs axe over it.
async fn every_example_is_accessible(lang: &str, theme: &str, background: &str) {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    // The choice is remembered for the following pages, as a designer's would be.
    browser
        .goto(&portal.url(&format!("/gallery?lang={lang}&theme={theme}")))
        .await
        .unwrap();
    let components = components(&portal, &browser).await;
    assert!(components.len() >= 32, "the index lists every component");
    for (path, examples) in components {
        portal.open(&browser, &path, ".gallery-example").await;
        let shown: Value = browser
            .execute(
                "return [document.documentElement.lang, document.documentElement.dataset.theme,
                         getComputedStyle(document.body).backgroundColor,
                         document.querySelectorAll('.gallery-example').length,
                         [...document.querySelectorAll('.gallery-example__preview')]
                             .filter(p => p.children.length > 0).length,
                         [...document.querySelectorAll('.gallery-example__code')]
                             .filter(c => c.textContent.includes('pub fn')).length]",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            shown,
            json!([lang, theme, background, examples, examples, examples]),
            "{path}: language, scheme, every example rendered with its code"
        );
        portal
            .assert_accessible(&browser, &format!("{path} ({lang}, {theme})"))
            .await;
    }
    browser.close().await.unwrap();
}

#[tokio::test]
async fn gallery_is_accessible_in_russian_light() {
    every_example_is_accessible("ru", "light", "rgb(255, 255, 255)").await;
}

#[tokio::test]
async fn every_example_fits_a_320_pixel_column() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    browser
        .goto(&portal.url("/gallery?lang=ru&theme=light"))
        .await
        .unwrap();
    for (path, _) in components(&portal, &browser).await {
        portal
            .open(
                &browser,
                &format!("{path}?view=narrow"),
                ".gallery-example__preview--narrow",
            )
            .await;
        // Content wider than the column would be cut off or scroll the page sideways on a phone;
        // a wide table scrolls inside its own region instead.
        let overflowing: Value = browser
            .execute(
                "return [...document.querySelectorAll('.gallery-example__preview--narrow')]
                     .filter(p => p.scrollWidth > p.clientWidth + 1)
                     .map(p => p.dataset.example)",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(overflowing, json!([]), "{path} at 320 px");
    }
    browser.close().await.unwrap();
}

#[tokio::test]
async fn gallery_is_accessible_in_russian_dark() {
    every_example_is_accessible("ru", "dark", "rgb(18, 19, 20)").await;
}

#[tokio::test]
async fn gallery_is_accessible_in_english_light() {
    every_example_is_accessible("en", "light", "rgb(255, 255, 255)").await;
}

#[tokio::test]
async fn gallery_is_accessible_in_english_dark() {
    every_example_is_accessible("en", "dark", "rgb(18, 19, 20)").await;
}

/// Presses one key on the keyboard, wherever focus is (as a person does; typing into an element
/// would not do on a file input, where WebDriver takes keys as a file's path).
async fn press(browser: &Client, key: Key) {
    let key: char = key.into();
    let actions = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    browser.perform_actions(actions).await.unwrap();
}

/// Something identifying the focused element: its id, else its text.
async fn focused(browser: &Client) -> String {
    browser
        .execute(
            "const e = document.activeElement;
             return e.id || e.className + ': ' + e.textContent.trim()",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Presses Tab until the focused element matches `selector`; fails after 30 presses.
async fn tab_to(browser: &Client, selector: &str) {
    for _ in 0..30 {
        let there: Value = browser
            .execute(
                "return document.activeElement.matches(arguments[0])",
                vec![json!(selector)],
            )
            .await
            .unwrap();
        if there == json!(true) {
            return;
        }
        press(browser, Key::Tab).await;
    }
    panic!("Tab never reached {selector}");
}

/// Opens one example on its own page, in Russian.
async fn open_example(portal: &Portal, browser: &Client, path: &str) {
    portal
        .open(
            browser,
            &format!("{path}?lang=ru"),
            ".gallery-preview__example",
        )
        .await;
}

#[tokio::test]
async fn error_summary_works_from_the_keyboard() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    open_example(&portal, &browser, "/gallery/error-summary/form").await;
    tab_to(&browser, "button[type=submit]").await;
    press(&browser, Key::Enter).await;
    browser
        .wait()
        .for_element(Locator::Css(".error-summary"))
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(
        focused(&browser).await.starts_with("error-summary"),
        "the summary takes focus"
    );
    press(&browser, Key::Tab).await;
    assert!(
        focused(&browser)
            .await
            .contains("Введите адрес электронной почты"),
        "the first link is next: {}",
        focused(&browser).await
    );
    press(&browser, Key::Enter).await;
    assert_eq!(
        focused(&browser).await,
        "summary-email",
        "the link focuses its field"
    );
    let label_visible: Value = browser
        .execute(
            "const r = document.querySelector('label[for=summary-email]').getBoundingClientRect();
             return r.top >= 0 && r.bottom <= window.innerHeight",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(label_visible, json!(true), "the field's label is in view");
    browser.close().await.unwrap();
}

#[tokio::test]
async fn file_upload_works_from_the_keyboard() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    open_example(&portal, &browser, "/gallery/file-upload/chosen").await;
    tab_to(&browser, "input[type=file]").await;
    tab_to(&browser, ".file-list__item button").await;
    assert!(focused(&browser).await.contains("справка.pdf"));
    press(&browser, Key::Enter).await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let items = browser
        .find_all(Locator::Css(".file-list__item"))
        .await
        .unwrap();
    assert_eq!(items.len(), 1, "Enter removed the file");
    assert!(
        focused(&browser).await.contains("скриншот ошибки.png"),
        "focus moved to the next file's button: {}",
        focused(&browser).await
    );
    press(&browser, Key::Enter).await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(
        focused(&browser).await,
        "files-chosen",
        "then to the file input"
    );
    browser.close().await.unwrap();
}

#[tokio::test]
async fn dialog_works_from_the_keyboard() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    open_example(&portal, &browser, "/gallery/modal/confirm").await;
    tab_to(&browser, "button").await;
    press(&browser, Key::Enter).await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(
        focused(&browser).await.contains("Закрыть"),
        "focus goes into the dialog"
    );
    portal.assert_accessible(&browser, "open dialog").await;
    // Tab cycles inside: close, withdraw, keep, then close again.
    for expected in ["Отозвать обращение", "Не отзывать", "Закрыть"]
    {
        press(&browser, Key::Tab).await;
        assert!(
            focused(&browser).await.contains(expected),
            "Tab reaches «{expected}»"
        );
    }
    press(&browser, Key::Escape).await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let open: Value = browser
        .execute("return document.querySelector('dialog').open", vec![])
        .await
        .unwrap();
    assert_eq!(open, json!(false), "Esc closes it");
    let back: Value = browser
        .execute(
            "return document.activeElement === document.querySelector('.gallery-preview__example > button')",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        back,
        json!(true),
        "focus is back on the button that opened it"
    );
    browser.close().await.unwrap();
}

#[tokio::test]
async fn tabs_work_from_the_keyboard() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    open_example(&portal, &browser, "/gallery/tabs/requests").await;
    tab_to(&browser, "[role=tab]").await;
    assert_eq!(focused(&browser).await, "tab-open-tab");
    press(&browser, Key::Right).await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(focused(&browser).await, "tab-answered-tab");
    press(&browser, Key::End).await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(focused(&browser).await, "tab-closed-tab");
    // Tab leaves the tab list for the panel shown, not for the other tabs.
    press(&browser, Key::Tab).await;
    assert_eq!(focused(&browser).await, "tab-closed");
    browser.close().await.unwrap();
}

#[tokio::test]
async fn every_page_is_served_the_portal_and_the_gallery_its_own_bundle() {
    let portal = Portal::start().await;
    let client = reqwest::Client::new();
    let page = |path: &str| {
        let client = client.clone();
        let url = portal.url(path);
        async move { client.get(url).send().await.unwrap() }
    };
    let portal_page = page("/").await;
    let csp = portal_page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let portal_html = portal_page.text().await.unwrap();
    let gallery_html = page("/gallery/button/busy").await.text().await.unwrap();
    assert!(portal_html.contains("/portal.js") && !portal_html.contains("gallery-"));
    assert!(gallery_html.contains("/gallery/gallery-"));
    // Every page of shared's table is the portal's, found; any other address is the portal
    // too (it shows «Страница не найдена»), but not found.
    for route in shared::pages::ROUTES {
        let answer = page(route.path).await;
        assert_eq!(answer.status(), 200, "{}", route.path);
        assert_eq!(answer.text().await.unwrap(), portal_html, "{}", route.path);
    }
    let nowhere = page("/account/nothing-here").await;
    assert_eq!(nowhere.status(), 404);
    assert_eq!(nowhere.text().await.unwrap(), portal_html);
    // One policy allows the portal's and the gallery's start-up scripts and nothing else inline.
    assert_eq!(csp.matches("'sha256-").count(), 2, "{csp}");
}
