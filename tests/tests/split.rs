//! The portal as one application split into chunks (`scripts/build-portal.sh`), in headless
//! Chromium against the real server: pages whose chunks make closures, listen to events and
//! upload with progress; the citizen's journey in one document, from the help centre through a
//! filed request, «Мои обращения», a reply and the notifications to a booked call-back, and the
//! operator's from signing in through a request's answer to the statistics, with the title and
//! focus followed at each step; a chunk that fails to download; and the bytes each entry page
//! and journey receives.

mod support;

use fantoccini::Client;
use serde_json::{Value, json};
use support::{
    Portal, RequestFiles, book, choose_files, click, click_button, file_request, send_form,
    shown_request_number, sign_in_demo, signed_in_demo, type_into, wait_for, wait_for_heading,
    wait_for_text,
};

/// Marks the document the test started in; a full page load would lose the mark.
async fn mark_document(browser: &Client) {
    browser
        .execute(
            "window.__portalDocument = 'first'; performance.setResourceTimingBufferSize(100000);",
            vec![],
        )
        .await
        .unwrap();
}

/// Whether the browser is still in the document [`mark_document`] marked.
async fn same_document(browser: &Client) -> bool {
    browser
        .execute("return window.__portalDocument === 'first'", vec![])
        .await
        .unwrap()
        .as_bool()
        .unwrap_or(false)
}

