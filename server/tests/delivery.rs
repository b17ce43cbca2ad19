//! Messages out, over real protocols: a test SMTP server and a test SMS gateway started by the
//! tests themselves; the outbox keeps what a dead server could not take.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use base64::Engine;
use serde_json::{Value, json};
use server::config::{Config, DeliveryConfig};
use server::services::delivery::{Delivery, DeliveryError, send_due};
use server::storage::outbox::{Channel, Outgoing};
use tempfile::TempDir;
use time::OffsetDateTime;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// One mail as the test SMTP server received it.
#[derive(Debug)]
struct Mail {
    mail_from: String,
    rcpt_to: Vec<String>,
    data: String,
}

impl Mail {
    /// The decoded subject: RFC 2047 encoded words, possibly folded over several lines.
    fn subject(&self) -> String {
        let headers = self.data.split("\r\n\r\n").next().unwrap_or_default();
        let unfolded = headers.replace("\r\n ", " ").replace("\r\n\t", " ");
        let raw = unfolded
            .lines()
            .find_map(|line| line.strip_prefix("Subject: "))
            .unwrap_or_default();
        // Whitespace between two encoded words is dropped; next to plain words it stays.
        let mut subject = String::new();
        let mut previous_encoded = false;
        for word in raw.split_whitespace() {
            let encoded = word
                .strip_prefix("=?utf-8?b?")
                .or_else(|| word.strip_prefix("=?UTF-8?B?"))
                .and_then(|w| w.strip_suffix("?="));
            let text = match encoded {
                Some(encoded) => {
                    let bytes = base64::engine::general_purpose::STANDARD
                        .decode(encoded)
                        .unwrap();
                    String::from_utf8(bytes).unwrap()
                }
                None => word.to_owned(),
            };
            let joins_encoded_words = previous_encoded && encoded.is_some();
            if !subject.is_empty() && !joins_encoded_words {
                subject.push(' ');
            }
            subject.push_str(&text);
            previous_encoded = encoded.is_some();
        }
        subject
    }

    /// The decoded text (base64 after the headers).
    fn text(&self) -> String {
        let (_, body) = self.data.split_once("\r\n\r\n").unwrap();
        let joined: String = body.lines().collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(joined.trim())
                .unwrap(),
        )
        .unwrap()
    }
}

/// A minimal SMTP server on an ephemeral port that accepts every mail and reports it.
async fn smtp_server() -> (String, mpsc::UnboundedReceiver<Mail>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    let (sender, received) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let sender = sender.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test.local ESMTP\r\n").await.unwrap();
                let mut mail = Mail {
                    mail_from: String::new(),
                    rcpt_to: Vec::new(),
                    data: String::new(),
                };
                while let Ok(Some(line)) = lines.next_line().await {
                    let command = line.to_ascii_uppercase();
                    let answer: &[u8] =
                        if command.starts_with("EHLO") || command.starts_with("HELO") {
                            b"250-test.local\r\n250 8BITMIME\r\n"
                        } else if command.starts_with("MAIL FROM:") {
                            mail.mail_from = line[10..].trim().to_owned();
                            b"250 OK\r\n"
                        } else if command.starts_with("RCPT TO:") {
                            mail.rcpt_to.push(line[8..].trim().to_owned());
                            b"250 OK\r\n"
                        } else if command == "DATA" {
                            write.write_all(b"354 go on\r\n").await.unwrap();
                            while let Ok(Some(data)) = lines.next_line().await {
                                if data == "." {
                                    break;
                                }
                                mail.data.push_str(&data);
                                mail.data.push_str("\r\n");
                            }
                            let done = std::mem::replace(
                                &mut mail,
                                Mail {
                                    mail_from: String::new(),
                                    rcpt_to: Vec::new(),
                                    data: String::new(),
                                },
                            );
                            let _ = sender.send(done);
                            b"250 queued\r\n"
                        } else if command == "QUIT" {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        } else {
                            b"250 OK\r\n"
                        };
                    write.write_all(answer).await.unwrap();
                }
            });
        }
    });
    (url, received)
}

/// A port where nothing listens.
async fn dead_port() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    drop(listener);
    url
}

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
    let (base, state, _data) = portal(smtp_config(&dead_port().await), false).await;
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

/// A test SMS gateway: records each request's authorization and body.
async fn sms_gateway(status: StatusCode) -> (String, mpsc::UnboundedReceiver<(String, Value)>) {
    let (sender, received) = mpsc::unbounded_channel();
    let app = axum::Router::new()
        .route(
            "/send",
            post(
                move |State(sender): State<mpsc::UnboundedSender<(String, Value)>>,
                      headers: HeaderMap,
                      Json(body): Json<Value>| async move {
                    let auth = headers
                        .get("authorization")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_owned();
                    let _ = sender.send((auth, body));
                    status
                },
            ),
        )
        .with_state(sender);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/send", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, received)
}

fn code_by_sms() -> Outgoing {
    Outgoing {
        channel: Channel::Sms,
        recipient: "+79123456789".to_owned(),
        subject: String::new(),
        body: "Код подтверждения: 482915".to_owned(),
    }
}

#[tokio::test]
async fn text_messages_go_to_the_gateway_with_its_token() {
    let (url, mut requests) = sms_gateway(StatusCode::OK).await;
    let config = DeliveryConfig {
        sms_url: Some(url),
        sms_token: Some("gateway-secret".to_owned()),
        ..Default::default()
    };
    let delivery = Delivery::new(&config, false).unwrap();
    assert_eq!(delivery.send(&code_by_sms()).await.unwrap(), "sms-gateway");
    let (auth, body) = requests.recv().await.unwrap();
    assert_eq!(auth, "Bearer gateway-secret");
    assert_eq!(
        body,
        json!({ "to": "+79123456789", "text": "Код подтверждения: 482915" })
    );
}

#[tokio::test]
async fn a_gateway_refusal_is_a_failure_to_retry() {
    let (url, _requests) = sms_gateway(StatusCode::SERVICE_UNAVAILABLE).await;
    let config = DeliveryConfig {
        sms_url: Some(url),
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
    let (sms, _requests) = sms_gateway(StatusCode::OK).await;
    let delivery = DeliveryConfig {
        sms_url: Some(sms),
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
