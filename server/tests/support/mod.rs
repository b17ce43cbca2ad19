//! What the API tests share: a server on an ephemeral port with a temporary database, and a
//! client that behaves like the SPA in a browser (same-origin fetch metadata, the session cookie).

#![allow(dead_code)]

pub mod relays;

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, Method, Response, StatusCode};
use serde_json::{Value, json};
use server::AppState;
use server::config::{Config, DeliveryConfig};
use server::services::staff;
use shared::accounts::{
    NewStaffAccount, REGISTRATION_CONFIRM_PATH, REGISTRATION_PATH, Role, SESSION_PATH,
};
use shared::console::console_action_path;
use shared::requests::REQUESTS_PATH;
use shared::status::OperatorAction;
use tempfile::TempDir;
use time::OffsetDateTime;

/// A running server.
pub struct TestServer {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// Its state, for looking into the database and the outbox.
    pub state: AppState,
    /// The data folder.
    pub data: TempDir,
    _dist: TempDir,
}

/// What stands for the brotli file built beside the test script: not brotli, so a test can tell
/// it was sent as it lies rather than compressed on the fly.
pub const PRECOMPRESSED_SCRIPT: &[u8] = b"precompressed by the build";

/// trunk's start-up script in the test `index.html`.
pub const START_UP_SCRIPT: &str = "import init from '/app-0123456789abcdef.js';await init();";

/// Starts a server in development mode with an empty database.
pub async fn start() -> TestServer {
    start_with(DeliveryConfig::default()).await
}

/// Starts a server in development mode with an empty database, sending messages by `delivery`.
pub async fn start_with(delivery: DeliveryConfig) -> TestServer {
    let _ = tracing_subscriber::fmt()
        .with_env_filter("warn,server=debug")
        .with_test_writer()
        .try_init();
    let data = tempfile::tempdir().unwrap();
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(
        dist.path().join("index.html"),
        format!("<!doctype html><html lang=\"ru\"><head><title>Портал</title><script type=\"module\">{START_UP_SCRIPT}</script></head><body></body></html>"),
    )
    .unwrap();
    std::fs::write(
        dist.path().join("app-0123456789abcdef.js"),
        "export default function(){}",
    )
    .unwrap();
    std::fs::write(
        dist.path().join("app-0123456789abcdef.js.br"),
        PRECOMPRESSED_SCRIPT,
    )
    .unwrap();
    let config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        data_dir: data.path().to_path_buf(),
        dist_dir: dist.path().to_path_buf(),
        production: false,
        delivery,
    };
    let (app, state) = server::build(&config).await.unwrap();
    let listener = tokio::net::TcpListener::bind(config.addr).await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(server::serve(listener, app));
    TestServer {
        base,
        state,
        data,
        _dist: dist,
    }
}

impl TestServer {
    /// A new browser with no cookie.
    pub fn browser(&self) -> Browser {
        Browser::at(&self.base)
    }

    /// The newest message sent to `recipient`: (subject, body).
    pub async fn last_message_to(&self, recipient: &str) -> Option<(String, String)> {
        self.state
            .db
            .latest_messages(200)
            .await
            .unwrap()
            .into_iter()
            .find(|shown| shown.message.recipient == recipient)
            .map(|shown| (shown.message.subject, shown.message.body))
    }

    /// The code in the newest message to `recipient`.
    pub async fn code_sent_to(&self, recipient: &str) -> String {
        let (_, body) = self
            .last_message_to(recipient)
            .await
            .unwrap_or_else(|| panic!("no message to {recipient}"));
        code_in(&body).unwrap_or_else(|| panic!("no code in «{body}»"))
    }

    /// Runs SQL on the database, for moving time: `?1` is bound to `value`.
    pub async fn sql(&self, query: &str, value: &str) {
        sqlx::query(query)
            .bind(value)
            .execute(self.state.db.pool())
            .await
            .unwrap();
    }
}

/// The password of accounts the tests register.
pub const PASSWORD: &str = "Korrekt-Loshad-7";

/// A registration form with [`PASSWORD`].
pub fn registration(phone: &str, email: &str) -> Value {
    json!({
        "phone": phone,
        "email": email,
        "password": PASSWORD,
        "password_repeat": PASSWORD,
        "consent": true
    })
}

