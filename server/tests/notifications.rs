//! API tests of notifications (issue 7): every change a citizen cares about reaches the feed and
//! the channels they chose, in the same transaction as the change; the feed's marks and filters;
//! the bell's live count; a real SMTP conversation with both parts; a dead mail server delays
//! messages and loses none, sends none twice, and gives up on a message only after its last try;
//! a server killed between writing and sending delivers after its restart, once.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};
use server::config::DeliveryConfig;
use server::services::delivery::{MAX_ATTEMPTS, send_due};
use shared::accounts::Role;
use shared::api::FEEDBACK_PATH;
use shared::console::console_request_path;
use shared::notifications::{
    Channel, Kind, NOTIFICATION_EVENTS_PATH, NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH,
    READ_ALL_PATH, notification_path, notification_read_path,
};
use shared::status::OperatorAction;
use support::relays::{
    GatewayMood, Mail, dead_port, silent_smtp_server, sms_gateway, smtp_server, smtp_server_on,
};
use support::{
    Browser, TestServer, act, citizen, filed, normalised_phone, registration, staff_member, start,
    start_with,
};
use time::OffsetDateTime;
use tokio::net::TcpListener;
use tokio::sync::mpsc;

const ANNA_PHONE: &str = "+7 912 345-67-89";
const ANNA: &str = "anna@example.ru";

/// The kinds of the feed's items, newest first.
fn kinds(feed: &Value) -> Vec<&str> {
    feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["kind"].as_str().unwrap())
        .collect()
}

/// The item of `kind` in the feed.
fn item<'a>(feed: &'a Value, kind: &str) -> &'a Value {
    feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} in {feed}"))
}

/// The subjects of every message to `recipient`, oldest first.
async fn subjects_to(server: &TestServer, recipient: &str) -> Vec<String> {
    let mut subjects: Vec<String> = server
        .state
        .db
        .latest_messages(500)
        .await
        .unwrap()
        .into_iter()
        .filter(|shown| shown.message.recipient == recipient)
        .map(|shown| shown.message.subject)
        .collect();
    subjects.reverse();
    subjects
}

