//! API tests of filing a support request (SPEC §4, SECURITY.md «Idempotency-Key»): a retried
//! creation never makes a second request, and a request is seen only by its owner.

mod support;

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};
use shared::requests::{REQUESTS_PATH, request_path};
use support::{Answer, Browser, TestServer, register, start};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

fn request_form(subject: &str) -> Value {
    json!({
        "category": "cabinet.personal_data",
        "subject": subject,
        "description": "Не получается изменить адрес регистрации в личном кабинете",
        "phone": "8 912 345-67-89",
        "email": "anna@example.ru",
        "reply_channel": "email",
        "snils": "112-233-445 95",
    })
}

async fn file(browser: &mut Browser, key: &str, body: &Value) -> Answer {
    browser
        .send_with_header(
            reqwest::Method::POST,
            REQUESTS_PATH,
            Some(body),
            ("idempotency-key", key),
        )
        .await
}

async fn citizen(server: &TestServer, phone: &str, email: &str) -> (Browser, i64) {
    let mut browser = server.browser();
    register(server, &mut browser, phone, email).await;
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM accounts WHERE email = ?1")
        .bind(email)
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    (browser, id)
}

#[tokio::test]
async fn a_request_is_filed_once_whatever_the_retries() {
    let server = start().await;
    let (mut anna, id) = citizen(&server, "+79123456789", "anna@example.ru").await;
    let key = "0b6f3c2e-6a1d-4f7e-9a57-3c2d1e0f9a8b";
    let form = request_form("Не меняется адрес");

    let created = file(&mut anna, key, &form).await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let number = created.body["number"].as_str().unwrap().to_owned();
    assert!(
        shared::numbers::parse_request_number(&number).is_ok(),
        "{number}"
    );
    let retried = file(&mut anna, key, &form).await;
    assert_eq!(retried.status, StatusCode::CREATED);
    assert_eq!(retried.body, created.body, "the first answer, replayed");
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 1);

    let other_body = file(&mut anna, key, &request_form("Другая тема")).await;
    assert_eq!(other_body.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        other_body.codes("idempotency_key"),
        ["idempotency_key.reused"]
    );
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 1);

    // A creation still in flight holds its key.
    sqlx::query(
        "INSERT INTO idempotency_keys (account_id, key, fingerprint, created_at)
         VALUES (?1, 'in-flight-key-0000000001', 'x', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
    )
    .bind(id)
    .execute(server.state.db.pool())
    .await
    .unwrap();
    let in_flight = file(&mut anna, "in-flight-key-0000000001", &form).await;
    assert_eq!(in_flight.status, StatusCode::CONFLICT);

    // Without a key, or with a key too short to be unique, nothing is filed.
    let keyless = anna.post(REQUESTS_PATH, form.clone()).await;
    assert_eq!(keyless.status, StatusCode::BAD_REQUEST);
    let short = file(&mut anna, "abc", &form).await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);

    // A refused form does not use its key up: the corrected one goes through with it.
    let mut incomplete = form.clone();
    incomplete["description"] = json!("Коротко");
    let refused = file(&mut anna, "fix-then-send-000000001", &incomplete).await;
    assert_eq!(refused.codes("description"), ["description.too_short"]);
    let fixed = file(&mut anna, "fix-then-send-000000001", &form).await;
    assert_eq!(fixed.status, StatusCode::CREATED);
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 2);

    let (subject, _) = server.last_message_to("anna@example.ru").await.unwrap();
    assert!(subject.contains(fixed.body["number"].as_str().unwrap()));
}

#[tokio::test]
async fn a_multipart_retry_with_the_same_files_is_the_same_submission() {
    let server = start().await;
    let (mut anna, id) = citizen(&server, "+79123456789", "anna@example.ru").await;
    let form = request_form("Справка приложена");
    let multipart = |content: &[u8]| {
        Form::new().text("data", form.to_string()).part(
            "files",
            Part::bytes(content.to_vec()).file_name("справка.pdf"),
        )
    };
    let key = "multipart-retry-key-000001";
    let created = anna
        .post_multipart_with_key(REQUESTS_PATH, multipart(PDF), key)
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let retried = anna
        .post_multipart_with_key(REQUESTS_PATH, multipart(PDF), key)
        .await;
    assert_eq!(retried.body, created.body);
    let mut other = PDF.to_vec();
    other.extend_from_slice(b"% another file\n");
    let changed = anna
        .post_multipart_with_key(REQUESTS_PATH, multipart(&other), key)
        .await;
    assert_eq!(changed.codes("idempotency_key"), ["idempotency_key.reused"]);
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 1);
    let (files,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM request_files")
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    assert_eq!(files, 1);
}

#[tokio::test]
async fn only_the_owner_sees_a_request_and_staff_file_none_here() {
    let server = start().await;
    let (mut anna, _) = citizen(&server, "+79123456789", "anna@example.ru").await;
    let created = file(
        &mut anna,
        "owner-test-key-00000001",
        &request_form("Мой вопрос"),
    )
    .await;
    let number = created.body["number"].as_str().unwrap().to_owned();

    let mine = anna.get(&request_path(&number)).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.body["status"], "registered");
    assert_eq!(mine.body["subject"], "Мой вопрос");
    assert_eq!(mine.body["priority"], "medium");

    let (mut boris, _) = citizen(&server, "+79990001122", "boris@example.ru").await;
    let theirs = boris.get(&request_path(&number)).await;
    let missing = boris.get(&request_path("2026-999999")).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(
        theirs.body, missing.body,
        "another's request looks like none"
    );
    assert_eq!(
        server.browser().get(&request_path(&number)).await.status,
        StatusCode::UNAUTHORIZED
    );

    server::services::staff::seed_demo(&server.state.db, time::OffsetDateTime::now_utc())
        .await
        .unwrap();
    let mut operator = server.browser();
    support::sign_in(
        &mut operator,
        "operator@demo.gosuslugi.local",
        server::services::staff::DEMO_PASSWORD,
        false,
    )
    .await;
    let refused = file(&mut operator, "staff-test-key-00000001", &request_form("X")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}