/// Registers and confirms an account; the browser is signed in afterwards.
pub async fn register(server: &TestServer, browser: &mut Browser, phone: &str, email: &str) {
    let started = browser
        .post(REGISTRATION_PATH, registration(phone, email))
        .await;
    assert_eq!(started.status, StatusCode::ACCEPTED, "{:?}", started.body);
    let token = started.body["token"].as_str().unwrap().to_owned();
    let confirmed = browser
        .post(
            REGISTRATION_CONFIRM_PATH,
            json!({
                "token": token,
                "phone_code": server.code_sent_to(&normalised_phone(phone)).await,
                "email_code": server.code_sent_to(email).await,
            }),
        )
        .await;
    assert_eq!(
        confirmed.status,
        StatusCode::CREATED,
        "{:?}",
        confirmed.body
    );
}

/// The phone as the server stores it.
pub fn normalised_phone(phone: &str) -> String {
    shared::identifiers::mobile_phone(phone).unwrap()
}

/// Signs in with `login` and `password`.
pub async fn sign_in(browser: &mut Browser, login: &str, password: &str, remember: bool) -> Answer {
    browser
        .post(
            SESSION_PATH,
            json!({"login": login, "password": password, "remember_me": remember}),
        )
        .await
}

/// The first run of exactly six digits in `text`.
pub fn code_in(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(8).find_map(|w| {
        let inner = &w[1..7];
        (!w[0].is_ascii_digit() && !w[7].is_ascii_digit() && inner.iter().all(char::is_ascii_digit))
            .then(|| inner.iter().collect())
    })
}

/// A client that acts like the SPA in a browser: it sends `Sec-Fetch-Site: same-origin`, keeps
/// the session cookie the server sets, and forgets it when told to.
pub struct Browser {
    base: String,
    client: Client,
    /// `name=value` of the session cookie, if any.
    pub cookie: Option<String>,
    /// The `User-Agent` it sends.
    pub user_agent: String,
}

impl Browser {
    /// A new browser with no cookie, for the portal at `base`.
    pub fn at(base: &str) -> Browser {
        Browser {
            base: base.to_owned(),
            client: Client::new(),
            cookie: None,
            user_agent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36".to_owned(),
        }
    }
}

/// An answer read whole.
#[derive(Debug)]
pub struct Answer {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The body as JSON (`Null` when empty or not JSON).
    pub body: Value,
    /// The body as sent.
    pub bytes: Vec<u8>,
}

impl Answer {
    /// The codes of `field` in a validation answer.
    pub fn codes(&self, field: &str) -> Vec<String> {
        self.body["fields"][field]
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|p| p["code"].as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The `Set-Cookie` header, if any.
    pub fn set_cookie(&self) -> Option<String> {
        self.headers
            .get("set-cookie")
            .map(|v| v.to_str().unwrap().to_owned())
    }
}

impl Browser {
    /// Sends `method path` with a JSON body (or none), like the SPA's fetch.
    pub async fn send(&mut self, method: Method, path: &str, body: Option<&Value>) -> Answer {
        self.send_with_header(method, path, body, ("accept", "application/json"))
            .await
    }

