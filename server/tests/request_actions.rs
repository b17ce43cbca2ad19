//! API tests of what a citizen does with a filed request (SPEC §4): the thread, «Завершить»,
//! reopening within seven days, escalating, rating, downloads, each allowed and refused by the
//! transition table, and nothing of it reachable with another citizen's request.

mod support;

use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use server::storage::timestamp;
use shared::requests::{REQUESTS_PATH, action_path, request_file_path, request_path};
use shared::status::CitizenAction;
use support::{Answer, Browser, TestServer, register, start};
use time::{Duration, OffsetDateTime};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

fn request_form() -> Value {
    json!({
        "category": "cabinet.personal_data",
        "subject": "Адрес не меняется",
        "description": "Не получается изменить адрес регистрации в личном кабинете",
        "phone": "8 912 345-67-89",
        "email": "anna@example.ru",
        "reply_channel": "email",
        "snils": "112-233-445 95",
    })
}

async fn signed_in_citizen(server: &TestServer, phone: &str, email: &str) -> Browser {
    let mut browser = server.browser();
    register(server, &mut browser, phone, email).await;
    browser
}

/// Files a request with one PDF named in Cyrillic; its number.
async fn filed(browser: &mut Browser) -> String {
    let multipart = Form::new()
        .text("data", request_form().to_string())
        .part("files", Part::bytes(PDF.to_vec()).file_name("справка.pdf"));
    let created = browser
        .post_multipart_with_key(REQUESTS_PATH, multipart, "filed-request-key-0001")
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    created.body["number"].as_str().unwrap().to_owned()
}

fn path(number: &str, action: CitizenAction) -> String {
    action_path(number, action).unwrap()
}

async fn reply(browser: &mut Browser, number: &str, text: &str, key: &str) -> Answer {
    let multipart = Form::new()
        .text("data", json!({ "text": text }).to_string())
        .part("files", Part::bytes(PDF.to_vec()).file_name("ответ.pdf"));
    browser
        .post_multipart_with_key(&path(number, CitizenAction::Reply), multipart, key)
        .await
}

async fn detail(browser: &mut Browser, number: &str) -> Value {
    let answer = browser.get(&request_path(number)).await;
    assert_eq!(answer.status, StatusCode::OK);
    answer.body
}

