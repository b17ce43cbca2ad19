//! Browser tests of the knowledge base (issue 18): the help centre's search with suggestions
//! (a combobox whose count is announced), «База знаний» with word forms and marked snippets, an
//! article with «Была ли статья полезной?», a video guide's transcript, «Задать вопрос эксперту»
//! landing in a prefilled «Новое обращение» after sign-in, and the request form's suggestions
//! read as a list with its count; axe-core on every page in both languages and schemes.

mod support;

use fantoccini::Client;
use fantoccini::key::Key;
use serde_json::{Value, json};
use shared::articles::{ADMIN_ARTICLES_PATH, ArticleKind};
use shared::forms::article::ArticleForm;
use support::{
    Portal, click, codes_in_page, send_form, type_into, wait_for, wait_for_heading, wait_for_text,
};

/// The id of the published article titled `title`, as the suggestions find it.
async fn article_id(portal: &Portal, typed: &str, title: &str) -> i64 {
    let found: Value = reqwest::Client::new()
        .get(portal.url("/api/v1/articles/suggest"))
        .query(&[("q", typed)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    found
        .as_array()
        .unwrap()
        .iter()
        .find(|article| article["title"] == title)
        .unwrap_or_else(|| panic!("«{title}» not suggested for «{typed}»: {found}"))["id"]
        .as_i64()
        .unwrap()
}

/// The value of the element's attribute `name`.
async fn attribute(browser: &Client, css: &str, name: &str) -> Option<String> {
    wait_for(browser, css).await.attr(name).await.unwrap()
}

/// The text of the page's polite status next to `css`'s field (the search box's).
async fn status_text(browser: &Client, css: &str) -> String {
    browser
        .execute(
            "return document.querySelector(arguments[0]).textContent.trim()",
            vec![json!(css)],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_citizen_searches_reads_and_answers_whether_an_article_helped() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    portal.open(&browser, "/?lang=ru&theme=light", "#q").await;
    wait_for(&browser, ".popular__link").await;
    portal.assert_accessible(&browser, "help centre").await;

    // Suggestions from the second letter: a listbox, its count announced.
    type_into(&browser, "q", "вход по").await;
    wait_for(&browser, "#q-suggestions [role=option]").await;
    assert_eq!(
        attribute(&browser, "#q", "aria-expanded").await.as_deref(),
        Some("true")
    );
    let options = browser
        .find_all(fantoccini::Locator::Css("#q-suggestions [role=option]"))
        .await
        .unwrap();
    assert!(options.len() <= 8, "{} suggestions", options.len());
    let status = status_text(&browser, "#q-status").await;
    assert!(
        status.starts_with(&format!("Подсказок: {}.", options.len())),
        "{status}"
    );
    portal
        .assert_accessible(&browser, "help centre, suggestions open")
        .await;
    // The arrows choose, Enter opens the article chosen.
    let first = options[0].text().await.unwrap();
    let input = wait_for(&browser, "#q").await;
    input.send_keys(&Key::Down.to_string()).await.unwrap();
    assert_eq!(
        attribute(&browser, "#q", "aria-activedescendant").await,
        Some(options[0].attr("id").await.unwrap().unwrap())
    );
    input.send_keys(&Key::Enter.to_string()).await.unwrap();
    wait_for_heading(&browser, &first).await;

    // A search by another form of the word: results with the words marked, escaped around.
    portal.open(&browser, "/", "#q").await;
    type_into(&browser, "q", "паролем").await;
    send_form(&browser).await;
    wait_for_heading(&browser, "База знаний").await;
    let marked = wait_for(&browser, ".article-results__text mark")
        .await
        .text()
        .await
        .unwrap();
    assert!(marked.to_lowercase().starts_with("парол"), "{marked}");
    wait_for_text(&browser, "Найдено статей:").await;
    wait_for(&browser, "a[href^='/account/requests/new?question=']").await;
    portal
        .assert_accessible(&browser, "knowledge base, searched")
        .await;
    // Filters: only the answers to questions of the account's section.
    portal
        .open(
            &browser,
            "/articles?q=%D0%BA%D0%BE%D0%B4&type=faq&section=account",
            ".article-results__item",
        )
        .await;
    let kinds: Value = browser
        .execute(
            "return [...document.querySelectorAll('.article-results__meta .tag')].map(t => t.textContent)",
            vec![],
        )
        .await
        .unwrap();
    let kinds = kinds.as_array().unwrap();
    assert!(!kinds.is_empty());
    assert!(
        kinds.iter().all(|kind| kind == "Вопросы и ответы"),
        "{kinds:?}"
    );
    portal
        .assert_accessible(&browser, "knowledge base, filtered")
        .await;

    // An article: breadcrumbs, its date, related articles, then «Да» and a comment.
    let id = article_id(&portal, "восстановить", "Как восстановить пароль").await;
    portal
        .open(&browser, &format!("/articles/view?id={id}"), ".helpful")
        .await;
    wait_for_heading(&browser, "Как восстановить пароль").await;
    wait_for(&browser, "nav.breadcrumbs a[href='/articles']").await;
    wait_for(&browser, ".article__meta time[datetime]").await;
    portal.assert_accessible(&browser, "article").await;
    support::click_button(&browser, "Да").await;
    wait_for_text(&browser, "Спасибо, ответ учтён").await;
    type_into(&browser, "comment", "Помог шаг с кодом на почту").await;
    portal
        .assert_accessible(&browser, "article, answered")
        .await;
    send_form(&browser).await;
    wait_for_text(&browser, "Комментарий отправлен").await;
    let article: Value = reqwest::get(portal.url(&format!("/api/v1/articles/{id}")))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    // «Да» and then the comment are one browser's one answer.
    assert_eq!(article["helped"], 1);

    // A video guide: its video elsewhere, its transcript here.
    let video = article_id(&portal, "видео рег", "Видео: регистрация на портале").await;
    portal
        .open(&browser, &format!("/articles/view?id={video}"), ".article")
        .await;
    wait_for_text(&browser, "Текст видео").await;
    wait_for(&browser, "a[rel~=external][href^='https://']").await;
    portal.assert_accessible(&browser, "video guide").await;
    // An article that is not there says so.
    portal
        .open(&browser, "/articles/view?id=999999", "main p")
        .await;
    wait_for_text(&browser, "Статья не найдена").await;
    browser.close().await.unwrap();
}

#[tokio::test]
async fn the_knowledge_base_is_accessible_in_english_and_dark() {
    let portal = Portal::start().await;
    let browser = portal.browser().await;
    portal
        .open(&browser, "/?lang=en&theme=dark", ".popular__link")
        .await;
    wait_for_heading(&browser, "Help centre").await;
    type_into(&browser, "q", "пароль").await;
    wait_for(&browser, "#q-suggestions [role=option]").await;
    portal
        .assert_accessible(&browser, "help centre (en, dark), suggestions open")
        .await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Knowledge base").await;
    wait_for(&browser, ".article-results__text mark").await;
    wait_for_text(&browser, "Articles found:").await;
    portal
        .assert_accessible(&browser, "knowledge base (en, dark)")
        .await;
    click(&browser, ".article-results__title a").await;
    wait_for(&browser, ".helpful").await;
    wait_for_text(&browser, "Was this article helpful?").await;
    portal
        .assert_accessible(&browser, "article (en, dark)")
        .await;
    browser.close().await.unwrap();
}

#[tokio::test]
async fn asking_an_expert_lands_in_a_prefilled_request_that_suggests_articles() {
    let portal = Portal::start().await;
    server::services::staff::seed_demo(&portal.state.db, time::OffsetDateTime::now_utc())
        .await
        .unwrap();
    // One reader said this article helped: the request form says so.
    let id = article_id(&portal, "не приходит", "Не приходит код подтверждения").await;
    let voted = reqwest::Client::new()
        .post(portal.url(&format!("/api/v1/articles/{id}/votes")))
        .json(&json!({"browser": "a-test-browser-0001", "helpful": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(voted.status(), 204);

    let browser = portal.browser().await;
    // Read first: the request filed next in this tab counts for the article.
    portal
        .open(&browser, &format!("/articles/view?id={id}"), ".helpful")
        .await;
    portal
        .open(
            &browser,
            "/articles?q=%D0%BD%D0%B5%20%D0%BF%D1%80%D0%B8%D1%85%D0%BE%D0%B4%D0%B8%D1%82%20%D0%BA%D0%BE%D0%B4",
            ".article-results__item",
        )
        .await;
    // Signed out, «Задать вопрос эксперту» signs in first, then opens the form.
    click(&browser, "a[href^='/account/requests/new?question=']").await;
    wait_for(&browser, "#login").await;
    let address = browser.current_url().await.unwrap();
    assert!(
        address
            .as_str()
            .contains("then=%2Faccount%2Frequests%2Fnew"),
        "{address}"
    );
    support::send_demo_sign_in(&browser, "citizen").await;
    wait_for(&browser, "#category_search").await;
    type_into(&browser, "category_search", "персональных").await;
    click(
        &browser,
        "input[name='category'][value='cabinet.personal_data']",
    )
    .await;
    send_form(&browser).await;

    // The subject is the question; the articles matching it are a list whose count is said.
    let subject = wait_for(&browser, "#subject")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(subject.as_deref(), Some("не приходит код"));
    wait_for(
        &browser,
        "ul.suggested__list[aria-labelledby=suggested-heading] li",
    )
    .await;
    let items = browser
        .find_all(fantoccini::Locator::Css(".suggested__list li"))
        .await
        .unwrap()
        .len();
    assert_eq!(
        status_text(&browser, ".suggested [role=status]").await,
        format!("Найдено статей: {items}")
    );
    wait_for_text(&browser, "Помогла 1 читателю").await;
    portal
        .assert_accessible(&browser, "new request: details with suggestions")
        .await;
    // Typing another subject asks again.
    type_into(&browser, "subject", "зеркальный треугольник").await;
    for _ in 0..50 {
        if status_text(&browser, ".suggested [role=status]")
            .await
            .is_empty()
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(status_text(&browser, ".suggested [role=status]").await, "");

    // Filed, the request counts for the article read before it.
    type_into(
        &browser,
        "description",
        "Код подтверждения не приходит ни по SMS, ни на почту уже второй день",
    )
    .await;
    type_into(&browser, "snils", "112-233-445 95").await;
    send_form(&browser).await;
    wait_for(&browser, "#files").await;
    send_form(&browser).await;
    wait_for_heading(&browser, "Проверьте обращение").await;
    click(&browser, "main button").await;
    wait_for_heading(&browser, "Обращение зарегистрировано").await;
    let figures = portal.state.db.article_figures(Some(id)).await.unwrap();
    assert_eq!(figures[0].requests, 1);
    browser.close().await.unwrap();
}

#[tokio::test]
async fn an_administrator_writes_previews_publishes_and_deletes_an_article() {
    let portal = Portal::start().await;
    let admin = support::signed_in_demo(&portal, "administrator").await;
    portal
        .open(&admin, "/admin/articles", "table tbody tr")
        .await;
    wait_for_heading(&admin, "Статьи базы знаний").await;
    portal
        .assert_accessible(&admin, "articles (administrator)")
        .await;

    // A new article: the form's rules speak first, in the browser.
    click(&admin, "main a[href='/admin/articles/edit']").await;
    wait_for(&admin, "#title").await;
    send_form(&admin).await;
    wait_for(
        &admin,
        ".error-summary a[data-code='article_title.required']",
    )
    .await;
    portal
        .assert_accessible(&admin, "new article with errors")
        .await;
    // The browser's verdict is the API's for the same empty form, code for code and word for word.
    let empty = ArticleForm {
        kind: ArticleKind::Instruction.code().to_owned(),
        ..ArticleForm::default()
    };
    let in_browser = codes_in_page(&admin).await;
    let from_api = support::api_verdict_in(
        &admin,
        ADMIN_ARTICLES_PATH,
        &serde_json::to_value(&empty).unwrap(),
    )
    .await;
    assert_eq!(in_browser, from_api);
    let fields: Vec<&str> = in_browser.iter().map(|(f, _, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        ["body", "section", "summary", "title"],
        "{in_browser:?}"
    );
    type_into(&admin, "title", "Как узнать о скидке на госпошлину").await;
    type_into(
        &admin,
        "summary",
        "Когда пошлина за услугу на портале меньше и как это проверить перед оплатой.",
    )
    .await;
    wait_for(&admin, "#section")
        .await
        .select_by_value("payments")
        .await
        .unwrap();
    type_into(
        &admin,
        "body",
        "Пошлина за некоторые услуги меньше при подаче заявления на портале.\n\n## Как проверить\n\n1. Откройте услугу.\n2. Посмотрите сумму на шаге оплаты.",
    )
    .await;
    support::click_button(&admin, "Предпросмотр").await;
    wait_for(&admin, ".article-preview .article__body h2").await;
    wait_for_text(&admin, "Так статья будет выглядеть").await;
    portal.assert_accessible(&admin, "article preview").await;
    click(&admin, "#published").await;
    send_form(&admin).await;
    wait_for_text(&admin, "Статья сохранена").await;
    wait_for_heading(&admin, "Изменение статьи").await;
    wait_for_text(&admin, "Создана").await;
    portal
        .assert_accessible(&admin, "article form with history")
        .await;
    // Published in the same transaction: searchable at once.
    let found: Value = reqwest::get(
        portal
            .url("/api/v1/articles?q=%D0%B3%D0%BE%D1%81%D0%BF%D0%BE%D1%88%D0%BB%D0%B8%D0%BD%D1%83"),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(
        found["items"][0]["title"], "Как узнать о скидке на госпошлину",
        "{found}"
    );

    // Taken back to a draft, then deleted after a second question.
    support::click_button(&admin, "Снять с публикации").await;
    wait_for_text(&admin, "Статья снята с публикации").await;
    wait_for_text(&admin, "Снята с публикации").await;
    support::click_button(&admin, "Удалить статью").await;
    wait_for(&admin, "#article-delete-question").await;
    portal
        .assert_accessible(&admin, "article deletion question")
        .await;
    support::click_button(&admin, "Да, удалить").await;
    wait_for_heading(&admin, "Статьи базы знаний").await;
    wait_for_text(&admin, "Статья удалена").await;
    admin.close().await.unwrap();

    // An operator reads the list and the drafts, and writes nothing.
    let operator = support::signed_in_demo(&portal, "operator").await;
    portal
        .open(&operator, "/admin/articles", "table tbody tr")
        .await;
    assert!(
        operator
            .find(fantoccini::Locator::Css("a[href^='/admin/articles/edit']"))
            .await
            .is_err()
    );
    portal
        .assert_accessible(&operator, "articles (operator)")
        .await;
    operator.close().await.unwrap();
    // A citizen is told the page is not theirs.
    let citizen = support::signed_in_demo(&portal, "citizen").await;
    portal.open(&citizen, "/admin/articles", "h1").await;
    wait_for_text(&citizen, "только сотрудникам контакт-центра").await;
    citizen.close().await.unwrap();
}