    /// Sends `method path` with a JSON body (or none) and one more header.
    pub async fn send_with_header(
        &mut self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        (name, value): (&str, &str),
    ) -> Answer {
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.base))
            .header("sec-fetch-site", "same-origin")
            .header("user-agent", self.user_agent.clone())
            .header(name, value);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie.clone());
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.unwrap();
        self.read(response).await
    }

    async fn read(&mut self, response: Response) -> Answer {
        let status = response.status();
        let headers = response.headers().clone();
        if let Some(set) = headers.get("set-cookie").and_then(|v| v.to_str().ok()) {
            let pair = set.split(';').next().unwrap_or_default().to_owned();
            let cleared = set.contains("Max-Age=0");
            self.cookie = (!cleared).then_some(pair);
        }
        let bytes = response.bytes().await.unwrap().to_vec();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        };
        Answer {
            status,
            headers,
            body,
            bytes,
        }
    }

    /// `POST path` with a multipart `form`, like the SPA's upload.
    pub async fn post_multipart(&mut self, path: &str, form: Form) -> Answer {
        self.post_multipart_with_key(path, form, "").await
    }

    /// `POST path` with a multipart `form` and, unless empty, an `Idempotency-Key`.
    pub async fn post_multipart_with_key(&mut self, path: &str, form: Form, key: &str) -> Answer {
        let mut request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("sec-fetch-site", "same-origin")
            .header("user-agent", self.user_agent.clone());
        if !key.is_empty() {
            request = request.header("idempotency-key", key);
        }
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie.clone());
        }
        let response = request.multipart(form).send().await.unwrap();
        self.read(response).await
    }

    /// `POST path` with `body`.
    pub async fn post(&mut self, path: &str, body: Value) -> Answer {
        self.send(Method::POST, path, Some(&body)).await
    }

    /// `GET path`.
    pub async fn get(&mut self, path: &str) -> Answer {
        self.send(Method::GET, path, None).await
    }

    /// `PUT path` with `body`.
    pub async fn put(&mut self, path: &str, body: Value) -> Answer {
        self.send(Method::PUT, path, Some(&body)).await
    }

    /// `DELETE path`.
    pub async fn delete(&mut self, path: &str) -> Answer {
        self.send(Method::DELETE, path, None).await
    }

    /// `GET path` left open, for a stream of server-sent events.
    pub async fn open_stream(&self, path: &str) -> Response {
        let mut request = self
            .client
            .get(format!("{}{path}", self.base))
            .header("sec-fetch-site", "same-origin")
            .header("accept", "text/event-stream")
            // As a browser asks: a compressed stream would arrive only when the buffer fills.
            .header("accept-encoding", "gzip, br");
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie.clone());
        }
        request.send().await.unwrap()
    }

    /// A raw request with chosen headers and no fetch metadata, for the CSRF tests.
    pub async fn raw_post(&self, path: &str, headers: &[(&str, &str)], body: &str) -> StatusCode {
        let mut request = self.client.post(format!("{}{path}", self.base));
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie.clone());
        }
        for (name, value) in headers {
            request = request.header(*name, HeaderValue::from_str(value).unwrap());
        }
        request.body(body.to_owned()).send().await.unwrap().status()
    }
}

/// The password of staff accounts the tests create.
pub const STAFF_PASSWORD: &str = "Operator-Portal-2026!";

/// A one-page PDF.
pub const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

/// A staff member of `role` working `sections`, signed in.
pub async fn staff_member(
    server: &TestServer,
    role: Role,
    email: &str,
    sections: &[&str],
) -> Browser {
    let form = NewStaffAccount {
        role: Some(role),
        email: email.to_owned(),
        phone: String::new(),
    };
    let now = OffsetDateTime::now_utc();
    let id = staff::create(&server.state.db, &form, Some(STAFF_PASSWORD), now)
        .await
        .unwrap();
    let sections: Vec<String> = sections.iter().map(|s| (*s).to_owned()).collect();
    if role != Role::Administrator {
        assert!(server.state.db.set_sections(id, &sections).await.unwrap());
    }
    let mut browser = server.browser();
    let answer = sign_in(&mut browser, email, STAFF_PASSWORD, false).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    browser
}

/// A citizen registered and signed in.
pub async fn citizen(server: &TestServer, phone: &str, email: &str) -> Browser {
    let mut browser = server.browser();
    register(server, &mut browser, phone, email).await;
    browser
}

/// Files a request on `topic` with one PDF; its number.
pub async fn filed(browser: &mut Browser, topic: &str, key: &str) -> String {
    let form = json!({
        "category": topic,
        "subject": "Адрес не меняется",
        "description": "Не получается изменить адрес регистрации в личном кабинете",
        "phone": "8 912 345-67-89",
        "email": "anna@example.ru",
        "reply_channel": "email",
        "snils": "112-233-445 95",
        "extra": { "page_url": "https://www.gosuslugi.ru/profile" },
    });
    let multipart = Form::new()
        .text("data", form.to_string())
        .part("files", Part::bytes(PDF.to_vec()).file_name("справка.pdf"));
    let created = browser
        .post_multipart_with_key(REQUESTS_PATH, multipart, key)
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    created.body["number"].as_str().unwrap().to_owned()
}

/// The operator's `action` on `number` with `body`.
pub async fn act(
    browser: &mut Browser,
    number: &str,
    action: OperatorAction,
    body: Value,
) -> Answer {
    browser
        .post(&console_action_path(number, action), body)
        .await
}
