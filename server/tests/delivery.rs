//! Messages out, over real protocols: a test SMTP server and a test SMS gateway started by the
//! tests themselves; the outbox keeps what a dead server could not take.

mod support;

use std::time::Duration;

use axum::http::StatusCode;
use serde_json::{Value, json};
use server::config::{Config, DeliveryConfig};
use server::services::delivery::{Delivery, DeliveryError, send_due};
use server::storage::outbox::{Channel, Outgoing, Queued};
use shared::lang::Lang;
use support::relays::{GatewayMood, dead_port, sms_gateway, smtp_server};
use tempfile::TempDir;
use time::OffsetDateTime;
use tokio::net::TcpListener;

fn smtp_config(url: &str) -> DeliveryConfig {
    DeliveryConfig {
        smtp_url: Some(url.to_owned()),
        mail_from: "Поддержка Госуслуг <support@example.ru>".to_owned(),
        ..Default::default()
    }
}

/// The portal on an ephemeral port with `delivery`.
async fn portal(delivery: DeliveryConfig, production: bool) -> (String, server::AppState, TempDir) {
    let data = tempfile::tempdir().unwrap();
    let config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        data_dir: data.path().to_path_buf(),
        dist_dir: data.path().join("no-spa"),
        production,
        delivery,
    };
    let (app, state) = server::build(&config).await.unwrap();
    let listener = TcpListener::bind(config.addr).await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(server::serve(listener, app));
    (base, state, data)
}

