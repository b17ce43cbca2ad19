//! The other ends of the portal's messages, started by the tests themselves: an SMTP server
//! that speaks the protocol and reports each mail, and an SMS gateway over HTTP.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use base64::Engine;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// One mail as the test SMTP server received it.
#[derive(Debug, Default)]
pub struct Mail {
    /// The envelope's sender, `<address>`.
    pub mail_from: String,
    /// The envelope's recipients.
    pub rcpt_to: Vec<String>,
    /// The message as sent (CRLF lines, dot-stuffing undone).
    pub data: String,
}

/// Decodes RFC 2047 encoded words (base64, UTF-8), possibly folded over several lines.
fn decode_words(raw: &str) -> String {
    // Whitespace between two encoded words is dropped; next to plain words it stays.
    let mut decoded = String::new();
    let mut previous_encoded = false;
    for word in raw.split_whitespace() {
        let encoded = word
            .strip_prefix("=?utf-8?b?")
            .or_else(|| word.strip_prefix("=?UTF-8?B?"))
            .and_then(|w| w.strip_suffix("?="));
        let text = match encoded {
            Some(encoded) => String::from_utf8(
                base64::engine::general_purpose::STANDARD
                    .decode(encoded)
                    .unwrap(),
            )
            .unwrap(),
            None => word.to_owned(),
        };
        let joins_encoded_words = previous_encoded && encoded.is_some();
        if !decoded.is_empty() && !joins_encoded_words {
            decoded.push(' ');
        }
        decoded.push_str(&text);
        previous_encoded = encoded.is_some();
    }
    decoded
}

/// The headers of a message or part, unfolded, and its body.
fn split(entity: &str) -> (Vec<(String, String)>, &str) {
    let (head, body) = entity.split_once("\r\n\r\n").unwrap_or((entity, ""));
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let headers = unfolded
        .lines()
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            Some((name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        })
        .collect();
    (headers, body)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn decoded_body(headers: &[(String, String)], body: &str) -> String {
    match header(headers, "content-transfer-encoding") {
        Some(encoding) if encoding.eq_ignore_ascii_case("base64") => {
            let joined: String = body.lines().collect();
            String::from_utf8(
                base64::engine::general_purpose::STANDARD
                    .decode(joined.trim())
                    .unwrap(),
            )
            .unwrap()
        }
        _ => body.to_owned(),
    }
}

impl Mail {
    /// A top-level header as sent (`None` when missing).
    pub fn header(&self, name: &str) -> Option<String> {
        let (headers, _) = split(&self.data);
        header(&headers, &name.to_ascii_lowercase()).map(str::to_owned)
    }

    /// The decoded subject.
    pub fn subject(&self) -> String {
        decode_words(&self.header("subject").unwrap_or_default())
    }

    /// The decoded part of `content_type` (`text/plain`, `text/html`), or the whole body when the
    /// message is not multipart and has that type.
    pub fn part(&self, content_type: &str) -> Option<String> {
        let (headers, body) = split(&self.data);
        let top = header(&headers, "content-type").unwrap_or("text/plain");
        let Some(boundary) = top
            .split(';')
            .find_map(|p| p.trim().strip_prefix("boundary="))
            .map(|b| b.trim_matches('"').to_owned())
        else {
            return top
                .starts_with(content_type)
                .then(|| decoded_body(&headers, body));
        };
        body.split(&format!("--{boundary}"))
            .skip(1)
            .map(|part| part.trim_start_matches("\r\n"))
            .find_map(|part| {
                let (headers, body) = split(part);
                header(&headers, "content-type")?
                    .starts_with(content_type)
                    .then(|| decoded_body(&headers, body))
            })
    }

    /// The decoded plain text.
    pub fn text(&self) -> String {
        self.part("text/plain").expect("a text/plain part")
    }
}

/// A minimal SMTP server on an ephemeral port that accepts every mail and reports it.
pub async fn smtp_server() -> (String, mpsc::UnboundedReceiver<Mail>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    (url, smtp_server_on(listener))
}

/// The same SMTP server on `listener` (a port a test let go and takes back).
pub fn smtp_server_on(listener: TcpListener) -> mpsc::UnboundedReceiver<Mail> {
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
                let mut mail = Mail::default();
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
                                let data = data.strip_prefix('.').unwrap_or(&data);
                                mail.data.push_str(data);
                                mail.data.push_str("\r\n");
                            }
                            let _ = sender.send(std::mem::take(&mut mail));
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
    received
}

/// An SMTP server that takes connections and never answers: a try hangs in it.
pub async fn silent_smtp_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            held.push(stream);
        }
    });
    url
}

/// A port where nothing listens now (and the listener to take it back with).
pub async fn dead_port() -> (String, std::net::SocketAddr) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    (format!("smtp://{addr}"), addr)
}

/// One request the test SMS gateway received.
#[derive(Debug, Clone)]
pub struct Texted {
    /// The `Authorization` header.
    pub authorization: String,
    /// The `Idempotency-Key` header.
    pub key: String,
    /// The JSON body.
    pub body: Value,
}

/// What the test SMS gateway does with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GatewayMood {
    /// Answers with the status.
    Answer(StatusCode),
    /// Reports the request and never answers (the sender is killed meanwhile).
    Hang,
}

/// A test SMS gateway: reports each request; `mood` (changeable while it runs) says how it
/// answers. Like real gateways it keeps the idempotency keys it accepted: `delivered` counts
/// each key once.
pub struct Gateway {
    /// `http://127.0.0.1:PORT/send`.
    pub url: String,
    /// Every request, in order.
    pub requests: mpsc::UnboundedReceiver<Texted>,
    /// How it answers now.
    pub mood: Arc<Mutex<GatewayMood>>,
    /// Messages delivered, by idempotency key.
    pub delivered: Arc<Mutex<HashMap<String, Value>>>,
}

#[derive(Clone)]
struct GatewayState {
    sender: mpsc::UnboundedSender<Texted>,
    mood: Arc<Mutex<GatewayMood>>,
    delivered: Arc<Mutex<HashMap<String, Value>>>,
}

/// Starts a test SMS gateway in `mood`.
pub async fn sms_gateway(mood: GatewayMood) -> Gateway {
    let (sender, requests) = mpsc::unbounded_channel();
    let state = GatewayState {
        sender,
        mood: Arc::new(Mutex::new(mood)),
        delivered: Arc::default(),
    };
    let (mood, delivered) = (state.mood.clone(), state.delivered.clone());
    let app =
        axum::Router::new()
            .route(
                "/send",
                post(
                    |State(state): State<GatewayState>,
                     headers: HeaderMap,
                     Json(body): Json<Value>| async move {
                        let read = |name: &str| {
                            headers
                                .get(name)
                                .and_then(|v| v.to_str().ok())
                                .unwrap_or_default()
                                .to_owned()
                        };
                        let texted = Texted {
                            authorization: read("authorization"),
                            key: read("idempotency-key"),
                            body: body.clone(),
                        };
                        let _ = state.sender.send(texted.clone());
                        let mood = *state.mood.lock().unwrap();
                        match mood {
                            GatewayMood::Hang => std::future::pending().await,
                            GatewayMood::Answer(status) => {
                                if status.is_success() {
                                    state.delivered.lock().unwrap().insert(texted.key, body);
                                }
                                status
                            }
                        }
                    },
                ),
            )
            .with_state(state);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/send", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    Gateway {
        url,
        requests,
        mood,
        delivered,
    }
}
