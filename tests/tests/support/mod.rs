//! The test bench: the real server in-process on an ephemeral port with a temporary database,
//! serving the built SPA, and a chromedriver process driving headless Chromium.

// Each test file uses its own part of the bench.
#![allow(dead_code)]

use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use server::AppState;
use server::config::Config;
use tempfile::TempDir;

/// Arguments Chromium needs here: headless, as root, on a closed network.
const CHROMIUM_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,900",
];

/// WCAG 2.2 AA, as axe-core tags it.
const AXE_TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// A running portal and a chromedriver for it.
pub struct Portal {
    base: String,
    /// The server's state, for looking into the database.
    pub state: AppState,
    _data: TempDir,
    driver: Child,
    driver_url: String,
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The next port chromedriver may listen on. Ports come from below the kernel's ephemeral range
/// (32768+) so an outgoing connection of a parallel test cannot take one between our check and
/// chromedriver's bind, and from a counter so two tests of this process never pick the same.
fn free_port() -> u16 {
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let base = 20_000 + (std::process::id() % 500) as u16 * 20;
    loop {
        let port = base + NEXT.fetch_add(1, Ordering::Relaxed) % 2_000;
        if StdListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

impl Portal {
    /// Starts the server over the built portal and gallery ([`Portal::dist`]) and a
    /// chromedriver.
    pub async fn start() -> Portal {
        Portal::start_over(Portal::dist()).await
    }

    /// Where `scripts/build-portal.sh` and the gallery's trunk build put the SPA.
    pub fn dist() -> PathBuf {
        workspace().join("target/portal/dist")
    }

    /// Starts the server over the built SPA in `dist` and a chromedriver.
    pub async fn start_over(dist: PathBuf) -> Portal {
        assert!(
            dist.join("index.html").exists(),
            "no built SPA in {}: run scripts/build-portal.sh or ./test.sh",
            dist.display()
        );
        let data = tempfile::tempdir().unwrap();
        let config = Config {
            addr: "127.0.0.1:0".parse().unwrap(),
            data_dir: data.path().to_path_buf(),
            dist_dir: dist,
            production: false,
            delivery: Default::default(),
        };
        let (app, state) = server::build(&config).await.unwrap();
        let listener = tokio::net::TcpListener::bind(config.addr).await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(server::serve(listener, app));

        let port = free_port();
        let chromedriver =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e}"));
        let driver_url = format!("http://127.0.0.1:{port}");
        wait_until_ready(&driver_url).await;
        Portal {
            base,
            state,
            _data: data,
            driver,
            driver_url,
        }
    }

    /// An address on the portal.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Opens `path` and waits until the element `css` names is on the page.
    pub async fn open(
        &self,
        browser: &Client,
        path: &str,
        css: &str,
    ) -> fantoccini::elements::Element {
        browser.goto(&self.url(path)).await.unwrap();
        wait_for(browser, css).await
    }

    /// A new headless Chromium session.
    pub async fn browser(&self) -> Client {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({ "args": CHROMIUM_ARGS, "binary": "/usr/bin/chromium" }),
        );
        // Chromium sometimes fails its first start on a loaded machine; a second try is enough.
        let mut attempts = 0;
        loop {
            attempts += 1;
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&self.driver_url)
                .await
            {
                Ok(client) => return client,
                Err(error) if attempts < 3 => {
                    eprintln!("chromedriver session, attempt {attempts}: {error}");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(error) => panic!("chromedriver session: {error}"),
            }
        }
    }

    /// Fills the feedback form's fields named in `values` (the topic by its code).
    pub async fn fill(&self, browser: &Client, values: &Value) {
        for (field, value) in values.as_object().unwrap() {
            let value = value.as_str().unwrap();
            let element = browser.find(Locator::Id(field)).await.unwrap();
            if field == "topic" {
                element.select_by_value(value).await.unwrap();
            } else {
                element.clear().await.unwrap();
                element.send_keys(value).await.unwrap();
            }
        }
    }

    /// What the API says of the same input: (field, code, message), sorted.
    pub async fn api_verdict(&self, input: &Value) -> Vec<(String, String, String)> {
        let mut body = input.clone();
        for field in ["email", "topic", "message", "phone"] {
            body.as_object_mut()
                .unwrap()
                .entry(field)
                .or_insert(json!(""));
        }
        let answer: Value = reqwest::Client::new()
            .post(self.url("/api/v1/feedback"))
            .json(&body)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        verdict_of(&answer)
    }

    /// Runs axe-core over the page; fails on any WCAG 2.2 AA violation.
    pub async fn assert_accessible(&self, browser: &Client, page: &str) {
        assert_eq!(axe_violations(browser).await, json!([]), "axe on {page}");
    }
}

/// What the API says of `form` posted to `path` with the session of `browser`, from the page
/// (same origin, the page's cookies): (field, code, message), sorted. An idempotency key goes
/// with it for the APIs that ask for one.
pub async fn api_verdict_in(
    browser: &Client,
    path: &str,
    form: &Value,
) -> Vec<(String, String, String)> {
    let answer = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0], {
                 method: 'POST',
                 headers: {
                     'Content-Type': 'application/json',
                     'Accept-Language': 'ru',
                     'Idempotency-Key': '0123456789abcdef0123456789abcdef',
                 },
                 body: JSON.stringify(arguments[1]),
             }).then(r => r.json()).then(done, e => done({ error: String(e) }));",
            vec![json!(path), form.clone()],
        )
        .await
        .unwrap();
    verdict_of(&answer)
}

