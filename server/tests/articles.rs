//! The knowledge base through the API (issue 18): search with Russian word forms, «ё», phrases,
//! filters, ranking, escaped snippets and prefix suggestions; the repository's articles; an
//! article's whole life as an administrator and the refusals for everyone else; readers' votes;
//! and the full-text search of requests in «Мои обращения» and the operators' queue.

mod support;

use reqwest::StatusCode;
use serde_json::{Value, json};
use shared::accounts::Role;
use shared::api::encode_component;
use shared::articles::{
    ADMIN_ARTICLE_PREVIEW_PATH, ADMIN_ARTICLES_PATH, ARTICLE_SUGGEST_PATH, ARTICLES_PATH,
    POPULAR_ARTICLES_PATH, admin_article_path, article_path, votes_path,
};
use shared::console::CONSOLE_REQUESTS_PATH;
use shared::requests::REQUESTS_PATH;
use support::{Browser, TestServer, citizen, filed, staff_member, start};

/// A body long enough for the form's rules, holding `words`.
fn body(words: &str) -> String {
    format!(
        "{words}\n\nЭтот абзац нужен, чтобы статья была не короче ста символов: правила формы \
         требуют полноценного текста."
    )
}

/// An article form of `kind` in `section`, published or not.
fn article(title: &str, text: &str, kind: &str, section: &str, published: bool) -> Value {
    json!({
        "title": title,
        "summary": "Краткое описание статьи для списка результатов.",
        "body": body(text),
        "type": kind,
        "section": section,
        "published": published,
    })
}

/// Creates an article as `admin`; its id.
async fn create(admin: &mut Browser, form: Value) -> i64 {
    let created = admin.post(ADMIN_ARTICLES_PATH, form).await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    created.body["id"].as_i64().unwrap()
}

/// The titles `browser` finds for the query string `query`.
async fn titles(browser: &mut Browser, query: &str) -> Vec<String> {
    let found = browser.get(&format!("{ARTICLES_PATH}?{query}")).await;
    assert_eq!(found.status, StatusCode::OK, "{:?}", found.body);
    found.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap().to_owned())
        .collect()
}

fn q(text: &str) -> String {
    format!("q={}", encode_component(text))
}

/// Saves `form` over article `id` as `admin`.
async fn save(admin: &mut Browser, id: i64, form: &Value) {
    let saved = admin.put(&admin_article_path(id), form.clone()).await;
    assert_eq!(saved.status, StatusCode::NO_CONTENT, "{:?}", saved.body);
}

async fn admin(server: &TestServer) -> Browser {
    staff_member(server, Role::Administrator, "admin@cc.ru", &[]).await
}

#[tokio::test]
async fn the_repository_articles_are_loaded_and_found_in_every_word_form() {
    let server = start().await;
    let mut guest = server.browser();
    let all = guest.get(ARTICLES_PATH).await.body;
    assert!(all["total"].as_u64().unwrap() >= 40, "{all}");
    for form in ["паролем", "пароля", "пароли", "ПАРОЛЬ"] {
        let found = titles(&mut guest, &q(form)).await;
        assert!(
            found.iter().any(|t| t == "Как восстановить пароль"),
            "{form}: {found:?}"
        );
    }
    let english = guest
        .send_with_header(
            reqwest::Method::GET,
            &format!("{ARTICLES_PATH}?{}", q("password")),
            None,
            ("accept-language", "en"),
        )
        .await;
    let english_titles: Vec<&str> = english.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap())
        .collect();
    assert!(
        english_titles.contains(&"How to recover your password"),
        "{english_titles:?}"
    );
    // A restart does not load them twice.
    let loaded = server::services::knowledge::load_repository_articles(
        &server.state.db,
        time::OffsetDateTime::now_utc(),
    )
    .await
    .unwrap();
    assert_eq!(loaded, 0);
}