/// The id of the focused element.
async fn focused(browser: &Client) -> String {
    browser
        .execute(
            "return document.activeElement && document.activeElement.id",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The document's title.
async fn title(browser: &Client) -> String {
    browser.title().await.unwrap()
}

/// What the browser received so far, as the Resource Timing API counts it: (bytes over the
/// wire, files, document loads).
async fn received(browser: &Client) -> (u64, u64, u64) {
    let figures: Value = browser
        .execute(
            "const entries = performance.getEntriesByType('navigation')
                 .concat(performance.getEntriesByType('resource'));
             return [entries.reduce((sum, e) => sum + e.transferSize, 0),
                     performance.getEntriesByType('resource').length,
                     performance.getEntriesByType('navigation').length];",
            vec![],
        )
        .await
        .unwrap();
    let at = |i: usize| figures[i].as_u64().unwrap_or(0);
    (at(0), at(1), at(2))
}

/// Asserts that the whole journey stayed in the document it started in, and prints what the
/// browser received on the way.
async fn journey_ended_in_one_document(browser: &Client, journey: &str) {
    assert!(
        same_document(browser).await,
        "a link or a form loaded a new document"
    );
    let (bytes, files, documents) = received(browser).await;
    assert_eq!(documents, 1, "one document load for the whole journey");
    println!(
        "split build, {journey}: {bytes} B over the wire in {files} files, {documents} document \
         load"
    );
}

#[tokio::test]
async fn a_citizen_files_a_request_replies_and_books_a_call_back_in_one_document() {
    let portal = Portal::start().await;
    server::services::staff::seed_demo(&portal.state.db, time::OffsetDateTime::now_utc())
        .await
        .unwrap();
    let browser = portal.browser().await;
    portal.open(&browser, "/", "h1").await;
    wait_for_heading(&browser, "Центр поддержки").await;
    mark_document(&browser).await;

    // Signing in: the access chunk, then «Личный кабинет» by the form's own navigation.
    click(&browser, "header a[href='/sign-in']").await;
    wait_for(&browser, "#login").await;
    assert_eq!(title(&browser).await, "Вход — Поддержка Госуслуг");
    assert_eq!(focused(&browser).await, "main-content");
    sign_in_demo(&browser, "citizen").await;

    // «Новое обращение» in its three steps, with two files.
    click(&browser, "main a[href='/account/requests/new']").await;
    wait_for(&browser, "#category_search").await;
    // The topic search filters as one types: listeners made inside the chunk.
    type_into(&browser, "category_search", "персональных").await;
    wait_for_text(&browser, "Найдено тем: 1").await;
    click(
        &browser,
        "input[name='category'][value='cabinet.personal_data']",
    )
    .await;
    send_form(&browser).await;
    wait_for(&browser, "#subject").await;
    type_into(&browser, "subject", "Не меняется адрес регистрации").await;
    type_into(
        &browser,
        "description",
        "После сохранения нового адреса в разделе «Мои данные» снова показывается старый",
    )
    .await;
    type_into(&browser, "snils", "112-233-445 95").await;
    send_form(&browser).await;
    wait_for(&browser, "#files").await;
    let files = RequestFiles::new();
    choose_files(&browser, "files", &[&files.statement, &files.photo]).await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Проверьте обращение").await;
    wait_for_text(&browser, "выписка.pdf, снимок экрана.png").await;

    // Back to the files and forward again: the chosen files are still chosen.
    browser.back().await.unwrap();
    wait_for(&browser, "#files").await;
    wait_for_text(&browser, "выписка.pdf").await;
    browser.forward().await.unwrap();
    wait_for_heading(&browser, "Проверьте обращение").await;
    wait_for_text(&browser, "выписка.pdf, снимок экрана.png").await;

    // Sending uploads both files by XMLHttpRequest with progress, from the chunk.
    click(&browser, "main button").await;
    wait_for_heading(&browser, "Обращение зарегистрировано").await;
    let number = shown_request_number(&browser).await;

    // «Мои обращения» lists it; its page shows both files.
    click(&browser, "header a[href='/account']").await;
    wait_for_heading(&browser, "Личный кабинет").await;
    click(&browser, "main a[href='/account/requests']").await;
    wait_for_heading(&browser, "Мои обращения").await;
    assert_eq!(title(&browser).await, "Мои обращения — Поддержка Госуслуг");
    assert_eq!(focused(&browser).await, "main-content");
    click(
        &browser,
        &format!("main a[href='/account/requests/view?number={number}']"),
    )
    .await;
    wait_for_heading(&browser, &format!("Обращение {number}")).await;
    wait_for_text(&browser, "снимок экрана.png").await;
    wait_for_text(&browser, "выписка.pdf").await;
    portal
        .assert_accessible(&browser, "request, split build")
        .await;

    // A reply of the citizen's own, shown on the request's page.
    click(&browser, "a[href^='/account/requests/reply']").await;
    wait_for(&browser, "#text").await;
    assert_eq!(focused(&browser).await, "main-content");
    type_into(&browser, "text", "Адрес меняла вчера вечером").await;
    send_form(&browser).await;
    wait_for_heading(&browser, &format!("Обращение {number}")).await;
    wait_for_text(&browser, "Адрес меняла вчера вечером").await;

    // The notifications: the request's registration is among them.
    click(&browser, "header a.header__bell").await;
    wait_for_heading(&browser, "Уведомления").await;
    assert_eq!(title(&browser).await, "Уведомления — Поддержка Госуслуг");
    wait_for_text(&browser, &format!("Обращение {number} зарегистрировано")).await;

    // «Заказать звонок»: booked, and listed.
    click(&browser, "header a[href='/account']").await;
    wait_for_heading(&browser, "Личный кабинет").await;
    click(&browser, "main a[href='/account/callbacks']").await;
    wait_for_heading(&browser, "Обратные звонки").await;
    click(&browser, "main a[href='/account/callbacks/new']").await;
    wait_for_heading(&browser, "Заказать обратный звонок").await;
    assert_eq!(focused(&browser).await, "main-content");
    book(&browser, "18-20", "Лучше вечером").await;
    wait_for_text(&browser, "Обратный звонок заказан").await;
    portal
        .assert_accessible(&browser, "call-backs, split build")
        .await;

    journey_ended_in_one_document(
        &browser,
        "citizen: help centre → sign-in → account → new request (3 steps, 2 files) → \
         confirmation → my requests → the request → a reply → notifications → a call-back",
    )
    .await;
    browser.close().await.unwrap();
}

#[tokio::test]
async fn an_operator_works_a_request_and_reads_the_statistics_in_one_document() {
    use shared::ui::console::action::{DONE_REPLY, DONE_RESOLVE, DONE_TAKE};
    let portal = Portal::start().await;
    let citizen = signed_in_demo(&portal, "citizen").await;
    let number = file_request(
        &citizen,
        "Не приходит код подтверждения",
        "Код по SMS не приходит второй день, номер телефона в профиле указан верно",
    )
    .await;
    citizen.close().await.unwrap();

    // A senior operator: the one role that works requests and reads the statistics.
    let browser = portal.browser().await;
    portal.open(&browser, "/sign-in", "#login").await;
    mark_document(&browser).await;
    sign_in_demo(&browser, "senior-operator").await;

    click(&browser, "main a[href='/staff/requests']").await;
    wait_for_heading(&browser, shared::ui::console::queue::TITLE.ru).await;
    assert_eq!(title(&browser).await, "Рабочее место — Поддержка Госуслуг");
    assert_eq!(focused(&browser).await, "main-content");
    click(
        &browser,
        &format!("a[href='/staff/requests/view?number={number}']"),
    )
    .await;
    wait_for_heading(&browser, &format!("Обращение {number}")).await;
    assert_eq!(focused(&browser).await, "main-content");
    click_button(&browser, "Взять в работу").await;
    wait_for_text(&browser, DONE_TAKE.ru).await;

    for (action, text, done) in [
        ("reply", "Проверяем доставку SMS на ваш номер", DONE_REPLY),
        (
            "resolve",
            "Оператор связи устранил сбой, коды приходят снова",
            DONE_RESOLVE,
        ),
    ] {
        click(&browser, &format!("a[href$='action={action}']")).await;
        wait_for(&browser, "#text").await;
        type_into(&browser, "text", text).await;
        send_form(&browser).await;
        wait_for_text(&browser, done.ru).await;
    }

    click(&browser, "header a[href='/account']").await;
    wait_for_heading(&browser, "Личный кабинет").await;
    click(&browser, "main a[href^='/staff/statistics']").await;
    wait_for_heading(&browser, shared::ui::statistics::TITLE.ru).await;
    assert_eq!(focused(&browser).await, "main-content");
    portal
        .assert_accessible(&browser, "statistics, split build")
        .await;

    journey_ended_in_one_document(
        &browser,
        "operator: sign-in → account → console → a request → take → reply → resolve → \
         statistics",
    )
    .await;
    browser.close().await.unwrap();
}

#[tokio::test]
async fn a_chunk_that_fails_to_download_says_so_and_is_tried_again() {
    // A copy of the build whose sign-in chunk is missing, as when the connection drops.
    let copy = tempfile::tempdir().unwrap();
    let source = Portal::dist();
    let mut chunk = None;
    for entry in std::fs::read_dir(&source).unwrap() {
        let entry = entry.unwrap();
        let target = copy.path().join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            // The portal's own folder; the gallery's (a build of its own) is not needed here.
            if !entry.path().join("split_access.wasm").exists() {
                continue;
            }
            std::fs::create_dir(&target).unwrap();
            for file in std::fs::read_dir(entry.path()).unwrap() {
                let file = file.unwrap();
                std::fs::copy(file.path(), target.join(file.file_name())).unwrap();
            }
            chunk = Some(target.join("split_access.wasm"));
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
    let chunk = chunk.expect("the build's folder");
    // The chunk and its brotli copy, which the server would send in its place.
    let compressed = chunk.with_extension("wasm.br");
    let aside = [
        chunk.with_extension("aside"),
        compressed.with_extension("aside.br"),
    ];
    std::fs::rename(&chunk, &aside[0]).unwrap();
    std::fs::rename(&compressed, &aside[1]).unwrap();

    let portal = Portal::start_over(copy.path().to_path_buf()).await;
    let browser = portal.browser().await;
    portal.open(&browser, "/", "h1").await;
    wait_for_heading(&browser, "Центр поддержки").await;
    mark_document(&browser).await;
    click(&browser, "header a[href='/sign-in']").await;
    wait_for_heading(&browser, "Не удалось загрузить страницу").await;
    assert_eq!(
        title(&browser).await,
        "Ошибка: Не удалось загрузить страницу — Поддержка Госуслуг"
    );
    assert_eq!(focused(&browser).await, "chunk-failed");
    portal
        .assert_accessible(&browser, "a chunk failed to download")
        .await;

    // The connection is back: «Попробовать ещё раз» shows the page.
    std::fs::rename(&aside[0], &chunk).unwrap();
    std::fs::rename(&aside[1], &compressed).unwrap();
    click_button(&browser, "Попробовать ещё раз").await;
    wait_for(&browser, "#login").await;
    wait_for_heading(&browser, "Вход").await;
    assert!(
        same_document(&browser).await,
        "the retry loaded a new document"
    );
    browser.close().await.unwrap();
}

/// The session cookie of the demo account of `role`, signed in through the API.
async fn session_of(portal: &Portal, role: &str) -> String {
    let answer = reqwest::Client::new()
        .post(portal.url(shared::accounts::SESSION_PATH))
        .header("sec-fetch-site", "same-origin")
        .json(&json!({
            "login": format!("{role}@demo.gosuslugi.local"),
            "password": server::services::staff::DEMO_PASSWORD,
            "remember_me": false,
        }))
        .send()
        .await
        .unwrap();
    answer
        .headers()
        .get_all("set-cookie")
        .iter()
        .find_map(|value| {
            let pair = value.to_str().ok()?.split(';').next()?;
            pair.strip_prefix("session=").map(str::to_owned)
        })
        .expect("a session cookie")
}

/// Issue 17's budget for an entry page's first load with a cold cache: HTML, wasm, JS and CSS.
const ENTRY_PAGE_BUDGET: u64 = 150_000;

/// The entry pages whose first load is still over [`ENTRY_PAGE_BUDGET`] (README, «One
/// application in chunks»): printed, not failed. A page taken off this list is held to it.
const ENTRY_PAGES_OVER_BUDGET: [&str; 5] = [
    // Over since issue 18 gave it the knowledge base's search, suggestions and popular
    // articles: 136 KB in 26 files before, 204 KB in 71 files after.
    "/",
    "/sign-in",
    "/account/requests",
    "/account/requests/new",
    "/staff/requests",
];

#[tokio::test]
async fn each_entry_page_loads_cold_within_its_budget() {
    let portal = Portal::start().await;
    server::services::staff::seed_demo(&portal.state.db, time::OffsetDateTime::now_utc())
        .await
        .unwrap();
    let entries = [
        ("/", None, "Центр поддержки"),
        ("/sign-in", None, "Вход"),
        ("/account", Some("citizen"), "Личный кабинет"),
        ("/account/requests", Some("citizen"), "Мои обращения"),
        ("/account/requests/new", Some("citizen"), "Новое обращение"),
        ("/staff/requests", Some("operator"), "Рабочее место"),
    ];
    for (path, role, heading) in entries {
        // A browser of its own: nothing cached.
        let browser = portal.browser().await;
        if let Some(role) = role {
            // The cookie is set on the portal's origin from an address that is no page
            // (ChromeDriver refuses a WebDriver cookie for an address like 127.0.0.1).
            browser
                .goto(&portal.url(shared::accounts::SESSION_PATH))
                .await
                .unwrap();
            let token = session_of(&portal, role).await;
            browser
                .execute(
                    "document.cookie = `session=${arguments[0]}; path=/`",
                    vec![json!(token)],
                )
                .await
                .unwrap();
        }
        portal.open(&browser, path, "h1").await;
        wait_for_heading(&browser, heading).await;
        // What the page asks for once its heading is shown (the bell's count, say) counts too.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let (bytes, files, documents) = received(&browser).await;
        assert_eq!(documents, 1);
        let held = !ENTRY_PAGES_OVER_BUDGET.contains(&path);
        println!(
            "split build, first load of {path}: {bytes} B over the wire in {files} files \
             (budget {ENTRY_PAGE_BUDGET} B{})",
            if held { "" } else { ": not yet met" }
        );
        assert!(
            !held || bytes <= ENTRY_PAGE_BUDGET,
            "the first load of {path} received {bytes} B, over its budget of \
             {ENTRY_PAGE_BUDGET} B"
        );
        browser.close().await.unwrap();
    }
}
