//! API tests over real HTTP: a server on an ephemeral port with a temporary database.

use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

mod support;

use support::{PRECOMPRESSED_SCRIPT, START_UP_SCRIPT, TestServer, start};

fn valid_feedback() -> Value {
    json!({
        "email": "  Ivan@Example.RU ",
        "topic": "tech.site",
        "message": "Страница оплаты штрафа не открывается уже второй день",
        "phone": "8 (912) 345-67-89",
        "snils": "123-456-789 64"
    })
}

fn fields_of(body: &Value) -> Vec<String> {
    let mut fields: Vec<String> = body["fields"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    fields.sort();
    fields
}

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

fn file(name: &str, bytes: Vec<u8>) -> Part {
    Part::bytes(bytes).file_name(name.to_owned())
}

fn multipart(data: &Value, files: Vec<Part>) -> Form {
    let mut form = Form::new().text("data", data.to_string());
    for part in files {
        form = form.part("files", part);
    }
    form
}

#[tokio::test]
async fn categories_come_from_shared() {
    let server = start().await;
    let response = Client::new()
        .get(format!("{}/api/v1/categories", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let tree: Value = response.json().await.unwrap();
    let sections = tree.as_array().unwrap();
    assert_eq!(sections.len(), shared::categories::SECTIONS.len());
    assert_eq!(sections[0]["name"]["ru"], "Технические вопросы");
    assert_eq!(sections[0]["subcategories"][0]["code"], "tech.site");
    assert_eq!(sections[0]["subcategories"][0]["kind"], "service");
    assert_eq!(
        sections[0]["subcategories"][0]["fields"][0]["code"],
        "page_url"
    );
}

#[tokio::test]
async fn valid_feedback_is_stored_normalised_with_a_number() {
    let server = start().await;
    let client = Client::new();
    let before = time::OffsetDateTime::now_utc();
    let response = client
        .post(format!("{}/api/v1/feedback", server.base))
        .json(&valid_feedback())
        .send()
        .await
        .unwrap();
    let after = time::OffsetDateTime::now_utc();
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: shared::api::Created = response.json().await.unwrap();
    let number = created.number;
    assert!(
        shared::numbers::parse_request_number(&number).is_ok(),
        "{number}"
    );
    let (_, topic) = shared::categories::find("tech.site").unwrap();
    let due_range = shared::deadlines::resolution_due(before, topic.kind)
        ..=shared::deadlines::resolution_due(after, topic.kind);
    assert!(
        due_range.contains(&created.due),
        "due {} is the topic's deadline from now",
        created.due
    );
    assert!(number.ends_with("-000001"), "{number}");
    let (stored, files) = server
        .state
        .db
        .feedback_by_number(&number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.email, "Ivan@example.ru");
    assert_eq!(stored.phone, "+79123456789");
    assert_eq!(stored.snils.as_deref(), Some("12345678964"));
    assert_eq!(stored.inn, None);
    assert!(files.is_empty());
    let second = client
        .post(format!("{}/api/v1/feedback", server.base))
        .json(&valid_feedback())
        .send()
        .await
        .unwrap();
    let second = second.json::<Value>().await.unwrap()["number"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        second.ends_with("-000002"),
        "numbers are unique and sequential: {second}"
    );
}

#[tokio::test]
async fn invalid_feedback_names_every_bad_field_and_no_good_one() {
    let server = start().await;
    let client = Client::new();
    let response = client
        .post(format!("{}/api/v1/feedback", server.base))
        .json(&json!({"email": "", "topic": "", "message": "", "phone": ""}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "validation");
    assert_eq!(fields_of(&body), ["email", "message", "phone", "topic"]);
    assert_eq!(body["fields"]["phone"][0]["code"], "phone.required");
    assert_eq!(
        body["fields"]["phone"][0]["message"],
        "Введите номер телефона"
    );

    let mut partly = valid_feedback();
    partly["snils"] = json!("123-456-789 65");
    partly["inn"] = json!("12345");
    partly["email"] = json!("ivan@@example.ru");
    let response = client
        .post(format!("{}/api/v1/feedback", server.base))
        .header("accept-language", "en-GB,en;q=0.9")
        .json(&partly)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(fields_of(&body), ["email", "inn", "snils"]);
    assert_eq!(body["fields"]["snils"][0]["code"], "snils.checksum");
    assert_eq!(
        body["fields"]["snils"][0]["message"],
        "Check the SNILS: the number has a mistake in it"
    );
    assert_eq!(body["fields"]["inn"][0]["code"], "inn.format");
}

#[tokio::test]
async fn the_api_gives_the_same_verdict_as_shared() {
    let server = start().await;
    let cases = [
        json!({"email": "a@b", "topic": "nope", "message": "коротко", "phone": "123", "ogrn": "1027700132196", "passport": "4506 12345"}),
        json!({"email": "x@y.ru", "topic": "feedback.general", "message": "x".repeat(4001), "phone": "+7 912 345 67 89", "ogrnip": "504500116000157"}),
    ];
    for case in cases {
        let form: shared::forms::feedback::Feedback = serde_json::from_value(case.clone()).unwrap();
        let expected =
            shared::forms::Form::check(&form, time::OffsetDateTime::now_utc()).unwrap_err();
        let body: Value = Client::new()
            .post(format!("{}/api/v1/feedback", server.base))
            .json(&case)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let expected_body = serde_json::to_value(shared::api::ErrorBody::validation(
            &expected,
            shared::lang::Lang::Ru,
        ))
        .unwrap();
        assert_eq!(body, expected_body);
    }
}

#[tokio::test]
async fn files_are_stored_under_generated_ids() {
    let server = start().await;
    let form = multipart(
        &valid_feedback(),
        vec![
            file("Скан паспорта.pdf", PDF.to_vec()),
            file("photo.png", PNG.to_vec()),
        ],
    );
    let response = Client::new()
        .post(format!("{}/api/v1/feedback", server.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let number = response.json::<Value>().await.unwrap()["number"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, files) = server
        .state
        .db
        .feedback_by_number(&number)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0].original_name, "Скан паспорта.pdf");
    assert_eq!(files[1].kind, shared::attachments::FileKind::Png);
    for stored in &files {
        assert_eq!(stored.id.len(), 32);
        assert!(stored.id.bytes().all(|b| b.is_ascii_hexdigit()));
        let on_disk = std::fs::read(server.state.uploads.path_of(&stored.id)).unwrap();
        assert_eq!(on_disk.len() as u64, stored.size);
    }
    let names: Vec<String> = std::fs::read_dir(server.data.path().join("uploads"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.contains("Скан")),
        "never stored under the user's name: {names:?}"
    );
}

async fn file_problem(server: &TestServer, files: Vec<Part>) -> (StatusCode, Value) {
    let form = multipart(&valid_feedback(), files);
    let response = Client::new()
        .post(format!("{}/api/v1/feedback", server.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    (
        response.status(),
        response.json().await.unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn bad_files_are_refused_with_their_rule() {
    let server = start().await;
    let too_big = {
        let mut bytes = PDF.to_vec();
        bytes.resize(6 * 1024 * 1024, b' ');
        bytes
    };
    let cases: Vec<(Vec<Part>, &str)> = vec![
        (vec![file("big.pdf", too_big)], "file.too_big"),
        (
            vec![file("photo.pdf", PNG.to_vec())],
            "file.extension_mismatch",
        ),
        (vec![file("empty.pdf", Vec::new())], "file.empty"),
        (
            vec![file("notes.docx", b"this is not a zip at all".to_vec())],
            "file.type",
        ),
        (
            (0..11)
                .map(|i| file(&format!("{i}.pdf"), PDF.to_vec()))
                .collect(),
            "files.too_many",
        ),
    ];
    for (files, code) in cases {
        let (status, body) = file_problem(&server, files).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{code}");
        assert_eq!(fields_of(&body), ["files"], "{code}");
        assert_eq!(body["fields"]["files"][0]["code"], code);
    }
    let (_, body) = file_problem(&server, vec![file("photo.pdf", PNG.to_vec())]).await;
    assert!(
        body["fields"]["files"][0]["message"]
            .as_str()
            .unwrap()
            .contains("«photo.pdf»")
    );
    // Nothing half-received is kept.
    let incoming = std::fs::read_dir(server.data.path().join("uploads/incoming"))
        .unwrap()
        .count();
    assert_eq!(incoming, 0);
}

#[tokio::test]
async fn twenty_one_megabytes_in_total_are_refused() {
    let server = start().await;
    let files = (0..5)
        .map(|i| {
            let mut bytes = PDF.to_vec();
            bytes.resize(4 * 1024 * 1024 + 300 * 1024, b' ');
            file(&format!("part{i}.pdf"), bytes)
        })
        .collect();
    let (status, body) = file_problem(&server, files).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"]["files"][0]["code"], "files.total_too_big");
}

#[tokio::test]
async fn cross_site_posts_and_other_body_types_are_refused() {
    let server = start().await;
    let client = Client::new();
    let url = format!("{}/api/v1/feedback", server.base);
    let cross_site = client
        .post(&url)
        .header("sec-fetch-site", "cross-site")
        .json(&valid_feedback())
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        cross_site.json::<Value>().await.unwrap()["error"],
        "forbidden"
    );
    let other_origin = client
        .post(&url)
        .header("origin", "https://evil.example")
        .json(&valid_feedback())
        .send()
        .await
        .unwrap();
    assert_eq!(other_origin.status(), StatusCode::FORBIDDEN);
    let same_origin = client
        .post(&url)
        .header("origin", server.base.clone())
        .json(&valid_feedback())
        .send()
        .await
        .unwrap();
    assert_eq!(same_origin.status(), StatusCode::CREATED);
    let same_site_fetch = client
        .post(&url)
        .header("sec-fetch-site", "same-origin")
        .json(&valid_feedback())
        .send()
        .await
        .unwrap();
    assert_eq!(same_site_fetch.status(), StatusCode::CREATED);
    let plain = client
        .post(&url)
        .header("content-type", "text/plain")
        .body(valid_feedback().to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(plain.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let form = client
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=a")
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn malformed_and_oversized_bodies_get_faults() {
    let server = start().await;
    let client = Client::new();
    let url = format!("{}/api/v1/feedback", server.base);
    let malformed = client
        .post(&url)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        malformed.json::<Value>().await.unwrap()["error"],
        "bad_request"
    );
    let huge = client
        .post(&url)
        .header("content-type", "application/json")
        .body(vec![b' '; 3 * 1024 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let missing = client
        .get(format!("{}/api/v1/nothing-here", server.base))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let body: Value = missing.json().await.unwrap();
    assert_eq!(
        body,
        json!({"error": "not_found", "message": "Page not found"})
    );
}

#[tokio::test]
async fn pages_carry_security_headers_and_the_spa_falls_back_to_index() {
    let server = start().await;
    let client = Client::new();
    // An address that is no page gets the application too, which says so, and 404.
    let nowhere = client
        .get(format!("{}/help/some/deep/link", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(nowhere.status(), StatusCode::NOT_FOUND);
    assert!(
        nowhere
            .text()
            .await
            .unwrap()
            .contains("<title>Портал</title>")
    );
    let page = client
        .get(format!(
            "{}/account/requests/view?number=2026-000001",
            server.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let headers = page.headers().clone();
    let csp = headers["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD
        .encode(sha2::Sha256::digest(START_UP_SCRIPT.as_bytes()));
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "{csp}"
    );
    assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
    for directive in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "default-src 'self'",
    ] {
        assert!(csp.contains(directive), "{directive} in {csp}");
    }
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert!(page.text().await.unwrap().contains("<title>Портал</title>"));
    let asset = client
        .get(format!("{}/app-0123456789abcdef.js", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(asset.status(), StatusCode::OK);
    assert!(
        asset.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    // A built file carries nothing that acts only on documents, nor a date to revalidate by.
    assert_eq!(asset.headers()["x-content-type-options"], "nosniff");
    for document_only in [
        "content-security-policy",
        "x-frame-options",
        "referrer-policy",
        "permissions-policy",
        "last-modified",
    ] {
        assert!(
            !asset.headers().contains_key(document_only),
            "{document_only}"
        );
    }
}

#[tokio::test]
async fn built_files_are_sent_as_compressed_by_the_build() {
    let server = start().await;
    let asset = Client::new()
        .get(format!("{}/app-0123456789abcdef.js", server.base))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(asset.headers()["content-encoding"], "br");
    assert_eq!(asset.bytes().await.unwrap(), PRECOMPRESSED_SCRIPT);
}

#[tokio::test]
async fn answers_are_compressed_when_the_client_accepts_it() {
    let server = start().await;
    let response = Client::new()
        .get(format!("{}/api/v1/categories", server.base))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
}

#[tokio::test]
async fn the_database_is_durable() {
    let server = start().await;
    assert_eq!(server.state.db.pragma("journal_mode").await.unwrap(), "wal");
    // 2 = FULL: every commit is synced to disk before it is acknowledged.
    assert_eq!(server.state.db.pragma("synchronous").await.unwrap(), "2");
    assert_eq!(server.state.db.pragma("foreign_keys").await.unwrap(), "1");
}

#[tokio::test]
async fn feedback_from_one_address_is_rate_limited() {
    let server = start().await;
    let client = Client::new();
    let send = || {
        client
            .post(format!("{}/api/v1/feedback", server.base))
            .json(&json!({"email": "", "topic": "", "message": "", "phone": ""}))
            .send()
    };
    for n in 0..30 {
        assert_eq!(
            send().await.unwrap().status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{n}"
        );
    }
    let limited = send().await.unwrap();
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers().contains_key("retry-after"));
}
