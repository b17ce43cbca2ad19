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
        "INSERT INTO idempotency_keys (account_id, key, fingerprint, claim, created_at)
         VALUES (?1, 'in-flight-key-0000000001', 'x', 'x',
                 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
    )
    .bind(id)
    .execute(server.state.db.pool())
    .await
    .unwrap();
    let in_flight = file(&mut anna, "in-flight-key-0000000001", &form).await;
    assert_eq!(in_flight.status, StatusCode::CONFLICT);
    // One whose creation died eleven minutes ago does not.
    sqlx::query(
        "INSERT INTO idempotency_keys (account_id, key, fingerprint, claim, created_at)
         VALUES (?1, 'abandoned-key-0000000001', 'x', 'x',
                 strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-11 minutes'))",
    )
    .bind(id)
    .execute(server.state.db.pool())
    .await
    .unwrap();
    let taken_over = file(&mut anna, "abandoned-key-0000000001", &form).await;
    assert_eq!(taken_over.status, StatusCode::CREATED);
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 2);

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
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 3);

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
    assert_eq!(
        files_on_disk(&server),
        1,
        "the replayed and the refused bodies' files are not kept"
    );

    // Two files, and one file holding both with the second's name in between, are different
    // submissions even though their bytes run the same.
    let two = Form::new()
        .text("data", form.to_string())
        .part("files", Part::bytes(PDF.to_vec()).file_name("a.pdf"))
        .part("files", Part::bytes(PDF.to_vec()).file_name("b.pdf"));
    let key = "run-together-key-0000001";
    let created = anna.post_multipart_with_key(REQUESTS_PATH, two, key).await;
    assert_eq!(created.status, StatusCode::CREATED);
    let mut joined = PDF.to_vec();
    joined.extend_from_slice(b"files\0b.pdf\0");
    joined.extend_from_slice(PDF);
    let one = Form::new()
        .text("data", form.to_string())
        .part("files", Part::bytes(joined).file_name("a.pdf"));
    let other = anna.post_multipart_with_key(REQUESTS_PATH, one, key).await;
    assert_eq!(other.codes("idempotency_key"), ["idempotency_key.reused"]);
}

/// Kept and incoming files.
fn files_on_disk(server: &TestServer) -> usize {
    ["uploads", "uploads/incoming"]
        .iter()
        .map(|dir| {
            std::fs::read_dir(server.data.path().join(dir))
                .unwrap()
                .filter(|entry| entry.as_ref().unwrap().path().is_file())
                .count()
        })
        .sum()
}

#[tokio::test]
async fn two_sendings_at_once_with_one_key_make_one_request() {
    let server = start().await;
    let (anna, id) = citizen(&server, "+79123456789", "anna@example.ru").await;
    let form = request_form("Отправлено дважды");
    let key = "double-click-key-0000001";
    let tab = || {
        let mut tab = server.browser();
        tab.cookie = anna.cookie.clone();
        tab
    };
    let (mut one, mut two, mut three) = (tab(), tab(), tab());
    let (first, second, third) = tokio::join!(
        file(&mut one, key, &form),
        file(&mut two, key, &form),
        file(&mut three, key, &form),
    );
    let answers = [first, second, third];
    let created: Vec<&Answer> = answers
        .iter()
        .filter(|answer| answer.status == StatusCode::CREATED)
        .collect();
    assert!(!created.is_empty());
    assert!(
        created.iter().all(|answer| answer.body == created[0].body),
        "every 201 is the same request"
    );
    assert!(
        answers
            .iter()
            .all(|answer| matches!(answer.status, StatusCode::CREATED | StatusCode::CONFLICT))
    );
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 1);
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
    assert_eq!(mine.body["summary"]["status"], "registered");
    assert_eq!(mine.body["summary"]["subject"], "Мой вопрос");
    assert_eq!(mine.body["summary"]["priority"], "medium");

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

