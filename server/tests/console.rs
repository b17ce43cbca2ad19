//! API tests of the operator console (issue 6): queues by section, every operator action and its
//! refusals through the transition table, internal notes kept from the citizen, canned replies,
//! calls and letters registered as requests, queue membership, live updates, the statistics
//! against known answers, and no endpoint reachable outside one's queues or by a citizen.

mod support;

use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use server::storage::timestamp;
use shared::accounts::{Role, STAFF_ACCOUNTS_PATH};
use shared::console::{
    ADMIN_CANNED_REPLIES_PATH, CANNED_REPLIES_PATH, CITIZENS_PATH, CONSOLE_EVENTS_PATH,
    CONSOLE_REQUESTS_PATH, admin_canned_reply_path, console_action_path, console_file_path,
    console_request_path, staff_sections_path,
};
use shared::requests::request_path;
use shared::statistics::{STATISTICS_CSV_PATH, STATISTICS_PATH};
use shared::status::{CitizenAction, OperatorAction};
use support::{Browser, PDF, TestServer, act, citizen, filed, staff_member, start};
use time::{Duration, OffsetDateTime};

async fn seen(browser: &mut Browser, number: &str) -> Value {
    let answer = browser.get(&console_request_path(number)).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    answer.body
}

fn list(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect()
}

fn numbers(page: &Value) -> Vec<&str> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["summary"]["number"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn an_operator_works_a_request_from_taking_to_its_rating() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let number = filed(&mut anna, "cabinet.personal_data", "console-work-key-0001").await;
    let mut first = staff_member(&server, Role::Operator, "first@cc.ru", &["cabinet"]).await;
    let mut second = staff_member(&server, Role::Operator, "second@cc.ru", &["cabinet"]).await;

    let unassigned = first
        .get(&format!("{CONSOLE_REQUESTS_PATH}?assigned=nobody"))
        .await;
    assert_eq!(numbers(&unassigned.body), [number.as_str()]);
    assert_eq!(list(&unassigned.body["sections"]), ["cabinet"]);
    let before = seen(&mut first, &number).await;
    assert_eq!(list(&before["actions"]), ["take", "note"]);
    assert_eq!(before["requester"]["has_account"], true);

    // Two operators take it at once: one gets it, the other is told it is gone.
    let take = console_action_path(&number, OperatorAction::Take);
    let (one, two) = tokio::join!(
        first.post(&take, Value::Null),
        second.post(&take, Value::Null)
    );
    let mut statuses = [one.status, two.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::NO_CONTENT, StatusCode::CONFLICT]);
    let (mut worker, mut other, other_email) = if one.status == StatusCode::NO_CONTENT {
        (first, second, "second@cc.ru")
    } else {
        (second, first, "first@cc.ru")
    };
    let mine = format!("{CONSOLE_REQUESTS_PATH}?assigned=me");
    assert_eq!(numbers(&worker.get(&mine).await.body), [number.as_str()]);
    assert!(numbers(&other.get(&mine).await.body).is_empty());
    let overdue = format!("{CONSOLE_REQUESTS_PATH}?overdue=true");
    assert!(numbers(&worker.get(&overdue).await.body).is_empty());
    let taken = seen(&mut worker, &number).await;
    assert_eq!(taken["detail"]["summary"]["status"], "in_progress");
    assert!(list(&taken["actions"]).contains(&"resolve"));
    assert_eq!(list(&seen(&mut other, &number).await["actions"]), ["note"]);
    let refused = act(
        &mut other,
        &number,
        OperatorAction::Reply,
        json!({"text": "Я тоже"}),
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);

    // A reply is judged by the same rule as the citizen's.
    let empty = act(
        &mut worker,
        &number,
        OperatorAction::Reply,
        json!({"text": " "}),
    )
    .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.codes("text"), ["text.required"]);
    let replied = act(
        &mut worker,
        &number,
        OperatorAction::Reply,
        json!({"text": "Проверяем ваш адрес"}),
    )
    .await;
    assert_eq!(replied.status, StatusCode::NO_CONTENT);

    // An internal note never reaches the citizen.
    let secret = "Похоже на сбой синхронизации с ФМС";
    let noted = act(
        &mut other,
        &number,
        OperatorAction::Note,
        json!({"text": secret}),
    )
    .await;
    assert_eq!(noted.status, StatusCode::NO_CONTENT);
    let notes = seen(&mut worker, &number).await["notes"].clone();
    assert_eq!(notes[0]["text"], secret);
    assert_eq!(notes[0]["author"], other_email);
    let citizen_view = anna.get(&request_path(&number)).await;
    assert!(!String::from_utf8_lossy(&citizen_view.bytes).contains(secret));
    assert_eq!(citizen_view.body["thread"][0]["author"], "operator");

    // Documents: the clock stops, the citizen's reply starts it again.
    let asked = act(
        &mut worker,
        &number,
        OperatorAction::RequestDocuments,
        json!({"text": "Пришлите скан страницы паспорта с регистрацией"}),
    )
    .await;
    assert_eq!(asked.status, StatusCode::NO_CONTENT);
    let waiting = anna.get(&request_path(&number)).await.body;
    assert_eq!(waiting["summary"]["status"], "awaiting_documents");
    let answer = Form::new()
        .text("data", json!({"text": "Прикладываю"}).to_string())
        .part("files", Part::bytes(PDF.to_vec()).file_name("паспорт.pdf"));
    let reply_path = shared::requests::action_path(&number, CitizenAction::Reply).unwrap();
    let sent = anna
        .post_multipart_with_key(&reply_path, answer, "console-reply-key-0001")
        .await;
    assert_eq!(sent.status, StatusCode::CREATED);
    let back = seen(&mut worker, &number).await;
    assert_eq!(back["detail"]["summary"]["status"], "in_progress");
    let file_id = back["detail"]["thread"][2]["files"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let download = worker.get(&console_file_path(&number, &file_id)).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.bytes, PDF);

    // One extension, with a reason the citizen sees.
    let due_before = back["detail"]["summary"]["due"]
        .as_str()
        .unwrap()
        .to_owned();
    let no_days = act(
        &mut worker,
        &number,
        OperatorAction::Extend,
        json!({"reason": "Нужен ответ ведомства"}),
    )
    .await;
    assert_eq!(no_days.codes("days"), ["extension_days.range"]);
    let extension = json!({"days": 3, "reason": "Нужен ответ ведомства"});
    let extended = act(
        &mut worker,
        &number,
        OperatorAction::Extend,
        extension.clone(),
    )
    .await;
    assert_eq!(extended.status, StatusCode::NO_CONTENT);
    let again = act(&mut worker, &number, OperatorAction::Extend, extension).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let told = anna.get(&request_path(&number)).await.body;
    assert_eq!(told["extension"]["reason"], "Нужен ответ ведомства");
    assert_eq!(told["extension"]["previous_due"], due_before.as_str());
    assert_ne!(told["summary"]["due"], due_before.as_str());

    let resolved = act(
        &mut worker,
        &number,
        OperatorAction::Resolve,
        json!({"text": "Адрес обновлён, проверьте профиль"}),
    )
    .await;
    assert_eq!(resolved.status, StatusCode::NO_CONTENT);
    let done = anna.get(&request_path(&number)).await.body;
    assert_eq!(done["summary"]["status"], "completed");
    let events: Vec<&str> = done["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap_or("moved"))
        .collect();
    assert!(
        events.contains(&"replied") && events.contains(&"extended"),
        "{events:?}"
    );
    let rated = anna
        .post(
            &shared::requests::action_path(&number, CitizenAction::Rate).unwrap(),
            json!({"stars": 5}),
        )
        .await;
    assert_eq!(rated.status, StatusCode::NO_CONTENT);
    let after = seen(&mut worker, &number).await;
    assert_eq!(list(&after["actions"]), ["note"]);
    assert_eq!(after["detail"]["rating"]["stars"], 5);
}