/// Waits until the worker has sent everything in the outbox (the development outbox here).
async fn drained(server: &TestServer) {
    for _ in 0..100 {
        let waiting: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
            .fetch_one(server.state.db.pool())
            .await
            .unwrap();
        if waiting == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the outbox was not drained");
}

fn choice(kind: &str, channel: &str, on: bool) -> Value {
    json!({"kind": kind, "channel": channel, "on": on})
}

fn is_on(settings: &Value, kind: &str, channel: &str) -> bool {
    settings["choices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == kind && c["channel"] == channel)
        .unwrap()["on"]
        .as_bool()
        .unwrap()
}

#[tokio::test]
async fn every_change_a_citizen_cares_about_reaches_the_feed_and_the_chosen_channels() {
    let server = start().await;
    let mut anna = citizen(&server, ANNA_PHONE, ANNA).await;
    let phone = normalised_phone(ANNA_PHONE);

    // The defaults: the feed and e-mail for everything, text messages for nothing.
    let settings = anna.get(NOTIFICATION_SETTINGS_PATH).await;
    assert_eq!(settings.status, StatusCode::OK);
    assert_eq!(settings.body["has_phone"], true);
    assert_eq!(
        settings.body["choices"].as_array().unwrap().len(),
        Kind::ALL.len() * Channel::ALL.len()
    );
    assert!(is_on(&settings.body, "taken", "email"));
    assert!(!is_on(&settings.body, "resolved", "sms"));
    // Anna wants the answer by SMS, no e-mail when the request is taken, and no sign-ins in the
    // feed — which security does not allow: that box stays on.
    let saved = anna
        .put(
            NOTIFICATION_SETTINGS_PATH,
            json!({"choices": [
                choice("resolved", "sms", true),
                choice("taken", "email", false),
                choice("signed_in", "feed", false),
            ]}),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    assert!(is_on(&saved.body, "resolved", "sms"));
    assert!(!is_on(&saved.body, "taken", "email"));
    assert!(is_on(&saved.body, "signed_in", "feed"));
    let again = anna.get(NOTIFICATION_SETTINGS_PATH).await.body;
    assert_eq!(again, saved.body, "saved on the server");

    let number = filed(&mut anna, "cabinet.personal_data", "notify-flow-key-0001").await;
    let mut operator = staff_member(&server, Role::Operator, "op@example.ru", &["cabinet"]).await;
    for (action, body) in [
        (OperatorAction::Take, json!({})),
        (
            OperatorAction::Reply,
            json!({"text": "Проверяем данные в ведомстве"}),
        ),
        (
            OperatorAction::Extend,
            json!({"days": 5, "reason": "Нужен ответ ведомства"}),
        ),
        (
            OperatorAction::Resolve,
            json!({"text": "Адрес обновлён, проверьте профиль"}),
        ),
    ] {
        let done = act(&mut operator, &number, action, body).await;
        assert_eq!(
            done.status,
            StatusCode::NO_CONTENT,
            "{action:?}: {:?}",
            done.body
        );
    }
    let second = filed(&mut anna, "cabinet.history", "notify-flow-key-0002").await;
    let taken = act(&mut operator, &second, OperatorAction::Take, json!({})).await;
    assert_eq!(taken.status, StatusCode::NO_CONTENT);
    let asked = act(
        &mut operator,
        &second,
        OperatorAction::RequestDocuments,
        json!({"text": "Пришлите скан страницы паспорта с регистрацией"}),
    )
    .await;
    assert_eq!(asked.status, StatusCode::NO_CONTENT, "{:?}", asked.body);
    let rejected = act(
        &mut operator,
        &second,
        OperatorAction::Reject,
        json!({"reason": "Обращение не по теме раздела", "fix": "Выберите тему «Оплата»"}),
    )
    .await;
    assert_eq!(
        rejected.status,
        StatusCode::NO_CONTENT,
        "{:?}",
        rejected.body
    );

    // The feed, newest first; the sign-in of the registration is there too.
    let feed = anna.get(NOTIFICATIONS_PATH).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(
        kinds(&feed.body),
        [
            "rejected",
            "documents_requested",
            "taken",
            "registered",
            "resolved",
            "deadline_extended",
            "operator_replied",
            "taken",
            "registered",
            "signed_in"
        ]
    );
    assert_eq!(feed.body["unread"], 10);
    let resolved = item(&feed.body, "resolved");
    assert_eq!(resolved["number"], number.as_str());
    assert_eq!(resolved["read"], false);
    assert_eq!(
        resolved["title"],
        format!("Дан ответ по обращению {number}").as_str()
    );
    let refusal = item(&feed.body, "rejected");
    assert!(
        refusal["text"]
            .as_str()
            .unwrap()
            .contains("Причина: Обращение не по теме раздела"),
        "{refusal}"
    );
    assert!(
        item(&feed.body, "deadline_extended")["text"]
            .as_str()
            .unwrap()
            .contains("Нужен ответ ведомства")
    );
    // In the reader's language.
    let english = anna
        .send_with_header(
            reqwest::Method::GET,
            NOTIFICATIONS_PATH,
            None,
            ("Accept-Language", "en"),
        )
        .await;
    assert_eq!(
        item(&english.body, "resolved")["title"],
        format!("Request {number} is answered").as_str()
    );

    // The channels she chose: e-mail for all but «taken», SMS only for the answer.
    drained(&server).await;
    let mails = subjects_to(&server, ANNA).await;
    for expected in [
        format!("Обращение {number} зарегистрировано"),
        format!("Ответ оператора по обращению {number}"),
        format!("По обращению {second} запрошены документы"),
        format!("Срок по обращению {number} продлён"),
        format!("Дан ответ по обращению {number}"),
        format!("Отказ по обращению {second}"),
        "Вход в учётную запись".to_owned(),
    ] {
        assert!(mails.contains(&expected), "{expected} not in {mails:?}");
    }
    assert!(
        !mails.contains(&format!("Обращение {number} взято в работу")),
        "{mails:?}"
    );
    let texts = subjects_to(&server, &phone).await;
    assert_eq!(
        texts
            .iter()
            .filter(|subject| subject.contains(&number))
            .collect::<Vec<_>>(),
        [&format!("Дан ответ по обращению {number}")],
        "{texts:?}"
    );

    // Filters: by kind, unread, the last seven days.
    let taken = anna.get(&format!("{NOTIFICATIONS_PATH}?kind=taken")).await;
    assert_eq!(kinds(&taken.body), ["taken", "taken"]);
    let taken_id = taken.body["items"][0]["id"].as_i64().unwrap();
    let marked = anna
        .post(&notification_read_path(taken_id), json!({}))
        .await;
    assert_eq!(marked.status, StatusCode::NO_CONTENT);
    let unread = anna.get(&format!("{NOTIFICATIONS_PATH}?unread=true")).await;
    assert_eq!(unread.body["unread"], 9);
    assert_eq!(
        kinds(&unread.body)
            .iter()
            .filter(|k| **k == "taken")
            .count(),
        1
    );
    server
        .sql(
            "UPDATE notifications SET created_at = ?1 WHERE kind = 'signed_in'",
            "2026-01-05T10:00:00.000000000Z",
        )
        .await;
    let week = anna.get(&format!("{NOTIFICATIONS_PATH}?week=true")).await;
    assert!(!kinds(&week.body).contains(&"signed_in"), "{:?}", week.body);
    assert_eq!(kinds(&week.body).len(), 9);
    let unknown = anna
        .get(&format!("{NOTIFICATIONS_PATH}?kind=nonsense"))
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);

    // Nobody else reaches her notifications.
    let mut boris = citizen(&server, "+7 913 000-11-22", "boris@example.ru").await;
    let boris_feed = boris.get(NOTIFICATIONS_PATH).await.body;
    assert_eq!(kinds(&boris_feed), ["signed_in"]);
    let foreign_read = boris
        .post(&notification_read_path(taken_id), json!({}))
        .await;
    assert_eq!(foreign_read.status, StatusCode::NOT_FOUND);
    let foreign_delete = boris.delete(&notification_path(taken_id)).await;
    assert_eq!(foreign_delete.status, StatusCode::NOT_FOUND);
    let anonymous = server.browser().get(NOTIFICATIONS_PATH).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    // Mark all read; delete one.
    let all = anna.post(READ_ALL_PATH, json!({})).await;
    assert_eq!(all.status, StatusCode::NO_CONTENT);
    assert_eq!(anna.get(NOTIFICATIONS_PATH).await.body["unread"], 0);
    let deleted = anna.delete(&notification_path(taken_id)).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let after = anna.get(NOTIFICATIONS_PATH).await.body;
    assert_eq!(kinds(&after).iter().filter(|k| **k == "taken").count(), 1);
    assert_eq!(
        anna.delete(&notification_path(taken_id)).await.status,
        StatusCode::NOT_FOUND
    );

    // The operator sees what went out about the request, by which way and how it stands —
    // the deleted feed item included.
    let seen = operator.get(&console_request_path(&number)).await.body;
    let sent = seen["notifications"].as_array().unwrap();
    let way = |kind: &str, channel: &str| {
        sent.iter()
            .find(|n| n["kind"] == kind && n["channel"] == channel)
            .cloned()
    };
    assert_eq!(way("resolved", "email").unwrap()["state"], "sent");
    assert_eq!(way("resolved", "email").unwrap()["recipient"], ANNA);
    assert_eq!(way("resolved", "sms").unwrap()["recipient"], phone.as_str());
    assert_eq!(way("resolved", "feed").unwrap()["read"], true);
    assert_eq!(way("taken", "feed").unwrap()["state"], "sent");
    assert!(way("taken", "email").is_none(), "switched off");
    assert_eq!(sent[0]["kind"], "resolved", "newest first");
}

#[tokio::test]
async fn accounts_without_a_phone_get_no_text_messages() {
    let server = start().await;
    let mut operator = staff_member(&server, Role::Operator, "op@example.ru", &["cabinet"]).await;
    let settings = operator.get(NOTIFICATION_SETTINGS_PATH).await.body;
    assert_eq!(settings["has_phone"], false);
    let saved = operator
        .put(
            NOTIFICATION_SETTINGS_PATH,
            json!({"choices": [choice("signed_in", "sms", true)]}),
        )
        .await;
    assert!(!is_on(&saved.body, "signed_in", "sms"));
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notification_settings")
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    assert_eq!(stored, 0, "a box that cannot change is not saved");
}

/// The next server-sent event's data on `stream`.
async fn next_event(stream: &mut reqwest::Response) -> String {
    let chunk = tokio::time::timeout(Duration::from_secs(5), stream.chunk())
        .await
        .expect("an event in time")
        .unwrap()
        .expect("the stream goes on");
    String::from_utf8_lossy(&chunk).into_owned()
}

#[tokio::test]
async fn the_bell_hears_of_new_notifications_live() {
    let server = start().await;
    let mut anna = citizen(&server, ANNA_PHONE, ANNA).await;
    let number = filed(&mut anna, "cabinet.personal_data", "notify-live-key-0001").await;
    let mut stream = anna.open_stream(NOTIFICATION_EVENTS_PATH).await;
    assert_eq!(stream.status(), StatusCode::OK);
    // At once: the count now (the sign-in and the registration).
    assert!(
        next_event(&mut stream)
            .await
            .contains(r#"data: {"unread":2}"#)
    );
    let mut operator = staff_member(&server, Role::Operator, "op@example.ru", &["cabinet"]).await;
    let taken = act(&mut operator, &number, OperatorAction::Take, json!({})).await;
    assert_eq!(taken.status, StatusCode::NO_CONTENT);
    assert!(
        next_event(&mut stream)
            .await
            .contains(r#"data: {"unread":3}"#)
    );
    let escalated = act(
        &mut operator,
        &number,
        OperatorAction::Escalate,
        json!({"reason": "Нужна правка в базе"}),
    )
    .await;
    assert_eq!(escalated.status, StatusCode::NO_CONTENT);
    assert!(
        next_event(&mut stream)
            .await
            .contains(r#"data: {"unread":4}"#)
    );
    let feed = anna.get(NOTIFICATIONS_PATH).await.body;
    assert_eq!(
        item(&feed, "escalated")["title"],
        format!("Обращение {number} передано старшему оператору").as_str()
    );
    assert!(
        !feed.to_string().contains("Нужна правка в базе"),
        "the reason is the senior operator's, not the citizen's"
    );
    // Read in another tab: this one hears of it too.
    let all = anna.post(READ_ALL_PATH, json!({})).await;
    assert_eq!(all.status, StatusCode::NO_CONTENT);
    assert!(
        next_event(&mut stream)
            .await
            .contains(r#"data: {"unread":0}"#)
    );
    // Nobody else's bell rings for her.
    let anonymous = server.browser().open_stream(NOTIFICATION_EVENTS_PATH).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}

fn smtp_delivery(url: &str) -> DeliveryConfig {
    DeliveryConfig {
        smtp_url: Some(url.to_owned()),
        mail_from: "Поддержка Госуслуг <support@example.ru>".to_owned(),
        public_url: Some("https://portal.example".to_owned()),
        ..Default::default()
    }
}

/// The next mail whose subject starts with `subject`, skipping others.
async fn mail_about(mails: &mut mpsc::UnboundedReceiver<Mail>, subject: &str) -> Mail {
    loop {
        let mail = tokio::time::timeout(Duration::from_secs(10), mails.recv())
            .await
            .unwrap_or_else(|_| panic!("no mail «{subject}…» in time"))
            .unwrap();
        if mail.subject().starts_with(subject) {
            return mail;
        }
    }
}

#[tokio::test]
async fn a_notification_is_an_smtp_conversation_with_a_plain_and_an_html_part() {
    let (smtp, mut mails) = smtp_server().await;
    let server = start_with(smtp_delivery(&smtp)).await;
    let mut anna = citizen(&server, ANNA_PHONE, ANNA).await;
    let number = filed(&mut anna, "cabinet.personal_data", "notify-smtp-key-0001").await;
    let mail = mail_about(&mut mails, &format!("Обращение {number}")).await;
    assert_eq!(mail.mail_from, "<support@example.ru>");
    assert_eq!(mail.rcpt_to, ["<anna@example.ru>"]);
    // The Cyrillic subject travels as RFC 2047 encoded words and decodes back.
    let raw_subject = mail.header("Subject").unwrap();
    assert!(
        raw_subject.to_ascii_lowercase().starts_with("=?utf-8?b?"),
        "{raw_subject}"
    );
    assert_eq!(
        mail.subject(),
        format!("Обращение {number} зарегистрировано")
    );
    assert!(
        mail.header("From")
            .unwrap()
            .contains("<support@example.ru>")
    );
    assert_eq!(mail.header("To").unwrap(), "anna@example.ru");
    assert!(mail.header("Date").is_some());
    assert_eq!(mail.header("MIME-Version").as_deref(), Some("1.0"));
    let content_type = mail.header("Content-Type").unwrap();
    assert!(
        content_type.starts_with("multipart/alternative"),
        "{content_type}"
    );
    let message_id = mail.header("Message-ID").unwrap();
    let key: String = sqlx::query_scalar(
        "SELECT o.dedup_key FROM outbox o JOIN notifications n ON n.id = o.notification_id
         WHERE n.kind = 'registered'",
    )
    .fetch_one(server.state.db.pool())
    .await
    .unwrap();
    assert_eq!(message_id, format!("<{key}@example.ru>"));
    let link = format!(
        "https://portal.example{}",
        shared::pages::Page::Request {
            number: number.clone()
        }
        .href()
    );
    // Lines travel as CRLF, as RFC 5322 wants.
    let text = mail.text().replace("\r\n", "\n");
    assert!(
        text.starts_with("Здравствуйте!\n\nОтвет будет дан не позднее "),
        "{text}"
    );
    assert!(
        text.contains(&format!("Открыть обращение: {link}")),
        "{text}"
    );
    assert!(text.trim_end().ends_with("Поддержка Госуслуг"), "{text}");
    let html = mail.part("text/html").expect("an HTML part");
    assert!(html.contains("<html lang=\"ru\">"), "{html}");
    assert!(
        html.contains(&format!(
            "<a href=\"{link}\" style=\"color:#1d70b8\">Открыть обращение</a>"
        )),
        "{html}"
    );
    assert!(html.contains("https://portal.example/account/notifications"));
}

#[tokio::test]
async fn a_dead_mail_server_delays_every_message_and_sends_none_twice() {
    let (url, address) = dead_port().await;
    let server = start_with(smtp_delivery(&url)).await;
    for n in 0..3 {
        let answer = server
            .browser()
            .post(
                FEEDBACK_PATH,
                json!({
                    "email": format!("person{n}@example.ru"),
                    "topic": "payments.status",
                    "message": "Платёж прошёл, а услуга показана как неоплаченная",
                    "phone": "+7 912 345-67-89",
                }),
            )
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{:?}", answer.body);
    }
    // The worker tries each at once, fails, and keeps it for later.
    for _ in 0..100 {
        let tried: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE attempts = 1 AND sent_at IS NULL",
        )
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
        if tried == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let failures: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox_attempts WHERE outcome = 'failed' AND error LIKE 'SMTP%'",
    )
    .fetch_one(server.state.db.pool())
    .await
    .unwrap();
    assert_eq!(failures, 3);
    // The mail server comes back on the same port; the retries deliver each message once.
    let mut mails = smtp_server_on(TcpListener::bind(address).await.unwrap());
    let later = OffsetDateTime::now_utc() + time::Duration::minutes(2);
    let sent = send_due(&server.state.db, &server.state.delivery, later)
        .await
        .unwrap();
    assert_eq!(sent, 3);
    let mut ids = Vec::new();
    for _ in 0..3 {
        ids.push(mails.recv().await.unwrap().header("Message-ID").unwrap());
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "three different messages");
    // Nothing goes twice, however late the worker looks again.
    let much_later = later + time::Duration::hours(3);
    assert_eq!(
        send_due(&server.state.db, &server.state.delivery, much_later)
            .await
            .unwrap(),
        0
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(mails.try_recv().is_err(), "no second copy");
    let tries: Vec<(String, String)> = sqlx::query_as(
        "SELECT group_concat(outcome, ','), group_concat(COALESCE(via, ''), ',')
         FROM outbox_attempts GROUP BY outbox_id ORDER BY outbox_id",
    )
    .fetch_all(server.state.db.pool())
    .await
    .unwrap();
    assert_eq!(tries.len(), 3);
    for (outcomes, via) in tries {
        assert_eq!(outcomes, "failed,sent");
        assert_eq!(via, ",smtp");
    }
}

#[tokio::test]
async fn a_message_is_given_up_only_after_its_last_try_and_the_operator_sees_it() {
    let (url, _) = dead_port().await;
    let server = start_with(smtp_delivery(&url)).await;
    let mut anna = citizen(&server, ANNA_PHONE, ANNA).await;
    let number = filed(&mut anna, "cabinet.personal_data", "notify-dead-key-0001").await;
    // Wait for the worker's first tries, so that it is not trying while the test does.
    for _ in 0..100 {
        let untried: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE attempts = 0 AND channel = 'email'",
        )
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
        if untried == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut operator = staff_member(&server, Role::Operator, "op@example.ru", &["cabinet"]).await;
    let registered = |seen: &Value| {
        seen["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["kind"] == "registered" && n["channel"] == "email")
            .cloned()
            .unwrap()
    };
    let seen = operator.get(&console_request_path(&number)).await.body;
    assert_eq!(registered(&seen)["state"], "retrying");
    let mut moment = OffsetDateTime::now_utc();
    for _ in 1..MAX_ATTEMPTS {
        moment += time::Duration::hours(2);
        send_due(&server.state.db, &server.state.delivery, moment)
            .await
            .unwrap();
    }
    let seen = operator.get(&console_request_path(&number)).await.body;
    let gone = registered(&seen);
    assert_eq!(gone["state"], "failed", "{gone}");
    assert_eq!(gone["attempts"], MAX_ATTEMPTS);
    // A dead letter is not tried again.
    let attempts_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox_attempts")
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    send_due(
        &server.state.db,
        &server.state.delivery,
        moment + time::Duration::days(2),
    )
    .await
    .unwrap();
    let attempts_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox_attempts")
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    assert_eq!(attempts_before, attempts_after);
}

/// The portal's own binary, as the README runs it.
struct Portal {
    child: Child,
    base: String,
}

impl Portal {
    async fn start(data: &std::path::Path, addr: &str, smtp: &str, sms: &str) -> Portal {
        let portal = Portal {
            child: Command::new(env!("CARGO_BIN_EXE_portal"))
                .env("PORTAL_ADDR", addr)
                .env("PORTAL_DATA_DIR", data)
                .env("PORTAL_DIST_DIR", data.join("no-spa"))
                .env("PORTAL_SMTP_URL", smtp)
                .env("PORTAL_MAIL_FROM", "Поддержка <support@example.ru>")
                .env("PORTAL_SMS_URL", sms)
                .env("PORTAL_SMS_TOKEN", "gateway-secret")
                .env("RUST_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
            base: format!("http://{addr}"),
        };
        for _ in 0..200 {
            if reqwest::get(format!("{}/api/v1/categories", portal.base))
                .await
                .is_ok_and(|answer| answer.status().is_success())
            {
                return portal;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the portal did not start");
    }

    /// `kill -9`: no shutdown, no last writes.
    fn kill(self) {
        // Dropping kills and waits.
        drop(self);
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn a_server_killed_between_writing_and_sending_delivers_after_its_restart_once() {
    let data = tempfile::tempdir().unwrap();
    let addr = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().to_string()
    };
    // The gateway takes the first text message and never answers; the mail server never speaks.
    let mut gateway = sms_gateway(GatewayMood::Hang).await;
    let silent = silent_smtp_server().await;
    let portal = Portal::start(data.path(), &addr, &silent, &gateway.url).await;
    // Registration writes two codes to the outbox: by SMS, then by e-mail.
    let mut browser = Browser::at(&portal.base);
    let started = browser
        .post(
            shared::accounts::REGISTRATION_PATH,
            registration(ANNA_PHONE, ANNA),
        )
        .await;
    assert_eq!(started.status, StatusCode::ACCEPTED, "{:?}", started.body);
    // The text message reached the gateway, which has not answered: kill the server now, between
    // the sending and its mark, and before the e-mail is tried at all.
    let first = tokio::time::timeout(Duration::from_secs(10), gateway.requests.recv())
        .await
        .expect("the worker sends at once")
        .unwrap();
    portal.kill();

    // Back up, with a mail server that answers and a gateway that does too.
    *gateway.mood.lock().unwrap() = GatewayMood::Answer(StatusCode::OK);
    let (smtp, mut mails) = smtp_server().await;
    let portal = Portal::start(data.path(), &addr, &smtp, &gateway.url).await;
    let mail = mail_about(&mut mails, "Код").await;
    assert_eq!(mail.rcpt_to, ["<anna@example.ru>"]);
    let second = tokio::time::timeout(Duration::from_secs(10), gateway.requests.recv())
        .await
        .expect("the text message goes again after the restart")
        .unwrap();
    assert_eq!(
        second.key, first.key,
        "the same message, recognisable as such"
    );
    assert_eq!(second.body, first.body);
    assert_eq!(
        gateway.delivered.lock().unwrap().len(),
        1,
        "the gateway keeps one copy"
    );
    // Both marked sent before the portal stops.
    let db = server::storage::Db::open(data.path()).await.unwrap();
    for _ in 0..100 {
        let waiting: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
            .fetch_one(db.pool())
            .await
            .unwrap();
        if waiting == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    drop(portal);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(mails.try_recv().is_err(), "one e-mail");
    assert!(gateway.requests.try_recv().is_err(), "no third try");
    // The record: the cut-short try, then the one that went.
    let tries: Vec<(String, String)> = sqlx::query_as(
        "SELECT o.channel, group_concat(a.outcome, ',') FROM outbox o
         JOIN outbox_attempts a ON a.outbox_id = o.id GROUP BY o.id ORDER BY o.id",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert_eq!(
        tries,
        [
            ("sms".to_owned(), "interrupted,sent".to_owned()),
            ("email".to_owned(), "sent".to_owned())
        ]
    );
}