async fn send_feedback(base: &str) -> Value {
    let answer = reqwest::Client::new()
        .post(format!("{base}/api/v1/feedback"))
        .header("Accept-Language", "ru")
        .json(&json!({
            "email": "ivan@example.ru",
            "topic": "payments.status",
            "message": "Платёж прошёл, а услуга показана как неоплаченная",
            "phone": "+7 912 345-67-89",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::CREATED);
    answer.json().await.unwrap()
}

#[tokio::test]
async fn the_feedback_receipt_goes_out_through_a_real_smtp_conversation() {
    let (smtp, mut mails) = smtp_server().await;
    let (base, _state, _data) = portal(smtp_config(&smtp), false).await;
    let created = send_feedback(&base).await;
    let number = created["number"].as_str().unwrap();
    let mail = tokio::time::timeout(Duration::from_secs(10), mails.recv())
        .await
        .expect("the worker sends the receipt at once")
        .unwrap();
    assert_eq!(mail.mail_from, "<support@example.ru>");
    assert_eq!(mail.rcpt_to, ["<ivan@example.ru>"]);
    assert_eq!(mail.subject(), format!("Обращение {number} принято"));
    assert!(
        mail.text()
            .contains(&format!("зарегистрировали обращение {number}")),
        "{}",
        mail.text()
    );
}

#[tokio::test]
async fn a_dead_smtp_server_delays_the_receipt_and_loses_nothing() {
    let (base, state, _data) = portal(smtp_config(&dead_port().await.0), false).await;
    let created = send_feedback(&base).await;
    let number = created["number"].as_str().unwrap().to_owned();
    // The worker tries at once and fails; the message stays, with the reason and a later retry.
    let mut waited = 0;
    let failed = loop {
        let rows: Vec<(i64, Option<String>, Option<String>)> =
            sqlx::query_as("SELECT attempts, last_error, sent_at FROM outbox")
                .fetch_all(state.db.pool())
                .await
                .unwrap();
        if rows.first().is_some_and(|r| r.0 > 0) || waited > 100 {
            break rows;
        }
        waited += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].0, 1, "one try so far");
    assert!(
        failed[0]
            .1
            .as_deref()
            .unwrap_or_default()
            .starts_with("SMTP")
    );
    assert_eq!(failed[0].2, None, "not sent");
    // Nothing is due again before its pause.
    assert!(
        state
            .db
            .due_messages(OffsetDateTime::now_utc(), 10)
            .await
            .unwrap()
            .is_empty()
    );
    // Once the server is back, the retry delivers it.
    let (smtp, mut mails) = smtp_server().await;
    let delivery = Delivery::new(&smtp_config(&smtp), false).unwrap();
    let later = OffsetDateTime::now_utc() + time::Duration::minutes(2);
    assert_eq!(send_due(&state.db, &delivery, later).await.unwrap(), 1);
    let mail = mails.recv().await.unwrap();
    assert_eq!(mail.subject(), format!("Обращение {number} принято"));
    let sent: (Option<String>, String) = sqlx::query_as("SELECT sent_via, sent_at FROM outbox")
        .fetch_one(state.db.pool())
        .await
        .unwrap();
    assert_eq!(sent.0.as_deref(), Some("smtp"));
}

fn code_by_sms() -> Queued {
    Queued {
        id: 7,
        message: Outgoing {
            channel: Channel::Sms,
            recipient: "+79123456789".to_owned(),
            subject: String::new(),
            body: "Код подтверждения: 482915".to_owned(),
        },
        attempts: 0,
        lang: Lang::Ru,
        link: None,
        dedup_key: "3f1c0a9e".to_owned(),
        notification: false,
    }
}

#[tokio::test]
async fn text_messages_go_to_the_gateway_with_its_token_and_a_key_against_copies() {
    let mut gateway = sms_gateway(GatewayMood::Answer(StatusCode::OK)).await;
    let config = DeliveryConfig {
        sms_url: Some(gateway.url.clone()),
        sms_token: Some("gateway-secret".to_owned()),
        ..Default::default()
    };
    let delivery = Delivery::new(&config, false).unwrap();
    assert_eq!(delivery.send(&code_by_sms()).await.unwrap(), "sms-gateway");
    let texted = gateway.requests.recv().await.unwrap();
    assert_eq!(texted.authorization, "Bearer gateway-secret");
    assert_eq!(texted.key, "3f1c0a9e");
    assert_eq!(
        texted.body,
        json!({ "id": "3f1c0a9e", "to": "+79123456789", "text": "Код подтверждения: 482915" })
    );
}

#[tokio::test]
async fn a_gateway_refusal_is_a_failure_to_retry() {
    let gateway = sms_gateway(GatewayMood::Answer(StatusCode::SERVICE_UNAVAILABLE)).await;
    let config = DeliveryConfig {
        sms_url: Some(gateway.url.clone()),
        sms_token: Some("gateway-secret".to_owned()),
        ..Default::default()
    };
    let delivery = Delivery::new(&config, false).unwrap();
    assert!(matches!(
        delivery.send(&code_by_sms()).await,
        Err(DeliveryError::Gateway(_))
    ));
}

#[tokio::test]
async fn development_shows_messages_on_a_local_page() {
    let (base, _state, _data) = portal(DeliveryConfig::default(), false).await;
    let created = send_feedback(&base).await;
    let number = created["number"].as_str().unwrap();
    let mut page = String::new();
    for _ in 0..50 {
        page = reqwest::get(format!("{base}/dev/outbox"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if page.contains("dev-outbox") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        page.contains(&format!("Обращение {number} принято")),
        "{page}"
    );
    assert!(page.contains("ivan@example.ru"));
    assert!(page.contains("dev-outbox"), "the worker took it: {page}");
}

#[tokio::test]
async fn production_refuses_the_development_outbox() {
    // Without SMTP and an SMS gateway, production does not start.
    let refused = Delivery::new(&DeliveryConfig::default(), true);
    assert!(refused.is_err());
    let data = tempfile::tempdir().unwrap();
    let config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        data_dir: data.path().to_path_buf(),
        dist_dir: data.path().join("no-spa"),
        production: true,
        delivery: DeliveryConfig::default(),
    };
    assert!(matches!(
        server::build(&config).await,
        Err(server::StartError::Delivery(_))
    ));
    // With both configured it starts, and has no outbox page.
    let (smtp, _mails) = smtp_server().await;
    let gateway = sms_gateway(GatewayMood::Answer(StatusCode::OK)).await;
    let delivery = DeliveryConfig {
        sms_url: Some(gateway.url.clone()),
        sms_token: Some("gateway-secret".to_owned()),
        ..smtp_config(&smtp)
    };
    let (base, _state, _data) = portal(delivery, true).await;
    let page = reqwest::get(format!("{base}/dev/outbox"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("Исходящие сообщения"), "{page}");
}

#[tokio::test]
async fn development_mode_stays_on_this_computer() {
    let data = tempfile::tempdir().unwrap();
    let config = Config {
        addr: "0.0.0.0:0".parse().unwrap(),
        data_dir: data.path().to_path_buf(),
        dist_dir: data.path().join("no-spa"),
        production: false,
        delivery: DeliveryConfig::default(),
    };
    assert!(matches!(
        server::build(&config).await,
        Err(server::StartError::DevelopmentExposed(_))
    ));
}