#[tokio::test]
async fn search_reads_yo_phrases_filters_and_ranks_titles_first() {
    let server = start().await;
    let mut admin = admin(&server).await;
    let mut guest = server.browser();
    create(
        &mut admin,
        article(
            "Слово в теле",
            "Слово зюзьмарка, снова зюзьмарка и опять зюзьмарка.",
            "faq",
            "tech",
            true,
        ),
    )
    .await;
    create(
        &mut admin,
        article(
            "Зюзьмарка в заголовке",
            "Здесь её нет.",
            "instruction",
            "account",
            true,
        ),
    )
    .await;
    create(
        &mut admin,
        article(
            "Ёжиковый порядок",
            "Укажите номер телефона квазиблок в профиле.",
            "faq",
            "cabinet",
            true,
        ),
    )
    .await;
    create(
        &mut admin,
        article(
            "Обратный порядок",
            "Телефона номер квазиблок не нужен.",
            "faq",
            "cabinet",
            true,
        ),
    )
    .await;
    create(
        &mut admin,
        article("Зюзьмарка-черновик", "зюзьмарка", "faq", "tech", false),
    )
    .await;

    assert_eq!(
        titles(&mut guest, &q("зюзьмарки")).await,
        ["Зюзьмарка в заголовке", "Слово в теле"],
        "a title's match ranks above the body's; drafts are not found"
    );
    assert_eq!(
        titles(&mut guest, &format!("{}&type=faq", q("зюзьмаркой"))).await,
        ["Слово в теле"]
    );
    assert_eq!(
        titles(&mut guest, &format!("{}&section=account", q("зюзьмарка"))).await,
        ["Зюзьмарка в заголовке"]
    );
    assert_eq!(
        titles(&mut guest, &q("ЕЖИКОВЫЙ")).await,
        ["Ёжиковый порядок"]
    );
    assert_eq!(
        titles(&mut guest, &q("ёжиковый")).await,
        ["Ёжиковый порядок"]
    );
    let mut both = titles(&mut guest, &q("квазиблок номер телефона")).await;
    both.sort();
    assert_eq!(both, ["Ёжиковый порядок", "Обратный порядок"]);
    assert_eq!(
        titles(&mut guest, &q("квазиблок \"номер телефона\"")).await,
        ["Ёжиковый порядок"],
        "a quoted phrase matches only in its order"
    );
    assert_eq!(
        guest
            .get(&format!("{ARTICLES_PATH}?type=blog"))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        guest
            .get(&format!("{ARTICLES_PATH}?section=nowhere"))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn snippets_mark_the_words_and_escape_the_text() {
    let server = start().await;
    let mut admin = admin(&server).await;
    create(
        &mut admin,
        article(
            "Знаки в тексте",
            "Если a < b & c, то гиперзнак не <script>alert(1)</script> страшен.",
            "faq",
            "tech",
            true,
        ),
    )
    .await;
    let found = server
        .browser()
        .get(&format!("{ARTICLES_PATH}?{}", q("гиперзнака")))
        .await
        .body;
    let snippet = found["items"][0]["snippet"].as_str().unwrap();
    assert!(
        snippet.starts_with("Если a &lt; b &amp; c, то <mark>гиперзнак</mark> не"),
        "{snippet}"
    );
    assert!(!snippet.contains("<script"), "{snippet}");
}

#[tokio::test]
async fn suggestions_start_at_the_second_letter_and_stop_at_eight() {
    let server = start().await;
    let mut admin = admin(&server).await;
    for n in 0..10 {
        create(
            &mut admin,
            article(
                &format!("Шмуцтитул номер {n}"),
                "Текст про шмуцтитулы.",
                "faq",
                "tech",
                true,
            ),
        )
        .await;
    }
    let mut guest = server.browser();
    let suggest = |typed: &str| format!("{ARTICLE_SUGGEST_PATH}?{}", q(typed));
    assert_eq!(guest.get(&suggest("ш")).await.body, json!([]));
    let eight = guest.get(&suggest("шм")).await.body;
    assert_eq!(eight.as_array().unwrap().len(), 8, "{eight}");
    let narrowed = guest.get(&suggest("номер шмуц")).await.body;
    assert_eq!(narrowed.as_array().unwrap().len(), 8, "{narrowed}");
    assert!(
        narrowed[0]["title"]
            .as_str()
            .unwrap()
            .starts_with("Шмуцтитул")
    );
    assert_eq!(guest.get(&suggest("шмуцтитулы нет")).await.body, json!([]));
}

#[tokio::test]
async fn an_article_lives_through_the_api_and_only_administrators_change_it() {
    let server = start().await;
    let mut admin = admin(&server).await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["tech"]).await;
    let mut person = citizen(&server, "+79123456789", "anna@example.ru").await;
    let mut guest = server.browser();

    let refused = admin
        .post(
            ADMIN_ARTICLES_PATH,
            json!({"title": "", "body": "", "type": "video", "section": "nowhere", "related": [99999]}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.codes("title"), ["article_title.required"]);
    assert_eq!(refused.codes("video_url"), ["video_url.required"]);
    assert_eq!(refused.codes("section"), ["section.unknown"]);
    let mut form = article(
        "Проверка жизни статьи",
        "Черновик про квантозавр.",
        "instruction",
        "tech",
        false,
    );
    form["related"] = json!([99999]);
    let unknown = admin.post(ADMIN_ARTICLES_PATH, form.clone()).await;
    assert_eq!(unknown.codes("related"), ["related.unknown"]);
    form["related"] = json!([]);

    assert_eq!(
        guest.post(ADMIN_ARTICLES_PATH, form.clone()).await.status,
        StatusCode::UNAUTHORIZED
    );
    for refused in [&mut person, &mut operator] {
        assert_eq!(
            refused.post(ADMIN_ARTICLES_PATH, form.clone()).await.status,
            StatusCode::FORBIDDEN
        );
    }
    let id = create(&mut admin, form.clone()).await;

    // A draft: the contact centre reads it, nobody else finds or opens it.
    assert_eq!(
        guest.get(&article_path(id)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        person.get(&article_path(id)).await.status,
        StatusCode::NOT_FOUND
    );
    let draft = operator.get(&article_path(id)).await;
    assert_eq!(draft.status, StatusCode::OK);
    assert_eq!(draft.body["published"], false);
    assert!(titles(&mut guest, &q("квантозавра")).await.is_empty());
    assert_eq!(
        operator.get(ADMIN_ARTICLES_PATH).await.status,
        StatusCode::OK
    );
    assert_eq!(
        person.get(ADMIN_ARTICLES_PATH).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        operator
            .put(&admin_article_path(id), form.clone())
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        operator.delete(&admin_article_path(id)).await.status,
        StatusCode::FORBIDDEN
    );

    // Published: found the moment it is saved, its body cleaned.
    form["published"] = json!(true);
    form["body"] = json!(body(
        "Опубликовано про квантозавр. [Ссылка](javascript:alert(1)) и <script>alert(2)</script>"
    ));
    save(&mut admin, id, &form).await;
    assert_eq!(
        titles(&mut guest, &q("квантозавра")).await,
        ["Проверка жизни статьи"]
    );
    let page = guest.get(&article_path(id)).await.body;
    let html = page["body_html"].as_str().unwrap();
    assert!(html.contains("Ссылка"), "{html}");
    assert!(
        !html.contains("javascript") && !html.contains("<script"),
        "{html}"
    );

    form["title"] = json!("Проверка жизни статьи, исправленная");
    save(&mut admin, id, &form).await;
    assert_eq!(
        titles(&mut guest, &q("квантозавр исправленной")).await,
        ["Проверка жизни статьи, исправленная"]
    );
    form["published"] = json!(false);
    save(&mut admin, id, &form).await;
    assert_eq!(
        guest.get(&article_path(id)).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(titles(&mut guest, &q("квантозавра")).await.is_empty());

    let edited = admin.get(&admin_article_path(id)).await.body;
    assert_eq!(
        edited["form"]["title"],
        "Проверка жизни статьи, исправленная"
    );
    let changes: Vec<(&str, &str)> = edited["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["change"].as_str().unwrap(), c["by"].as_str().unwrap()))
        .collect();
    assert_eq!(
        changes,
        [
            ("created", "admin@cc.ru"),
            ("published", "admin@cc.ru"),
            ("edited", "admin@cc.ru"),
            ("unpublished", "admin@cc.ru"),
        ]
    );

    let preview = admin
        .post(
            ADMIN_ARTICLE_PREVIEW_PATH,
            json!({"body": "## Шаг\n\nТекст [сюда](/account) <img src=x onerror=alert(1)>"}),
        )
        .await
        .body;
    let html = preview["body_html"].as_str().unwrap();
    assert!(html.starts_with("<h2>Шаг</h2>"), "{html}");
    assert!(
        !html.contains("onerror") && !html.contains("<img"),
        "{html}"
    );

    assert_eq!(
        admin.delete(&admin_article_path(id)).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        admin.delete(&admin_article_path(id)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        operator.get(&article_path(id)).await.status,
        StatusCode::NOT_FOUND
    );
    let kept: (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM article_changes WHERE article_id = ?1 AND change = 'deleted'",
    )
    .bind(id)
    .fetch_one(server.state.db.pool())
    .await
    .unwrap();
    assert_eq!(kept.0, 1, "the deletion stays in the history");
}

#[tokio::test]
async fn readers_answer_once_a_browser_and_the_figures_count_them() {
    let server = start().await;
    let mut admin = admin(&server).await;
    let id = create(
        &mut admin,
        article("Полезная статья", "Текст о пользе.", "faq", "tech", true),
    )
    .await;
    let draft = create(
        &mut admin,
        article("Черновая статья", "Текст черновика.", "faq", "tech", false),
    )
    .await;
    let mut guest = server.browser();
    let vote = |browser: &str, helpful: bool| json!({"browser": browser, "helpful": helpful});
    for (browser, helpful) in [
        ("browser-token-0001", true),
        ("browser-token-0001", false),
        ("browser-token-0002", true),
    ] {
        assert_eq!(
            guest
                .post(&votes_path(id), vote(browser, helpful))
                .await
                .status,
            StatusCode::NO_CONTENT
        );
    }
    assert_eq!(
        guest
            .post(&votes_path(id), vote("short", true))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let long = guest
        .post(
            &votes_path(id),
            json!({"browser": "browser-token-0003", "helpful": false, "comment": "я".repeat(1001)}),
        )
        .await;
    assert_eq!(long.codes("comment"), ["comment.too_long"]);
    assert_eq!(
        guest
            .post(&votes_path(draft), vote("browser-token-0001", true))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let page = guest.get(&article_path(id)).await.body;
    assert_eq!(page["helped"], 1, "the first browser changed its answer");
    guest.get(&article_path(id)).await;
    let figures = admin.get(ADMIN_ARTICLES_PATH).await.body;
    let mine = figures
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap();
    assert_eq!(
        (&mine["views"], &mine["helpful"], &mine["not_helpful"]),
        (&json!(2), &json!(1), &json!(1))
    );
    let popular = guest.get(POPULAR_ARTICLES_PATH).await.body;
    assert_eq!(popular[0]["id"], id, "the most read first: {popular}");
}

#[tokio::test]
async fn requests_are_searched_by_word_forms_and_phrases_through_the_index() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["cabinet"]).await;
    // Subject «Адрес не меняется», description «Не получается изменить адрес регистрации…».
    let number = filed(&mut anna, "cabinet.personal_data", "search-key-0000001").await;
    let total = |answer: Value| answer["total"].as_u64().unwrap();
    for query in [
        "адреса",
        "АДРЕСОМ регистрации",
        "\"адрес регистрации\"",
        "кабинете меняются",
        number.as_str(),
    ] {
        let mine = anna
            .get(&format!("{REQUESTS_PATH}?{}", q(query)))
            .await
            .body;
        assert_eq!(total(mine), 1, "«Мои обращения», {query}");
        let queue = operator
            .get(&format!("{CONSOLE_REQUESTS_PATH}?{}", q(query)))
            .await
            .body;
        assert_eq!(total(queue), 1, "the queue, {query}");
    }
    for query in ["\"регистрации адрес\"", "адрес паспорта"] {
        let mine = anna
            .get(&format!("{REQUESTS_PATH}?{}", q(query)))
            .await
            .body;
        assert_eq!(total(mine), 0, "«Мои обращения», {query}");
        let queue = operator
            .get(&format!("{CONSOLE_REQUESTS_PATH}?{}", q(query)))
            .await
            .body;
        assert_eq!(total(queue), 0, "the queue, {query}");
    }
}

#[tokio::test]
async fn a_stale_index_is_rebuilt_from_the_rows() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["cabinet"]).await;
    filed(&mut anna, "cabinet.personal_data", "search-key-0000002").await;
    let db = &server.state.db;
    for forget in [
        "INSERT INTO requests_fts (requests_fts) VALUES ('delete-all')",
        "UPDATE requests SET search_stems = '', search_words = ''",
        "UPDATE search_indexes SET version = 0",
    ] {
        sqlx::query(forget).execute(db.pool()).await.unwrap();
    }
    let mine = format!("{REQUESTS_PATH}?{}", q("адреса"));
    let queue = format!("{CONSOLE_REQUESTS_PATH}?{}", q("адреса"));
    assert_eq!(anna.get(&mine).await.body["total"], 0);
    assert_eq!(operator.get(&queue).await.body["total"], 0);
    let rebuilt = db.rebuild_stale_indexes().await.unwrap();
    assert_eq!(rebuilt.len(), 2);
    assert_eq!(anna.get(&mine).await.body["total"], 1);
    assert_eq!(operator.get(&queue).await.body["total"], 1);
    assert!(db.rebuild_stale_indexes().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_request_filed_after_reading_counts_for_the_articles_read() {
    let server = start().await;
    let mut admin = admin(&server).await;
    let read = create(
        &mut admin,
        article("Прочитанная статья", "Текст статьи.", "faq", "tech", true),
    )
    .await;
    let unread = create(
        &mut admin,
        article("Непрочитанная статья", "Текст статьи.", "faq", "tech", true),
    )
    .await;
    let mut citizen = citizen(&server, "+79123450099", "reader@example.ru").await;
    let form = json!({
        "category": "cabinet.personal_data",
        "subject": "Адрес не меняется",
        "description": "Не получается изменить адрес регистрации в личном кабинете",
        "phone": "8 912 345-00-99",
        "email": "reader@example.ru",
        "reply_channel": "email",
        "snils": "112-233-445 95",
        // An id that is no article is left out.
        "read_articles": [read, 999_999],
    });
    let multipart = reqwest::multipart::Form::new().text("data", form.to_string());
    let created = citizen
        .post_multipart_with_key(REQUESTS_PATH, multipart, "read-articles-key-0001")
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let number = created.body["number"].as_str().unwrap();
    let figures = admin.get(ADMIN_ARTICLES_PATH).await.body;
    let requests_of = |id: i64| {
        figures
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .unwrap()["requests"]
            .clone()
    };
    assert_eq!(requests_of(read), 1);
    assert_eq!(requests_of(unread), 0);
    // What was read is counted, not kept as part of the request's form.
    let kept = citizen
        .get(&shared::requests::request_path(number))
        .await
        .body;
    assert!(kept["form"].get("read_articles").is_none(), "{kept}");
    assert_eq!(kept["form"]["subject"], "Адрес не меняется");
}

/// How many requests the operator's queue finds for «адреса» with `filter`: the count (from the
/// index's facets) and the list (from the rows) must agree.
async fn seen(operator: &mut Browser, filter: &str) -> u64 {
    let path = format!("{CONSOLE_REQUESTS_PATH}?{filter}&{}", q("адреса"));
    let page = operator.get(&path).await.body;
    let listed = page["items"].as_array().unwrap().len() as u64;
    assert_eq!(page["total"].as_u64().unwrap(), listed, "{filter}: {page}");
    listed
}

#[tokio::test]
async fn a_searched_queue_follows_who_took_a_request_its_status_and_its_section() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let mut operator =
        staff_member(&server, Role::Operator, "op@cc.ru", &["cabinet", "tech"]).await;
    let number = filed(&mut anna, "cabinet.personal_data", "facets-key-0000001").await;
    filed(&mut anna, "cabinet.personal_data", "facets-key-0000002").await;
    assert_eq!(seen(&mut operator, "assigned=nobody").await, 2);
    assert_eq!(seen(&mut operator, "status=registered").await, 2);
    let taken = support::act(
        &mut operator,
        &number,
        shared::status::OperatorAction::Take,
        Value::Null,
    )
    .await;
    assert_eq!(taken.status, StatusCode::NO_CONTENT, "{:?}", taken.body);
    assert_eq!(seen(&mut operator, "assigned=nobody").await, 1);
    assert_eq!(seen(&mut operator, "assigned=me").await, 1);
    assert_eq!(seen(&mut operator, "status=in_progress").await, 1);
    assert_eq!(seen(&mut operator, "status=registered").await, 1);
    let moved = support::act(
        &mut operator,
        &number,
        shared::status::OperatorAction::Transfer,
        json!({"category": "payments.pay", "comment": "Вопрос об оплате"}),
    )
    .await;
    assert_eq!(moved.status, StatusCode::NO_CONTENT, "{:?}", moved.body);
    // Out of the operator's sections now.
    assert_eq!(seen(&mut operator, "assigned=nobody").await, 1);
    assert_eq!(seen(&mut operator, "status=in_progress").await, 0);
}

#[tokio::test]
async fn a_word_in_thousands_of_requests_is_counted_by_the_index_in_the_same_order() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["cabinet"]).await;
    filed(&mut anna, "cabinet.personal_data", "dense-key-0000001").await;
    // 5 000 copies of it, indexed by the rows' triggers: enough matches for the section to be
    // walked in queue order (console.rs, WALK_FROM_MATCHES).
    copies(&server, 5000, "T").await;
    // As after a start that found the index stale.
    server
        .state
        .db
        .rebuild_index(server::storage::fulltext::Corpus::Requests)
        .await
        .unwrap();
    let searched = operator
        .get(&format!("{CONSOLE_REQUESTS_PATH}?{}", q("адреса")))
        .await;
    assert_eq!(searched.status, StatusCode::OK, "{:?}", searched.body);
    let searched = searched.body;
    assert_eq!(searched["total"], 5001);
    let plain = operator.get(CONSOLE_REQUESTS_PATH).await.body;
    // Every request matches: the searched page is the plain page.
    assert_eq!(searched["items"], plain["items"]);
    assert_eq!(searched["items"].as_array().unwrap().len(), 20);
    let not_taken = operator
        .get(&format!(
            "{CONSOLE_REQUESTS_PATH}?assigned=nobody&{}",
            q("адреса")
        ))
        .await;
    assert_eq!(not_taken.status, StatusCode::OK, "{:?}", not_taken.body);
    assert_eq!(not_taken.body["items"], plain["items"]);
    let none = operator
        .get(&format!("{CONSOLE_REQUESTS_PATH}?{}", q("адреса паспорта")))
        .await
        .body;
    assert_eq!(
        (&none["total"], none["items"].as_array().unwrap().len()),
        (&json!(0), 0)
    );
}

/// Adds `count` copies of every request there is, numbered `<prefix>-000001` on, each indexed
/// by the rows' triggers.
async fn copies(server: &TestServer, count: u32, prefix: &str) {
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO requests (number, account_id, form, category, section, subject,
                               search_text, status, priority, created_at, first_response_due,
                               resolution_due, updated_at, channel, search_stems, search_words)
         SELECT printf('%s-%06d', ?2, i), account_id, form, category, section, subject,
                search_text, status, priority, created_at, first_response_due, resolution_due,
                updated_at, channel, search_stems, search_words
         FROM requests, n",
    )
    .bind(count)
    .bind(prefix)
    .execute(server.state.db.pool())
    .await
    .unwrap();
}

#[tokio::test]
async fn thousands_of_matches_behind_thousands_of_others_are_all_found_in_order() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["cabinet"]).await;
    filed(&mut anna, "cabinet.personal_data", "thin-key-0000001").await;
    copies(&server, 5000, "M").await;
    // 2 500 requests of other words, due sooner: first in the queue, so a walk in queue order
    // meets none of the matches within its rows and the matches are read whole.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)
         INSERT INTO requests (number, account_id, form, category, section, subject,
                               search_text, status, priority, created_at, first_response_due,
                               resolution_due, updated_at, channel, search_stems, search_words)
         SELECT printf('O-%06d', i), account_id, form, category, section, 'Другой вопрос',
                'Другой вопрос', status, priority, created_at, '2000-01-01T00:00:00Z',
                '2000-01-01T00:00:00Z', updated_at, channel, ' друг вопрос ', ' другой вопрос '
         FROM requests, n WHERE number NOT LIKE 'M-%'",
    )
    .execute(server.state.db.pool())
    .await
    .unwrap();
    let numbers = |page: &Value| -> Vec<String> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["summary"]["number"].as_str().unwrap().to_owned())
            .collect()
    };
    let plain = operator.get(CONSOLE_REQUESTS_PATH).await.body;
    assert!(
        numbers(&plain)
            .iter()
            .all(|number| number.starts_with("O-"))
    );
    let matching_first = |searched: &Value| {
        let numbers = numbers(searched);
        assert_eq!(searched["total"], 5001, "{searched}");
        assert_eq!(numbers.len(), 20);
        // The filed request, then its copies in the order they were made.
        assert!(!numbers[0].starts_with(['M', 'O']), "{numbers:?}");
        let copies: Vec<String> = (1..20).map(|i| format!("M-{i:06}")).collect();
        assert_eq!(numbers[1..], copies[..]);
    };
    for query in [q("адреса"), format!("assigned=nobody&{}", q("адреса"))] {
        let searched = operator
            .get(&format!("{CONSOLE_REQUESTS_PATH}?{query}"))
            .await;
        assert_eq!(searched.status, StatusCode::OK, "{:?}", searched.body);
        matching_first(&searched.body);
    }
    // The others due later now: the walk meets the matches at once and gives the same page.
    sqlx::query(
        "UPDATE requests SET first_response_due = '2999-01-01T00:00:00Z',
                             resolution_due = '2999-01-01T00:00:00Z'
         WHERE number LIKE 'O-%'",
    )
    .execute(server.state.db.pool())
    .await
    .unwrap();
    let searched = operator
        .get(&format!("{CONSOLE_REQUESTS_PATH}?{}", q("адреса")))
        .await;
    matching_first(&searched.body);
    let second = operator
        .get(&format!("{CONSOLE_REQUESTS_PATH}?page=2&{}", q("адреса")))
        .await
        .body;
    let expected: Vec<String> = (20..40).map(|i| format!("M-{i:06}")).collect();
    assert_eq!(numbers(&second), expected);
}