#[tokio::test]
async fn escalations_transfers_refusals_and_a_dispute_upheld() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let number = filed(&mut anna, "cabinet.personal_data", "console-flow-key-0001").await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["cabinet"]).await;
    let mut senior =
        staff_member(&server, Role::SeniorOperator, "senior@cc.ru", &["cabinet"]).await;
    let mut tech = staff_member(&server, Role::Operator, "tech@cc.ru", &["tech"]).await;

    assert_eq!(
        act(&mut operator, &number, OperatorAction::Take, Value::Null)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let no_reason = act(
        &mut operator,
        &number,
        OperatorAction::Escalate,
        json!({"reason": ""}),
    )
    .await;
    assert_eq!(no_reason.codes("reason"), ["escalation_reason.required"]);
    let escalated = act(
        &mut operator,
        &number,
        OperatorAction::Escalate,
        json!({"reason": "Нужна правка в базе"}),
    )
    .await;
    assert_eq!(escalated.status, StatusCode::NO_CONTENT);
    // Why is for the senior operator: a note, never the citizen's journal.
    let journal = anna.get(&request_path(&number)).await;
    assert!(!String::from_utf8_lossy(&journal.bytes).contains("Нужна правка в базе"));
    // Only a senior operator takes an escalated request.
    let waiting = seen(&mut operator, &number).await;
    assert_eq!(waiting["notes"][0]["text"], "Нужна правка в базе");
    assert_eq!(waiting["escalated"], true);
    assert_eq!(list(&waiting["actions"]), ["note"]);
    let queue = senior
        .get(&format!("{CONSOLE_REQUESTS_PATH}?escalated=true"))
        .await;
    assert_eq!(numbers(&queue.body), [number.as_str()]);
    assert_eq!(
        act(&mut operator, &number, OperatorAction::Take, Value::Null)
            .await
            .status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        act(&mut senior, &number, OperatorAction::Take, Value::Null)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let with_senior = seen(&mut senior, &number).await;
    assert!(!list(&with_senior["actions"]).contains(&"escalate"));

    // A transfer must leave the section; it moves the request to the other queue.
    let same = act(
        &mut senior,
        &number,
        OperatorAction::Transfer,
        json!({"category": "cabinet.history"}),
    )
    .await;
    assert_eq!(same.codes("category"), ["transfer.same_section"]);
    let moved = act(
        &mut senior,
        &number,
        OperatorAction::Transfer,
        json!({"category": "tech.site", "comment": "Ошибка на сайте"}),
    )
    .await;
    assert_eq!(moved.status, StatusCode::NO_CONTENT);
    assert_eq!(
        senior.get(&console_request_path(&number)).await.status,
        StatusCode::NOT_FOUND
    );
    let arrived = seen(&mut tech, &number).await;
    assert_eq!(arrived["detail"]["summary"]["category"], "tech.site");
    assert_eq!(arrived["notes"][1]["text"], "Ошибка на сайте");
    assert_eq!(arrived["assignee"], Value::Null);

    // A refusal says why and what to fix; the citizen disputes it; a senior upholds the dispute.
    let second = filed(&mut anna, "cabinet.history", "console-flow-key-0002").await;
    assert_eq!(
        act(&mut operator, &second, OperatorAction::Take, Value::Null)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let half = act(
        &mut operator,
        &second,
        OperatorAction::Reject,
        json!({"reason": "Нет данных"}),
    )
    .await;
    assert_eq!(half.codes("fix"), ["rejection_fix.required"]);
    let rejection = json!({"reason": "Нет данных о заявителе", "fix": "Подтвердите личность"});
    let rejected = act(
        &mut operator,
        &second,
        OperatorAction::Reject,
        rejection.clone(),
    )
    .await;
    assert_eq!(rejected.status, StatusCode::NO_CONTENT);
    let refused = anna.get(&request_path(&second)).await.body;
    assert_eq!(refused["summary"]["status"], "rejected");
    assert_eq!(refused["rejection"], rejection);
    let dispute = anna
        .post(
            &shared::requests::action_path(&second, CitizenAction::Escalate).unwrap(),
            json!({"reason": "Личность подтверждена вчера"}),
        )
        .await;
    assert_eq!(dispute.status, StatusCode::NO_CONTENT);
    assert_eq!(
        act(&mut senior, &second, OperatorAction::Take, Value::Null)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let disputed = seen(&mut senior, &second).await;
    assert_eq!(list(&disputed["actions"]), ["reopen", "uphold", "note"]);
    assert_eq!(
        act(&mut operator, &second, OperatorAction::Reopen, Value::Null)
            .await
            .status,
        StatusCode::CONFLICT
    );
    let upheld = act(&mut senior, &second, OperatorAction::Reopen, Value::Null).await;
    assert_eq!(upheld.status, StatusCode::NO_CONTENT);
    let reopened = anna.get(&request_path(&second)).await.body;
    assert_eq!(reopened["summary"]["status"], "in_progress");
    assert_eq!(reopened["rejection"], Value::Null);

    // Another dispute, turned down: the answer stands and the citizen is told why.
    let third = filed(&mut anna, "cabinet.history", "console-flow-key-0003").await;
    let taken = act(&mut operator, &third, OperatorAction::Take, Value::Null).await;
    assert_eq!(taken.status, StatusCode::NO_CONTENT);
    let answer = json!({"text": "История хранится 5 лет"});
    let answered = act(&mut operator, &third, OperatorAction::Resolve, answer).await;
    assert_eq!(answered.status, StatusCode::NO_CONTENT);
    let escalate = shared::requests::action_path(&third, CitizenAction::Escalate).unwrap();
    let reason = json!({"reason": "Мне нужна история за 7 лет"});
    assert_eq!(
        anna.post(&escalate, reason).await.status,
        StatusCode::NO_CONTENT
    );
    let taken = act(&mut senior, &third, OperatorAction::Take, Value::Null).await;
    assert_eq!(taken.status, StatusCode::NO_CONTENT);
    let why = "Срок хранения истории обращений — 5 лет по регламенту";
    let refused = act(
        &mut operator,
        &third,
        OperatorAction::Uphold,
        json!({"text": why}),
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let upheld = act(
        &mut senior,
        &third,
        OperatorAction::Uphold,
        json!({"text": why}),
    )
    .await;
    assert_eq!(upheld.status, StatusCode::NO_CONTENT);
    let kept = anna.get(&request_path(&third)).await.body;
    assert_eq!(kept["summary"]["status"], "completed");
    let last = kept["journal"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["event"], "upheld");
    assert_eq!(kept["thread"][1]["text"], why);
    let after = seen(&mut senior, &third).await;
    assert_eq!(after["escalated"], false);
    assert_eq!(list(&after["actions"]), ["note"]);
}

#[tokio::test]
async fn no_operator_reaches_another_queue_and_no_citizen_reaches_the_console() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let number = filed(&mut anna, "cabinet.personal_data", "console-auth-key-0001").await;
    let detail = anna.get(&request_path(&number)).await.body;
    let file = detail["files"][0]["id"].as_str().unwrap().to_owned();
    let mut outsider = staff_member(&server, Role::Operator, "out@cc.ru", &["tech"]).await;
    let mut senior_outsider =
        staff_member(&server, Role::SeniorOperator, "sout@cc.ru", &["payments"]).await;
    let mut admin = staff_member(&server, Role::Administrator, "admin@cc.ru", &[]).await;

    let bodies = [
        (OperatorAction::Take, Value::Null),
        (OperatorAction::Reply, json!({"text": "Ответ"})),
        (
            OperatorAction::RequestDocuments,
            json!({"text": "Нужен паспорт"}),
        ),
        (OperatorAction::Resolve, json!({"text": "Готово"})),
        (
            OperatorAction::Reject,
            json!({"reason": "Нет", "fix": "Да"}),
        ),
        (OperatorAction::Extend, json!({"days": 2, "reason": "Ждём"})),
        (OperatorAction::Escalate, json!({"reason": "Сложно"})),
        (OperatorAction::Transfer, json!({"category": "tech.site"})),
        (OperatorAction::Reopen, Value::Null),
        (OperatorAction::Uphold, json!({"text": "Решение верное"})),
        (OperatorAction::Note, json!({"text": "Заметка"})),
    ];
    assert_eq!(bodies.len(), OperatorAction::ALL.len());
    for browser in [&mut outsider, &mut senior_outsider] {
        assert_eq!(
            browser.get(&console_request_path(&number)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            browser.get(&console_file_path(&number, &file)).await.status,
            StatusCode::NOT_FOUND
        );
        let queue = browser
            .get(&format!("{CONSOLE_REQUESTS_PATH}?q={number}"))
            .await;
        assert_eq!(queue.body["total"], 0);
        for (action, body) in &bodies {
            let answer = act(browser, &number, *action, body.clone()).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{action:?}");
        }
    }
    let console_gets = [
        CONSOLE_REQUESTS_PATH.to_owned(),
        console_request_path(&number),
        console_file_path(&number, &file),
        CANNED_REPLIES_PATH.to_owned(),
        CONSOLE_EVENTS_PATH.to_owned(),
    ];
    for browser in [&mut anna, &mut admin] {
        for path in &console_gets {
            assert_eq!(
                browser.get(path).await.status,
                StatusCode::FORBIDDEN,
                "{path}"
            );
        }
        for (action, body) in &bodies {
            let answer = act(browser, &number, *action, body.clone()).await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{action:?}");
        }
        let on_behalf = browser.post(CONSOLE_REQUESTS_PATH, json!({})).await;
        assert_eq!(on_behalf.status, StatusCode::FORBIDDEN);
        let lookup = browser
            .post(CITIZENS_PATH, json!({"q": "anna@example.ru"}))
            .await;
        assert_eq!(lookup.status, StatusCode::FORBIDDEN);
    }
    for path in [STATISTICS_PATH, STATISTICS_CSV_PATH] {
        assert_eq!(anna.get(path).await.status, StatusCode::FORBIDDEN);
        assert_eq!(outsider.get(path).await.status, StatusCode::FORBIDDEN);
    }
    for path in [STAFF_ACCOUNTS_PATH, ADMIN_CANNED_REPLIES_PATH] {
        assert_eq!(outsider.get(path).await.status, StatusCode::FORBIDDEN);
        assert_eq!(anna.get(path).await.status, StatusCode::FORBIDDEN);
    }
    let mut nobody = server.browser();
    assert_eq!(
        nobody.get(&console_request_path(&number)).await.status,
        StatusCode::UNAUTHORIZED
    );
    // The request itself is untouched by all of the above.
    let after = anna.get(&request_path(&number)).await.body;
    assert_eq!(after["summary"]["status"], "registered");
    assert_eq!(after["thread"], json!([]));
}

#[tokio::test]
async fn administrators_keep_canned_replies_and_queue_membership() {
    let server = start().await;
    let mut admin = staff_member(&server, Role::Administrator, "admin@cc.ru", &[]).await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["payments"]).await;

    let untitled = admin
        .post(
            ADMIN_CANNED_REPLIES_PATH,
            json!({"title": "", "text": "Текст", "section": "nowhere"}),
        )
        .await;
    assert_eq!(untitled.codes("title"), ["canned_title.required"]);
    assert_eq!(untitled.codes("section"), ["section.unknown"]);
    let general = admin
        .post(
            ADMIN_CANNED_REPLIES_PATH,
            json!({"title": "Приветствие", "text": "Здравствуйте!"}),
        )
        .await;
    assert_eq!(general.status, StatusCode::CREATED);
    let payments = admin
        .post(
            ADMIN_CANNED_REPLIES_PATH,
            json!({"title": "Платёж", "text": "Платёж проходит до 3 дней", "section": "payments"}),
        )
        .await;
    let tech = admin
        .post(
            ADMIN_CANNED_REPLIES_PATH,
            json!({"title": "Кэш", "text": "Очистите кэш браузера", "section": "tech"}),
        )
        .await;
    assert_eq!(tech.status, StatusCode::CREATED);
    let offered = operator.get(CANNED_REPLIES_PATH).await.body;
    let titles: Vec<&str> = offered
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Платёж", "Приветствие"]);
    let id = payments.body["id"].as_i64().unwrap();
    let edited = admin
        .put(&admin_canned_reply_path(id), json!({"title": "Платёж в пути", "text": "До трёх рабочих дней", "section": "payments"}))
        .await;
    assert_eq!(edited.status, StatusCode::OK);
    assert_eq!(edited.body["title"], "Платёж в пути");
    assert_eq!(
        admin.delete(&admin_canned_reply_path(id)).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        admin.delete(&admin_canned_reply_path(id)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        operator
            .post(
                ADMIN_CANNED_REPLIES_PATH,
                json!({"title": "x", "text": "y"})
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // Membership: what the administrator sets is what the operator's queue covers.
    let members = admin.get(STAFF_ACCOUNTS_PATH).await.body;
    let op = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "op@cc.ru")
        .unwrap()
        .clone();
    assert_eq!(op["sections"], json!(["payments"]));
    let op_id = op["id"].as_i64().unwrap();
    let unknown = admin
        .put(&staff_sections_path(op_id), json!({"sections": ["moon"]}))
        .await;
    assert_eq!(unknown.codes("sections"), ["section.unknown"]);
    let set = admin
        .put(
            &staff_sections_path(op_id),
            json!({"sections": ["tech", "cabinet"]}),
        )
        .await;
    assert_eq!(set.status, StatusCode::NO_CONTENT);
    let queue = operator.get(CONSOLE_REQUESTS_PATH).await.body;
    assert_eq!(list(&queue["sections"]), ["tech", "cabinet"]);
    let admin_id = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "admin@cc.ru")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let not_operator = admin
        .put(
            &staff_sections_path(admin_id),
            json!({"sections": ["tech"]}),
        )
        .await;
    assert_eq!(not_operator.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn calls_and_letters_become_requests_for_citizens_and_for_people_without_accounts() {
    let server = start().await;
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["payments"]).await;

    let found = operator
        .post(CITIZENS_PATH, json!({"q": "8 (912) 345-67-89"}))
        .await
        .body;
    assert_eq!(found[0]["email"], "anna@example.ru");
    let by_mail = operator
        .post(CITIZENS_PATH, json!({"q": "ANNA@example.ru"}))
        .await
        .body;
    assert_eq!(by_mail[0]["id"], found[0]["id"]);
    let nobody = operator.post(CITIZENS_PATH, json!({"q": "nobody"})).await;
    assert_eq!(nobody.body, json!([]));

    let call = json!({
        "source": "phone",
        "citizen": found[0]["id"],
        "category": "payments.status",
        "subject": "Платёж не виден",
        "description": "Оплатила пошлину неделю назад, статус не меняется",
        "reply_channel": "portal",
    });
    let key = ("idempotency-key", "on-behalf-call-key-0001");
    let created = operator
        .send_with_header(Method::POST, CONSOLE_REQUESTS_PATH, Some(&call), key)
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let number = created.body["number"].as_str().unwrap().to_owned();
    let retried = operator
        .send_with_header(Method::POST, CONSOLE_REQUESTS_PATH, Some(&call), key)
        .await;
    assert_eq!(retried.body["number"], number.as_str());
    let mine = anna.get(&request_path(&number)).await.body;
    assert_eq!(mine["channel"], "phone");
    assert_eq!(mine["form"]["email"], "anna@example.ru");
    let seen_by_operator = seen(&mut operator, &number).await;
    assert_eq!(
        seen_by_operator["detail"]["journal"][0]["actor"],
        "operator"
    );

    let incomplete = json!({
        "source": "email",
        "category": "payments.status",
        "subject": "Платёж",
        "description": "Платёж не отображается в личном кабинете уже неделю",
        "reply_channel": "portal",
    });
    let refused = operator
        .send_with_header(
            Method::POST,
            CONSOLE_REQUESTS_PATH,
            Some(&incomplete),
            ("idempotency-key", "on-behalf-mail-key-0001"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.codes("surname"), ["surname.required"]);
    assert_eq!(refused.codes("contact"), ["contact.required"]);
    assert_eq!(
        refused.codes("reply_channel"),
        ["reply_channel.needs_account"]
    );
    let letter = json!({
        "source": "email",
        "surname": "Сидоров",
        "given_name": "Пётр",
        "email": "petr@example.ru",
        "category": "payments.status",
        "subject": "Платёж",
        "description": "Платёж не отображается в личном кабинете уже неделю",
        "reply_channel": "email",
    });
    let created = operator
        .send_with_header(
            Method::POST,
            CONSOLE_REQUESTS_PATH,
            Some(&letter),
            ("idempotency-key", "on-behalf-mail-key-0001"),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let number = created.body["number"].as_str().unwrap();
    let request = seen(&mut operator, number).await;
    assert_eq!(request["requester"]["name"], "Сидоров Пётр");
    assert_eq!(request["requester"]["has_account"], false);
    assert_eq!(request["detail"]["channel"], "email");
    let receipt = server.last_message_to("petr@example.ru").await.unwrap();
    assert!(receipt.1.contains(number));
    // He has no account: documents cannot be asked for on the portal, and what the operator
    // writes goes to him by the channel he chose.
    let number = number.to_owned();
    let taken = act(&mut operator, &number, OperatorAction::Take, Value::Null).await;
    assert_eq!(taken.status, StatusCode::NO_CONTENT);
    let actions = seen(&mut operator, &number).await["actions"].clone();
    assert!(!list(&actions).contains(&"request_documents"), "{actions}");
    let answer = "Платёж зачислен 20 ноября, статус обновится сегодня";
    let resolved = act(
        &mut operator,
        &number,
        OperatorAction::Resolve,
        json!({"text": answer}),
    )
    .await;
    assert_eq!(resolved.status, StatusCode::NO_CONTENT);
    let (subject, body) = server.last_message_to("petr@example.ru").await.unwrap();
    assert!(
        subject.contains(&number) && body.contains(answer),
        "{subject}: {body}"
    );
}

#[tokio::test]
async fn the_queue_hears_of_new_requests_of_its_sections_live() {
    let server = start().await;
    let cabinet = staff_member(&server, Role::Operator, "cab@cc.ru", &["cabinet"]).await;
    let tech = staff_member(&server, Role::Operator, "tech@cc.ru", &["tech"]).await;
    let mut cabinet_stream = cabinet.open_stream(CONSOLE_EVENTS_PATH).await;
    let mut tech_stream = tech.open_stream(CONSOLE_EVENTS_PATH).await;
    assert_eq!(cabinet_stream.status(), StatusCode::OK);
    assert_eq!(
        cabinet_stream.headers()["content-type"].to_str().unwrap(),
        "text/event-stream"
    );
    assert!(cabinet_stream.headers().get("content-encoding").is_none());
    let mut anna = citizen(&server, "+79123456789", "anna@example.ru").await;
    let for_cabinet = filed(&mut anna, "cabinet.personal_data", "console-live-key-0001").await;
    let for_tech = filed(&mut anna, "tech.site", "console-live-key-0002").await;
    let heard = tokio::time::timeout(std::time::Duration::from_secs(5), cabinet_stream.chunk())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let heard = String::from_utf8_lossy(&heard);
    assert!(heard.contains("event: change"), "{heard}");
    assert!(heard.contains(&for_cabinet), "{heard}");
    // The tech operator's first news is the tech request: the cabinet one never reached them.
    let heard = tokio::time::timeout(std::time::Duration::from_secs(5), tech_stream.chunk())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let heard = String::from_utf8_lossy(&heard);
    assert!(
        heard.contains(&for_tech) && !heard.contains(&for_cabinet),
        "{heard}"
    );
}

/// Inserts a request with known moments, straight into the database.
#[allow(clippy::too_many_arguments)]
async fn seeded(
    server: &TestServer,
    number: &str,
    section_topic: &str,
    status: &str,
    created: OffsetDateTime,
    due: OffsetDateTime,
    first_response: Option<OffsetDateTime>,
    resolved: Option<OffsetDateTime>,
    stars: Option<u8>,
) {
    let section = section_topic.split('.').next().unwrap();
    sqlx::query(
        "INSERT INTO requests (number, account_id, form, category, section, subject, search_text,
                               status, priority, created_at, first_response_due, resolution_due,
                               updated_at, first_response_at, closed_at, closed_by, rating)
         VALUES (?1, NULL, '{}', ?2, ?3, 'Тема', 'тема', ?4, 'medium', ?5, ?6, ?6, ?5, ?7, ?8,
                 CASE WHEN ?8 IS NULL THEN NULL ELSE 'operator' END, ?9)",
    )
    .bind(number)
    .bind(section_topic)
    .bind(section)
    .bind(status)
    .bind(timestamp(created))
    .bind(timestamp(due))
    .bind(first_response.map(timestamp))
    .bind(resolved.map(timestamp))
    .bind(stars.map(|s| format!("{{\"stars\":{s},\"comment\":\"\"}}")))
    .execute(server.state.db.pool())
    .await
    .unwrap();
}

#[tokio::test]
async fn statistics_match_a_seeded_data_set_with_known_answers() {
    let server = start().await;
    let mut senior =
        staff_member(&server, Role::SeniorOperator, "senior@cc.ru", &["payments"]).await;
    let mut admin = staff_member(&server, Role::Administrator, "admin@cc.ru", &[]).await;
    let now = OffsetDateTime::now_utc();
    let day = |n: i64| now - Duration::days(n);
    let minutes = Duration::minutes;
    // Payments: four in the period, answered after 30, 60, 120 and 600 minutes; three resolved
    // after 1, 2 and 50 hours, two of them on time; ratings 5, 4, 2.
    seeded(
        &server,
        "2026-900001",
        "payments.pay",
        "completed",
        day(3),
        day(3) + Duration::hours(24),
        Some(day(3) + minutes(30)),
        Some(day(3) + Duration::hours(1)),
        Some(5),
    )
    .await;
    seeded(
        &server,
        "2026-900002",
        "payments.status",
        "completed",
        day(3),
        day(3) + Duration::hours(24),
        Some(day(3) + minutes(60)),
        Some(day(3) + Duration::hours(2)),
        Some(4),
    )
    .await;
    seeded(
        &server,
        "2026-900003",
        "payments.fines",
        "completed",
        day(2),
        day(2) + Duration::hours(24),
        Some(day(2) + minutes(120)),
        Some(day(2) + Duration::hours(50)),
        Some(2),
    )
    .await;
    // Open and overdue.
    seeded(
        &server,
        "2026-900004",
        "payments.pay",
        "in_progress",
        day(1),
        day(1) + minutes(60),
        Some(day(1) + minutes(600)),
        None,
        None,
    )
    .await;
    // Open, overdue but from long before the period: counts only as overdue now.
    seeded(
        &server,
        "2026-900005",
        "payments.pay",
        "registered",
        day(100),
        day(99),
        None,
        None,
        None,
    )
    .await;
    // Another section: the senior operator of payments does not see it; the administrator does.
    seeded(
        &server,
        "2026-900006",
        "tech.site",
        "completed",
        day(1),
        day(1) + Duration::hours(24),
        Some(day(1) + minutes(10)),
        Some(day(1) + minutes(20)),
        Some(1),
    )
    .await;

    let stats = senior.get(STATISTICS_PATH).await;
    assert_eq!(stats.status, StatusCode::OK, "{:?}", stats.body);
    let stats = stats.body;
    assert_eq!(stats["sections"].as_array().unwrap().len(), 1);
    assert_eq!(stats["sections"][0]["section"], "payments");
    assert_eq!(stats["sections"][0]["total"], 4);
    assert_eq!(stats["sections"][0]["overdue_now"], 2);
    assert_eq!(stats["days"].as_array().unwrap().len(), 30);
    assert_eq!(
        stats["first_response"],
        json!({"count": 4, "median_minutes": 60, "p90_minutes": 600})
    );
    assert_eq!(
        stats["resolution"],
        json!({"count": 3, "median_minutes": 120, "p90_minutes": 3000})
    );
    assert_eq!(stats["resolved_on_time"], 2);
    assert_eq!(stats["ratings"], json!([0, 1, 0, 1, 1]));

    let all = admin.get(STATISTICS_PATH).await.body;
    assert_eq!(all["sections"].as_array().unwrap().len(), 6);
    assert_eq!(all["ratings"], json!([1, 1, 0, 1, 1]));
    assert_eq!(all["first_response"]["median_minutes"], 60);
    assert_eq!(all["first_response"]["count"], 5);

    let csv = senior.get(STATISTICS_CSV_PATH).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let text = String::from_utf8(csv.bytes).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("Платежи и штрафы;"), "{text}");
    assert!(text.contains("Доля решённых в срок, %;66"), "{text}");
    assert!(text.contains("Средняя оценка;3,67"), "{text}");
    let bad = senior
        .get(&format!("{STATISTICS_PATH}?from=01.01.2020&to=01.01.2026"))
        .await;
    assert_eq!(bad.codes("from"), ["date_range.too_long"]);
}

#[tokio::test]
async fn a_database_of_the_last_release_keeps_its_requests_through_the_console_migration() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("portal.sqlite");
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .foreign_keys(true);
    let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
    let mut before = sqlx::migrate!("./migrations");
    let last_release = before
        .migrations
        .iter()
        .position(|m| m.version == 8)
        .unwrap();
    before.migrations = std::borrow::Cow::Owned(before.migrations[..last_release].to_vec());
    before.run(&pool).await.unwrap();
    for statement in [
        "INSERT INTO accounts (id, role, email, password_hash, created_at)
         VALUES (1, 'citizen', 'anna@example.ru', 'x', '2026-11-01T00:00:00.000000000Z')",
        "INSERT INTO requests (id, number, account_id, form, category, subject, search_text, status,
                               priority, created_at, first_response_due, resolution_due, updated_at)
         VALUES (1, '2026-000001', 1, '{}', 'payments.fines', 'Штраф', 'штраф', 'in_progress',
                 'low', '2026-11-01T00:00:00.000000000Z', '2026-11-08T00:00:00.000000000Z',
                 '2026-11-15T00:00:00.000000000Z', '2026-11-01T00:00:00.000000000Z')",
        "INSERT INTO request_messages (id, request_id, author, account_id, body, at)
         VALUES (1, 1, 'citizen', 1, 'Вот решение', '2026-11-02T00:00:00.000000000Z')",
        "INSERT INTO request_files (id, request_id, original_name, kind, size, created_at, message_id)
         VALUES ('f1', 1, 'решение.pdf', 'application/pdf', 10, '2026-11-02T00:00:00.000000000Z', 1)",
        "INSERT INTO request_journal (request_id, at, actor, account_id, to_status)
         VALUES (1, '2026-11-01T00:00:00.000000000Z', 'citizen', 1, 'registered')",
    ] {
        sqlx::query(statement).execute(&pool).await.unwrap();
    }
    pool.close().await;

    let db = server::storage::Db::open(data.path()).await.unwrap();
    let count = |table: &'static str| {
        let db = db.clone();
        async move {
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(db.pool())
                .await
                .unwrap();
            n
        }
    };
    assert_eq!(count("request_messages").await, 1);
    assert_eq!(count("request_files").await, 1);
    assert_eq!(count("request_journal").await, 1);
    let (section, channel): (String, String) =
        sqlx::query_as("SELECT section, channel FROM requests WHERE number = '2026-000001'")
            .fetch_one(db.pool())
            .await
            .unwrap();
    assert_eq!((section.as_str(), channel.as_str()), ("payments", "portal"));
    let broken: Vec<(String, i64, String, i64)> = sqlx::query_as("PRAGMA foreign_key_check")
        .fetch_all(db.pool())
        .await
        .unwrap();
    assert!(broken.is_empty(), "{broken:?}");
    let detail = db
        .request_detail(1, "2026-000001", OffsetDateTime::now_utc())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(detail.thread[0].files[0].name, "решение.pdf");
}

#[tokio::test]
async fn the_consoles_own_refreshes_do_not_keep_a_session_alive() {
    let server = start().await;
    let mut operator = staff_member(&server, Role::Operator, "op@cc.ru", &["cabinet"]).await;
    let seen_at = || async {
        let (at,): (String,) = sqlx::query_as("SELECT MAX(last_seen_at) FROM sessions")
            .fetch_one(server.state.db.pool())
            .await
            .unwrap();
        at
    };
    let before = seen_at().await;
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let background = operator
        .send_with_header(
            Method::GET,
            CONSOLE_REQUESTS_PATH,
            None,
            (shared::api::BACKGROUND_HEADER, "1"),
        )
        .await;
    assert_eq!(background.status, StatusCode::OK);
    assert_eq!(seen_at().await, before);
    operator.get(CONSOLE_REQUESTS_PATH).await;
    assert!(seen_at().await > before);
}