#[tokio::test]
async fn my_requests_filter_search_order_and_page() {
    let server = start().await;
    let (mut anna, id) = citizen(&server, "+79123456789", "anna@example.ru").await;
    let mut numbers = Vec::new();
    for n in 0..23 {
        let mut form = request_form(&format!("Вопрос номер {n}"));
        if n == 5 {
            form["category"] = json!("feedback.complaint");
            form["description"] = json!("Оператор не ответил на ЗВОНОК в течение часа");
        }
        let created = file(&mut anna, &format!("list-test-key-{n:010}"), &form).await;
        assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
        numbers.push(created.body["number"].as_str().unwrap().to_owned());
    }
    // Move two requests in time and one in status, as work on them would.
    let set = |sql: &'static str, number: String| {
        let pool = server.state.db.pool().clone();
        async move {
            sqlx::query(sql).bind(number).execute(&pool).await.unwrap();
        }
    };
    set(
        "UPDATE requests SET created_at = '2026-10-31T20:59:00.000000000Z' WHERE number = ?1",
        numbers[0].clone(),
    )
    .await;
    set(
        "UPDATE requests SET created_at = '2026-10-31T21:00:00.000000000Z' WHERE number = ?1",
        numbers[1].clone(),
    )
    .await;
    set(
        "UPDATE requests SET status = 'completed' WHERE number = ?1",
        numbers[2].clone(),
    )
    .await;

    let first = anna.get(REQUESTS_PATH).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.body["total"], 23);
    assert_eq!(first.body["pages"], 2);
    assert_eq!(first.body["items"].as_array().unwrap().len(), 20);
    assert_eq!(
        first.body["items"][0]["number"], numbers[22],
        "newest first"
    );
    let second = anna.get(&format!("{REQUESTS_PATH}?page=2")).await;
    assert_eq!(second.body["items"].as_array().unwrap().len(), 3);
    assert_eq!(second.body["items"][2]["number"], numbers[0]);

    let completed = anna.get(&format!("{REQUESTS_PATH}?status=completed")).await;
    assert_eq!(completed.body["total"], 1);
    assert_eq!(completed.body["items"][0]["number"], numbers[2]);
    let by_status = anna
        .get(&format!("{REQUESTS_PATH}?order=by_status&page=2"))
        .await;
    let last = by_status.body["items"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["number"], numbers[2], "completed ones after open ones");

    let section = anna
        .get(&format!("{REQUESTS_PATH}?category=feedback"))
        .await;
    assert_eq!(section.body["total"], 1);
    let sub = anna
        .get(&format!("{REQUESTS_PATH}?category=cabinet.personal_data"))
        .await;
    assert_eq!(sub.body["total"], 22);

    // 1 November in Moscow starts at 21:00 UTC on 31 October.
    let november_first = anna
        .get(&format!("{REQUESTS_PATH}?from=01.11.2026&to=01.11.2026"))
        .await;
    assert_eq!(november_first.body["total"], 1);
    assert_eq!(november_first.body["items"][0]["number"], numbers[1]);
    let october = anna.get(&format!("{REQUESTS_PATH}?to=31.10.2026")).await;
    assert_eq!(october.body["items"][0]["number"], numbers[0]);

    let words = anna
        .get(&format!(
            "{REQUESTS_PATH}?q=%D0%B7%D0%B2%D0%BE%D0%BD%D0%BE%D0%BA"
        ))
        .await;
    assert_eq!(words.body["total"], 1, "«звонок» finds «ЗВОНОК»");
    let by_number = anna.get(&format!("{REQUESTS_PATH}?q={}", numbers[7])).await;
    assert_eq!(by_number.body["total"], 1);
    assert_eq!(by_number.body["items"][0]["number"], numbers[7]);

    let backwards = anna
        .get(&format!("{REQUESTS_PATH}?from=10.11.2026&to=01.11.2026"))
        .await;
    assert_eq!(backwards.codes("to"), ["date_range.order"]);
    let unknown = anna.get(&format!("{REQUESTS_PATH}?status=lost")).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert_eq!(unknown.body["error"], "bad_request");

    let (mut boris, _) = citizen(&server, "+79990001122", "boris@example.ru").await;
    let empty = boris.get(REQUESTS_PATH).await;
    assert_eq!(empty.body["total"], 0);
    assert_eq!(empty.body["pages"], 1);
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 23);
}

/// A file's name and content.
type NamedBytes = (String, Vec<u8>);

#[tokio::test]
async fn bad_files_refuse_the_request_and_leave_nothing_behind() {
    let server = start().await;
    let (mut anna, id) = citizen(&server, "+79123456789", "anna@example.ru").await;
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    let padded = |size: usize| {
        let mut bytes = PDF.to_vec();
        bytes.resize(size, b' ');
        bytes
    };
    let cases: Vec<(Vec<NamedBytes>, &str)> = vec![
        (
            vec![("big.pdf".into(), padded(6 * 1024 * 1024))],
            "file.too_big",
        ),
        (
            (0..5)
                .map(|i| (format!("part{i}.pdf"), padded(4 * 1024 * 1024 + 300 * 1024)))
                .collect(),
            "files.total_too_big",
        ),
        (
            (0..11)
                .map(|i| (format!("{i}.pdf"), PDF.to_vec()))
                .collect(),
            "files.too_many",
        ),
        (
            vec![("photo.pdf".into(), PNG.to_vec())],
            "file.extension_mismatch",
        ),
        (vec![("empty.pdf".into(), Vec::new())], "file.empty"),
        (
            vec![("notes.docx".into(), b"this is not a zip at all".to_vec())],
            "file.type",
        ),
    ];
    let form = request_form("С файлами");
    for (n, (files, code)) in cases.into_iter().enumerate() {
        let multipart = files.into_iter().fold(
            Form::new().text("data", form.to_string()),
            |multipart, (name, bytes)| multipart.part("files", Part::bytes(bytes).file_name(name)),
        );
        let answer = anna
            .post_multipart_with_key(REQUESTS_PATH, multipart, &format!("bad-files-key-{n:08}"))
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{code}");
        assert_eq!(answer.codes("files")[0], code);
    }
    assert_eq!(server.state.db.request_count(id).await.unwrap(), 0);
    assert_eq!(
        files_on_disk(&server),
        0,
        "no file of a refused request is kept"
    );
}