fn actions(detail: &Value) -> Vec<&str> {
    detail["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect()
}

fn events(detail: &Value) -> Vec<String> {
    detail["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["event"].to_string())
        .collect()
}

fn moment(days_ago: i64) -> String {
    timestamp(OffsetDateTime::now_utc() - Duration::days(days_ago))
}

#[tokio::test]
async fn the_citizen_replies_closes_reopens_and_rates() {
    let server = start().await;
    let mut anna = signed_in_citizen(&server, "+79123456789", "anna@example.ru").await;
    let number = filed(&mut anna).await;

    let opened = detail(&mut anna, &number).await;
    assert_eq!(opened["summary"]["status"], "registered");
    assert_eq!(opened["form"]["subject"], "Адрес не меняется");
    assert_eq!(actions(&opened), ["reply", "close"]);
    assert_eq!(events(&opened), ["\"registered\""]);
    let file = &opened["files"][0];
    assert_eq!(file["name"], "справка.pdf");
    let download = anna
        .get(&request_file_path(&number, file["id"].as_str().unwrap()))
        .await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.bytes, PDF);
    let disposition = download.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    assert!(disposition.contains("filename*=UTF-8''"), "{disposition}");

    // A reply and its retry make one message.
    let first = reply(
        &mut anna,
        &number,
        "Прикладываю выписку",
        "reply-key-000000001",
    )
    .await;
    assert_eq!(first.status, StatusCode::CREATED, "{:?}", first.body);
    let again = reply(
        &mut anna,
        &number,
        "Прикладываю выписку",
        "reply-key-000000001",
    )
    .await;
    assert_eq!(again.status, StatusCode::CREATED);
    let empty = anna
        .send_with_header(
            Method::POST,
            &path(&number, CitizenAction::Reply),
            Some(&json!({ "text": "  " })),
            ("idempotency-key", "reply-key-000000002"),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.codes("text"), ["text.required"]);
    let no_key = anna
        .post(
            &path(&number, CitizenAction::Reply),
            json!({ "text": "Без ключа" }),
        )
        .await;
    assert_eq!(no_key.status, StatusCode::BAD_REQUEST);
    let replied = detail(&mut anna, &number).await;
    let thread = replied["thread"].as_array().unwrap();
    assert_eq!(thread.len(), 1, "the retry made no second message");
    assert_eq!(thread[0]["author"], "citizen");
    assert_eq!(thread[0]["text"], "Прикладываю выписку");
    let attached = thread[0]["files"][0]["id"].as_str().unwrap();
    let download = anna.get(&request_file_path(&number, attached)).await;
    assert_eq!(download.bytes, PDF);
    assert_eq!(
        replied["summary"]["status"], "registered",
        "only a pause is ended by a reply"
    );

    // «Завершить», then rate once.
    let close = anna
        .post(&path(&number, CitizenAction::Close), json!({}))
        .await;
    assert_eq!(close.status, StatusCode::NO_CONTENT);
    let closed = detail(&mut anna, &number).await;
    assert_eq!(closed["summary"]["status"], "completed");
    assert_eq!(
        actions(&closed),
        ["reopen", "rate"],
        "no escalation of one's own closing"
    );
    assert_eq!(
        anna.post(&path(&number, CitizenAction::Close), json!({}))
            .await
            .status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        reply(&mut anna, &number, "Ещё вопрос", "reply-key-000000003")
            .await
            .status,
        StatusCode::CONFLICT,
        "a closed request takes no replies"
    );
    let unrated = anna
        .post(&path(&number, CitizenAction::Rate), json!({ "stars": 0 }))
        .await;
    assert_eq!(unrated.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unrated.codes("stars"), ["rating.range"]);
    let rated = anna
        .post(
            &path(&number, CitizenAction::Rate),
            json!({ "stars": 5, "comment": " Спасибо " }),
        )
        .await;
    assert_eq!(rated.status, StatusCode::NO_CONTENT);
    assert_eq!(
        anna.post(&path(&number, CitizenAction::Rate), json!({ "stars": 1 }))
            .await
            .status,
        StatusCode::CONFLICT,
        "a rating is given once"
    );
    let rated = detail(&mut anna, &number).await;
    assert_eq!(rated["rating"], json!({ "stars": 5, "comment": "Спасибо" }));
    assert_eq!(actions(&rated), ["reopen"]);

    // Reopen within seven days; after them, only a linked request.
    let reopen = anna
        .post(&path(&number, CitizenAction::Reopen), json!({}))
        .await;
    assert_eq!(reopen.status, StatusCode::NO_CONTENT);
    let reopened = detail(&mut anna, &number).await;
    assert_eq!(reopened["summary"]["status"], "in_progress");
    assert_eq!(
        events(&reopened),
        [
            "\"registered\"",
            "{\"moved\":\"citizen_close\"}",
            "{\"moved\":\"reopen\"}"
        ]
    );
    anna.post(&path(&number, CitizenAction::Close), json!({}))
        .await;
    server
        .sql("UPDATE requests SET closed_at = ?1", &moment(8))
        .await;
    assert_eq!(
        anna.post(&path(&number, CitizenAction::Reopen), json!({}))
            .await
            .status,
        StatusCode::CONFLICT,
        "seven days have passed"
    );
    assert_eq!(actions(&detail(&mut anna, &number).await), ["file_linked"]);
}

#[tokio::test]
async fn a_reply_while_documents_are_awaited_resumes_the_work_and_the_clock() {
    let server = start().await;
    let mut anna = signed_in_citizen(&server, "+79123456789", "anna@example.ru").await;
    let number = filed(&mut anna).await;
    let before = detail(&mut anna, &number).await["summary"]["due"].clone();
    // An operator asked for documents three weeks ago (issue 6 makes this a button).
    server
        .sql(
            "UPDATE requests SET status = 'awaiting_documents', paused_at = ?1",
            &moment(21),
        )
        .await;
    let awaiting = detail(&mut anna, &number).await;
    assert_eq!(actions(&awaiting), ["reply", "close"]);
    let answer = reply(&mut anna, &number, "Вот документы", "resume-key-00000001").await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let resumed = detail(&mut anna, &number).await;
    assert_eq!(resumed["summary"]["status"], "in_progress");
    let last = resumed["journal"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["event"], json!({ "moved": "citizen_replied" }));
    assert_eq!(last["actor"], "system");
    assert_eq!(last["from"], "awaiting_documents");
    let parse = |value: &Value| {
        OffsetDateTime::parse(
            value.as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap()
    };
    let moved = parse(&resumed["summary"]["due"]) - parse(&before);
    // Three weeks hold at least 14 business days whatever the holidays.
    assert!(moved >= Duration::days(14), "the deadline moved by {moved}");
}

#[tokio::test]
async fn escalation_when_overdue_and_when_a_resolution_is_disputed() {
    let server = start().await;
    let mut anna = signed_in_citizen(&server, "+79123456789", "anna@example.ru").await;
    let number = filed(&mut anna).await;
    let escalate = |reason: &str| json!({ "reason": reason });
    let escalation = path(&number, CitizenAction::Escalate);
    assert_eq!(
        anna.post(&escalation, escalate("Долго")).await.status,
        StatusCode::CONFLICT,
        "not before the deadline"
    );
    server
        .sql("UPDATE requests SET resolution_due = ?1", &moment(1))
        .await;
    let without_reason = anna.post(&escalation, escalate(" ")).await;
    assert_eq!(without_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        without_reason.codes("reason"),
        ["escalation_reason.required"]
    );
    assert_eq!(
        anna.post(&escalation, escalate("Срок прошёл, ответа нет"))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        anna.post(&escalation, escalate("Ещё раз")).await.status,
        StatusCode::CONFLICT,
        "once per grievance"
    );
    let escalated = detail(&mut anna, &number).await;
    let last = escalated["journal"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["event"], "escalated");
    assert_eq!(last["note"], "Срок прошёл, ответа нет");
    assert_eq!(last["from"], last["to"], "an escalation changes no status");

    // The escalation was five days ago; an operator resolves it now; the citizen disputes it
    // within 48 hours of the resolution, not after.
    server
        .sql("UPDATE requests SET escalated_at = ?1", &moment(5))
        .await;
    server
        .sql(
            "UPDATE requests SET status = 'completed', closed_by = 'operator', closed_at = ?1",
            &moment(0),
        )
        .await;
    assert_eq!(
        actions(&detail(&mut anna, &number).await),
        ["reopen", "escalate", "rate"]
    );
    server
        .sql("UPDATE requests SET closed_at = ?1", &moment(3))
        .await;
    assert_eq!(
        anna.post(&escalation, escalate("Не согласна")).await.status,
        StatusCode::CONFLICT,
        "48 hours have passed"
    );
    server
        .sql("UPDATE requests SET closed_at = ?1", &moment(1))
        .await;
    assert_eq!(
        anna.post(&escalation, escalate("Не согласна с ответом"))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn another_citizens_request_is_not_found_at_any_endpoint() {
    let server = start().await;
    let mut anna = signed_in_citizen(&server, "+79123456789", "anna@example.ru").await;
    let number = filed(&mut anna).await;
    let file_id = detail(&mut anna, &number).await["files"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Overdue and closed by an operator: every action would be open to its owner.
    server
        .sql(
            "UPDATE requests SET resolution_due = ?1, status = 'completed', closed_by = 'operator',
                                 closed_at = ?1",
            &moment(1),
        )
        .await;
    let mut boris = signed_in_citizen(&server, "+79990001122", "boris@example.ru").await;
    let ghost = "2026-999999";
    for target in [&number, &ghost.to_owned()] {
        let answers = [
            boris.get(&request_path(target)).await,
            boris.get(&request_file_path(target, &file_id)).await,
            reply(
                &mut boris,
                target,
                "Чужое",
                &format!("foreign-key-{target}"),
            )
            .await,
            boris
                .post(&path(target, CitizenAction::Close), json!({}))
                .await,
            boris
                .post(&path(target, CitizenAction::Reopen), json!({}))
                .await,
            boris
                .post(
                    &path(target, CitizenAction::Escalate),
                    json!({ "reason": "Чужое" }),
                )
                .await,
            boris
                .post(&path(target, CitizenAction::Rate), json!({ "stars": 1 }))
                .await,
        ];
        for answer in answers {
            assert_eq!(
                answer.status,
                StatusCode::NOT_FOUND,
                "{target}: {:?}",
                answer.body
            );
            assert_eq!(
                answer.body["error"],
                json!("not_found"),
                "no hint of existence"
            );
        }
    }
    let mut anonymous = server.browser();
    assert_eq!(
        anonymous.get(&request_path(&number)).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        anonymous
            .get(&request_file_path(&number, &file_id))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        anonymous
            .post(&path(&number, CitizenAction::Close), json!({}))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let untouched = detail(&mut anna, &number).await;
    assert!(untouched["thread"].as_array().unwrap().is_empty());
    assert_eq!(untouched["rating"], Value::Null);
    assert_eq!(untouched["summary"]["status"], "completed");
    assert_eq!(events(&untouched).len(), 1, "nothing was journalled");
}