/// The fields of a validation answer: (field, first code, its message), sorted.
pub fn verdict_of(answer: &Value) -> Vec<(String, String, String)> {
    let mut verdict: Vec<(String, String, String)> = answer["fields"]
        .as_object()
        .unwrap_or_else(|| panic!("a validation answer: {answer}"))
        .iter()
        .map(|(field, errors)| {
            (
                field.clone(),
                errors[0]["code"].as_str().unwrap().to_owned(),
                errors[0]["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    verdict.sort();
    verdict
}

/// Waits until chromedriver answers `/status` with `ready: true`: listening is not yet serving.
async fn wait_until_ready(driver_url: &str) {
    let status = format!("{driver_url}/status");
    for _ in 0..150 {
        if let Ok(answer) = reqwest::get(&status).await
            && let Ok(body) = answer.json::<Value>().await
            && body["value"]["ready"] == json!(true)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver at {driver_url} never became ready");
}

/// The WCAG 2.2 AA violations axe-core finds on the page, as «rule: elements».
pub async fn axe_violations(browser: &Client) -> Value {
    {
        let axe = std::fs::read_to_string(workspace().join("node_modules/axe-core/axe.min.js"))
            .expect("axe-core is installed by scripts/setup.sh");
        browser.execute(&axe, vec![]).await.unwrap();
        browser
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
                    .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));",
                vec![json!(AXE_TAGS)],
            )
            .await
            .unwrap()
    }
}

/// Presses the form's submit button.
pub async fn send_form(browser: &Client) {
    browser
        .find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Waits for the element `css` names. ChromeDriver aborts a pending command when the page's
/// address changes (the SPA's `history.pushState` counts), so such an abort is waited out too.
pub async fn wait_for(browser: &Client, css: &str) -> fantoccini::elements::Element {
    for _ in 0..50 {
        match browser.wait().for_element(Locator::Css(css)).await {
            Ok(element) => return element,
            Err(error) if error.to_string().contains("aborted by navigation") => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(error) => {
                let shown = browser
                    .execute("return document.body.innerText", vec![])
                    .await
                    .unwrap_or_default();
                panic!("waiting for {css}: {error}; the page shows: {shown}")
            }
        }
    }
    panic!("{css} never settled");
}

/// The request number the confirmation page shows, once it is shown.
pub async fn shown_request_number(browser: &Client) -> String {
    wait_for(browser, ".request-number")
        .await
        .text()
        .await
        .unwrap()
}

/// The inline errors the page shows: (field, code, message), sorted.
pub async fn codes_in_page(browser: &Client) -> Vec<(String, String, String)> {
    let found: Value = browser
        .execute(
            "return [...document.querySelectorAll('.error-message')].map(p => [
                 p.id.replace(/-error$/, ''),
                 p.dataset.code,
                 p.textContent.replace(/^\\s*Ошибка:\\s*/, '').trim()
             ])",
            vec![],
        )
        .await
        .unwrap();
    let mut verdict: Vec<(String, String, String)> = serde_json::from_value(found).unwrap();
    verdict.sort();
    verdict
}

/// Types `text` into the field `id`, replacing what it held.
pub async fn type_into(browser: &Client, id: &str, text: &str) {
    let field = wait_for(browser, &format!("#{id}")).await;
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// The page's main heading, once there is one.
pub async fn heading(browser: &Client) -> String {
    wait_for(browser, "h1").await.text().await.unwrap()
}

/// Waits until the page's main heading says `text` (pages of another bundle load anew).
pub async fn wait_for_heading(browser: &Client, text: &str) {
    for _ in 0..100 {
        if let Ok(h1) = browser.find(Locator::Css("h1")).await
            && h1.text().await.is_ok_and(|t| t == text)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let shown = browser
        .execute("return document.body.innerText", vec![])
        .await
        .unwrap_or_default();
    panic!("the heading never became «{text}»; the page shows: {shown}");
}

/// A browser signed in as the demo account of `role` (`citizen`, `administrator`…); the demo
/// accounts are created first.
pub async fn signed_in_demo(portal: &Portal, role: &str) -> Client {
    server::services::staff::seed_demo(&portal.state.db, time::OffsetDateTime::now_utc())
        .await
        .unwrap();
    let browser = portal.browser().await;
    portal.open(&browser, "/sign-in", "#login").await;
    sign_in_demo(&browser, role).await;
    browser
}

/// Signs in on the sign-in page already shown as the demo account of `role`, up to
/// «Личный кабинет».
pub async fn sign_in_demo(browser: &Client, role: &str) {
    send_demo_sign_in(browser, role).await;
    wait_for_heading(browser, "Личный кабинет").await;
}

/// Sends the sign-in form already shown with the demo account of `role`; where it leads is
/// the caller's to wait for.
pub async fn send_demo_sign_in(browser: &Client, role: &str) {
    type_into(browser, "login", &format!("{role}@demo.gosuslugi.local")).await;
    type_into(browser, "password", server::services::staff::DEMO_PASSWORD).await;
    send_form(browser).await;
}

/// Clicks the element `css` names, once it is on the page.
pub async fn click(browser: &Client, css: &str) {
    wait_for(browser, css).await.click().await.unwrap();
}

/// Clicks the button whose text is `text`, once it is on the page.
pub async fn click_button(browser: &Client, text: &str) {
    let xpath = format!("//main//button[normalize-space()='{text}']");
    for _ in 0..100 {
        if let Ok(button) = browser.find(fantoccini::Locator::XPath(&xpath)).await {
            button.click().await.unwrap();
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no button «{text}» on the page");
}

/// Waits until the page's text holds `text`.
pub async fn wait_for_text(browser: &Client, text: &str) {
    let mut shown = String::new();
    for _ in 0..100 {
        shown = browser
            .execute("return document.body.innerText", vec![])
            .await
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default();
        if shown.contains(text) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the page never showed «{text}»; it shows: {shown}");
}

/// Chooses `files` in the file input `#id` and waits until the page lists them all.
pub async fn choose_files(browser: &Client, id: &str, files: &[&std::path::Path]) {
    for file in files {
        browser
            .find(fantoccini::Locator::Id(id))
            .await
            .unwrap()
            .send_keys(file.to_str().unwrap())
            .await
            .unwrap();
    }
    for _ in 0..100 {
        let chosen = browser
            .find_all(fantoccini::Locator::Css(".file-list__item"))
            .await;
        if chosen.is_ok_and(|items| items.len() == files.len()) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the page never listed the {} chosen files", files.len());
}

/// Two files a request may carry, «выписка.pdf» and «снимок экрана.png», in a folder of their own
/// that goes with the value.
pub struct RequestFiles {
    /// A PDF.
    pub statement: PathBuf,
    /// A PNG.
    pub photo: PathBuf,
    _folder: TempDir,
}

impl RequestFiles {
    /// Writes both files.
    pub fn new() -> RequestFiles {
        let folder = tempfile::tempdir().unwrap();
        let statement = folder.path().join("выписка.pdf");
        std::fs::write(&statement, b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n").unwrap();
        let photo = folder.path().join("снимок экрана.png");
        std::fs::write(
            &photo,
            [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
        )
        .unwrap();
        RequestFiles {
            statement,
            photo,
            _folder: folder,
        }
    }
}

/// Files a request on «Личные данные» through the steps of «Новое обращение» (no files), from the
/// citizen's account page; answers its number as the confirmation shows it.
pub async fn file_request(citizen: &Client, subject: &str, description: &str) -> String {
    click(citizen, "main a[href='/account/requests/new']").await;
    wait_for(citizen, "#category_search").await;
    click(
        citizen,
        "input[name='category'][value='cabinet.personal_data']",
    )
    .await;
    send_form(citizen).await;
    wait_for(citizen, "#subject").await;
    type_into(citizen, "subject", subject).await;
    type_into(citizen, "description", description).await;
    type_into(citizen, "snils", "112-233-445 95").await;
    send_form(citizen).await;
    wait_for(citizen, "#files").await;
    send_form(citizen).await;
    wait_for_heading(citizen, "Проверьте обращение").await;
    click(citizen, "main button").await;
    wait_for_heading(citizen, "Обращение зарегистрировано").await;
    shown_request_number(citizen).await
}

/// The number the bell's badge shows (none: 0).
pub async fn bell(browser: &Client) -> u64 {
    browser
        .execute(
            "const badge = document.querySelector('.header__badge');
             return badge ? Number(badge.textContent) : 0",
            vec![],
        )
        .await
        .unwrap()
        .as_u64()
        .unwrap_or(0)
}

/// Waits until the bell shows `count`, as its live stream updates it.
pub async fn wait_for_bell(browser: &Client, count: u64) {
    for _ in 0..100 {
        if bell(browser).await == count {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the bell never showed {count}; it shows {}",
        bell(browser).await
    );
}

/// Tomorrow in Moscow, `ДД.ММ.ГГГГ`: a day every window of is still ahead.
pub fn tomorrow() -> String {
    let today = shared::dates::in_moscow(time::OffsetDateTime::now_utc()).date();
    shared::dates::format_date(today + time::Duration::days(1))
}

/// Sets a field's value as typing would (an empty one too), so the page's signal follows.
pub async fn set_value(browser: &Client, id: &str, value: &str) {
    browser
        .execute(
            "const field = document.getElementById(arguments[0]);
             field.value = arguments[1];
             field.dispatchEvent(new Event('input', { bubbles: true }));
             field.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![json!(id), json!(value)],
        )
        .await
        .unwrap();
}

/// The phone field's value once the account's phone has come into it (empty if it never did).
pub async fn prefilled_phone(citizen: &Client) -> String {
    let phone = wait_for(citizen, "#phone").await;
    for _ in 0..50 {
        if let Some(value) = phone.prop("value").await.unwrap().filter(|v| !v.is_empty()) {
            return value;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    String::new()
}

/// Fills the booking form (the phone as prefilled) and sends it; waits for the list.
pub async fn book(citizen: &Client, window: &str, comment: &str) {
    prefilled_phone(citizen).await;
    set_value(citizen, "topic", "cabinet.personal_data").await;
    set_value(citizen, "day", &tomorrow()).await;
    click(citizen, &format!("input[name='window'][value='{window}']")).await;
    type_into(citizen, "comment", comment).await;
    send_form(citizen).await;
    wait_for_heading(citizen, "Обратные звонки").await;
}
