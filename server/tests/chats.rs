//! The chat over real sockets (SPEC §6, issue 19): every message stored before it is announced,
//! in order, once per client id, replayed from the database after a reconnect; limits on frames;
//! the session and the `Origin` checked at the upgrade and the connection ended with the
//! session; nobody reads or writes a chat that is not theirs, whatever the frame; routing by
//! section and capacity inside one transaction; the server-sent events and posted frames as the
//! fallback; the bot's articles first.

mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use shared::accounts::{Role, SESSION_PATH};
use shared::chat::{
    CHAT_EVENTS_PATH, CHAT_FRAMES_PATH, CHAT_SOCKET_PATH, CHATS_PATH, CLOSE_SESSION_ENDED,
    CONSOLE_CHAT_DUTY_PATH, CONSOLE_CHATS_PATH, ChatEntry, ChatOpened, FRAMES_PER_MINUTE,
    MAX_FRAME_BYTES, ServerFrame, chat_close_path, chat_email_path, chat_operator_path, chat_path,
    chat_request_path, chat_text_path, console_chat_take_path, operators_work_at,
};
use shared::requests::{IDEMPOTENCY_KEY_HEADER, request_path};
use shared::statistics::{STATISTICS_CSV_PATH, STATISTICS_PATH};
use support::{Browser, TestServer, citizen, staff_member, start};
use time::OffsetDateTime;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// A topic of the «cabinet» section.
const TOPIC: &str = "cabinet.personal_data";
/// How long a test waits for a frame that must come.
const PATIENCE: Duration = Duration::from_secs(5);

/// A WebSocket opened as the portal's page opens it.
struct Socket {
    stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// Entries that came while an answer was awaited, in order.
    early: std::collections::VecDeque<ChatEntry>,
}

/// Opens the chat's socket for `browser`, with `origin` (`None`: no `Origin` header); the
/// handshake's status when it is refused.
async fn try_socket(
    server: &TestServer,
    browser: &Browser,
    origin: Option<&str>,
) -> Result<Socket, u16> {
    let url = format!(
        "{}{CHAT_SOCKET_PATH}",
        server.base.replacen("http", "ws", 1)
    );
    let mut request = url.into_client_request().unwrap();
    if let Some(cookie) = &browser.cookie {
        request
            .headers_mut()
            .insert("cookie", HeaderValue::from_str(cookie).unwrap());
    }
    if let Some(origin) = origin {
        request
            .headers_mut()
            .insert("origin", HeaderValue::from_str(origin).unwrap());
    }
    match tokio_tungstenite::connect_async(request).await {
        Ok((stream, _)) => Ok(Socket {
            stream,
            early: std::collections::VecDeque::new(),
        }),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            Err(response.status().as_u16())
        }
        Err(error) => panic!("the socket did not open: {error}"),
    }
}

/// The chat's socket of `browser`, from the portal's own origin.
async fn socket(server: &TestServer, browser: &Browser) -> Socket {
    try_socket(server, browser, Some(&server.base))
        .await
        .unwrap_or_else(|status| panic!("the handshake was refused with {status}"))
}

impl Socket {
    async fn send(&mut self, frame: Value) {
        self.stream
            .send(Message::text(frame.to_string()))
            .await
            .unwrap();
    }

    /// The next frame the server sends (pings aside); panics on a close or a silence.
    async fn next(&mut self) -> ServerFrame {
        loop {
            let message = tokio::time::timeout(PATIENCE, self.stream.next())
                .await
                .expect("no frame came")
                .expect("the socket ended")
                .expect("the socket broke");
            match message {
                Message::Text(text) => return serde_json::from_str(&text).unwrap(),
                Message::Ping(_) | Message::Pong(_) => {}
                other => panic!("expected a frame, got {other:?}"),
            }
        }
    }

    /// The next entry, skipping typing, read marks and states.
    async fn entry(&mut self) -> ChatEntry {
        if let Some(entry) = self.early.pop_front() {
            return entry;
        }
        loop {
            match self.next().await {
                ServerFrame::Entry(entry) => return entry,
                ServerFrame::Refused { error, .. } => panic!("refused: {error:?}"),
                _ => {}
            }
        }
    }

    /// The next frame that answers the sender (stored, refused, pong).
    async fn answer(&mut self) -> ServerFrame {
        loop {
            match self.next().await {
                ServerFrame::Entry(entry) => self.early.push_back(entry),
                frame @ (ServerFrame::Stored { .. }
                | ServerFrame::Refused { .. }
                | ServerFrame::Pong) => return frame,
                _ => {}
            }
        }
    }

    /// Resumes `chat` after `after`, and the entries that come back (as many as `expected`).
    async fn resume(&mut self, chat: i64, after: u64, expected: usize) -> Vec<ChatEntry> {
        self.send(json!({"type": "resume", "chat": chat, "after": after}))
            .await;
        let mut entries = Vec::new();
        while entries.len() < expected {
            entries.push(self.entry().await);
        }
        entries
    }

    /// Sends a message with the client id `id`; the server's answer.
    async fn say(&mut self, chat: i64, id: &str, text: &str) -> ServerFrame {
        self.send(json!({"type": "send", "chat": chat, "id": id, "text": text}))
            .await;
        self.answer().await
    }

    /// The close code the server ends with (frames before it are skipped).
    async fn close_code(&mut self) -> Option<u16> {
        loop {
            let message = tokio::time::timeout(PATIENCE, self.stream.next())
                .await
                .expect("the socket stayed open");
            match message {
                Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
                Some(Ok(_)) => {}
                Some(Err(_)) | None => return None,
            }
        }
    }
}

/// `Stored`'s number, or a panic with what came instead.
fn stored_seq(frame: &ServerFrame) -> u64 {
    match frame {
        ServerFrame::Stored { seq, .. } => *seq,
        other => panic!("expected stored, got {other:?}"),
    }
}

/// The code of a refusal (its first field's code for a validation answer).
fn refusal_code(frame: &ServerFrame) -> String {
    match frame {
        ServerFrame::Refused { error, .. } if error.is_validation() => error
            .fields
            .values()
            .flatten()
            .next()
            .map(|problem| problem.code.clone())
            .unwrap_or_default(),
        ServerFrame::Refused { error, .. } => error.error.clone(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// Starts a chat of `browser` with `question`.
async fn open_chat(browser: &mut Browser, question: &str) -> ChatOpened {
    let key = format!("chat-{}", OffsetDateTime::now_utc().unix_timestamp_nanos());
    let answer = browser
        .send_with_header(
            Method::POST,
            CHATS_PATH,
            Some(&json!({"topic": TOPIC, "text": question})),
            (IDEMPOTENCY_KEY_HEADER, &key),
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{:?}", answer.body);
    serde_json::from_value(answer.body).unwrap()
}

/// The citizen's account of `chat`.
async fn citizen_of(server: &TestServer, chat: i64) -> i64 {
    let (account,): (i64,) = sqlx::query_as("SELECT account_id FROM chats WHERE id = ?1")
        .bind(chat)
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    account
}

/// The account of a staff member by e-mail.
async fn account_of(server: &TestServer, email: &str) -> i64 {
    let (account,): (i64,) = sqlx::query_as("SELECT id FROM accounts WHERE email = ?1")
        .bind(email)
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    account
}

/// An operator of «cabinet», on duty, named in their profile as the citizen will see them.
async fn operator_on_duty(server: &TestServer, email: &str) -> Browser {
    let mut operator = staff_member(server, Role::Operator, email, &["cabinet"]).await;
    sqlx::query(
        "UPDATE accounts SET profile = json_set(profile, '$.surname', 'Петрова', '$.given_name', 'Анна')
         WHERE email = ?1",
    )
    .bind(email)
    .execute(server.state.db.pool())
    .await
    .unwrap();
    let answer = operator
        .put(CONSOLE_CHAT_DUTY_PATH, json!({"on": true}))
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{:?}", answer.body);
    operator
}

/// Asks for an operator as if inside the contact centre's hours (the hours themselves are
/// `shared::chat::operators_work_at`, tested there), announcing what changed.
async fn call_operator_in_hours(server: &TestServer, chat: i64) {
    let citizen = citizen_of(server, chat).await;
    let now = OffsetDateTime::now_utc();
    match server
        .state
        .db
        .call_operator(citizen, chat, true, now)
        .await
        .unwrap()
    {
        server::storage::chats::Called::Asked { changes, .. } => {
            server.state.chats.announce(&changes)
        }
        other => panic!("no operator was called: {other:?}"),
    }
}

#[tokio::test]
async fn messages_arrive_in_order_once_and_are_replayed_after_a_reconnect() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let mut operator = operator_on_duty(&server, "petrova@portal.ru").await;
    let opened = open_chat(&mut anna, "Не меняется адрес в личном кабинете").await;
    let chat = opened.chat;
    assert_eq!(
        opened.entries.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [1, 2]
    );

    let mut citizen_socket = socket(&server, &anna).await;
    let history = citizen_socket.resume(chat, 0, 2).await;
    assert_eq!(history, opened.entries, "the resume reads what was stored");

    call_operator_in_hours(&server, chat).await;
    let waiting = citizen_socket.entry().await;
    let joined = citizen_socket.entry().await;
    assert_eq!((waiting.seq, joined.seq), (3, 4));
    assert!(
        matches!(joined.author, shared::chat::Author::System { .. }),
        "{joined:?}"
    );

    let mut operator_socket = socket(&server, &operator).await;
    assert_eq!(operator_socket.resume(chat, 0, 4).await.len(), 4);

    let first = citizen_socket.say(chat, "m-1", "Здравствуйте").await;
    assert_eq!(stored_seq(&first), 5);
    let heard = operator_socket.entry().await;
    assert_eq!((heard.seq, heard.text.as_str()), (5, "Здравствуйте"));

    // The answer was lost: the client sends the same message again. Nothing is stored twice.
    let again = citizen_socket.say(chat, "m-1", "Здравствуйте").await;
    assert_eq!(stored_seq(&again), 5, "a resend finds the stored message");
    let second = citizen_socket
        .say(chat, "m-2", "Адрес не сохраняется")
        .await;
    assert_eq!(stored_seq(&second), 6);
    assert_eq!(
        operator_socket.entry().await.seq,
        6,
        "the operator saw the first message once"
    );

    let reply = operator_socket
        .say(chat, "o-1", "Добрый день, проверяю")
        .await;
    assert_eq!(stored_seq(&reply), 7);
    // The citizen's socket hears their own two messages once each (other tabs show them too),
    // then the answer.
    assert_eq!(citizen_socket.entry().await.seq, 5);
    assert_eq!(citizen_socket.entry().await.seq, 6);
    let answered = citizen_socket.entry().await;
    assert_eq!(answered.seq, 7);
    assert!(
        matches!(answered.author, shared::chat::Author::Operator { .. }),
        "{answered:?}"
    );

    // The lid closes: what the operator writes meanwhile waits in the database.
    drop(citizen_socket);
    for (id, text) in [("o-2", "Вижу ошибку"), ("o-3", "Исправили, попробуйте")]
    {
        operator_socket.say(chat, id, text).await;
    }
    operator_socket
        .send(json!({"type": "send", "chat": chat, "id": "note-1",
                     "text": "Гражданин звонил вчера", "internal": true}))
        .await;
    assert_eq!(stored_seq(&operator_socket.answer().await), 10);
    let mut citizen_socket = socket(&server, &anna).await;
    let missed = citizen_socket.resume(chat, 7, 2).await;
    assert_eq!(
        missed
            .iter()
            .map(|e| (e.seq, e.text.as_str()))
            .collect::<Vec<_>>(),
        [(8, "Вижу ошибку"), (9, "Исправили, попробуйте")],
        "what arrived meanwhile comes in order, the operators' note not at all"
    );
    operator_socket.say(chat, "o-4", "Получилось?").await;
    assert_eq!(
        citizen_socket.entry().await.seq,
        11,
        "live again after the note"
    );

    let transcript = anna.get(&chat_path(chat)).await;
    assert_eq!(transcript.status, StatusCode::OK);
    let seqs: Vec<u64> = transcript.body["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
    let staff_view = operator.get(&chat_path(chat)).await;
    assert_eq!(staff_view.body["entries"].as_array().unwrap().len(), 11);
}

#[tokio::test]
async fn frames_are_limited_in_size_content_and_rate() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let chat = open_chat(&mut anna, "Вопрос о личном кабинете").await.chat;
    let mut socket_of_anna = socket(&server, &anna).await;

    let too_long = socket_of_anna.say(chat, "long", &"я".repeat(2001)).await;
    assert_eq!(refusal_code(&too_long), "chat_text.too_long");
    let blank = socket_of_anna.say(chat, "blank", "   ").await;
    assert_eq!(refusal_code(&blank), "chat_text.required");
    assert!(
        matches!(&blank, ServerFrame::Refused { id: Some(id), .. } if id == "blank"),
        "{blank:?}"
    );
    let longest = socket_of_anna.say(chat, "longest", &"я".repeat(2000)).await;
    assert_eq!(stored_seq(&longest), 3);

    // Three messages so far: pings up to the minute's allowance pass, the next one does not.
    let pings = FRAMES_PER_MINUTE - 3;
    for _ in 0..pings {
        socket_of_anna.send(json!({"type": "ping"})).await;
    }
    for _ in 0..pings {
        assert_eq!(socket_of_anna.answer().await, ServerFrame::Pong);
    }
    socket_of_anna.send(json!({"type": "ping"})).await;
    assert_eq!(
        refusal_code(&socket_of_anna.answer().await),
        "too_many_requests"
    );

    let mut oversized = socket(&server, &anna).await;
    let padding = "x".repeat(MAX_FRAME_BYTES);
    oversized
        .send(json!({"type": "send", "chat": chat, "id": "big", "text": padding}))
        .await;
    // tungstenite refuses the message while reading it; the socket ends, nothing is stored.
    let _ = oversized.close_code().await;
    assert!(
        oversized
            .stream
            .next()
            .await
            .is_none_or(|message| message.is_err()),
        "a frame over the limit ends the socket"
    );
    let (last,): (i64,) = sqlx::query_as("SELECT last_seq FROM chats WHERE id = ?1")
        .bind(chat)
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    assert_eq!(last, 3);

    let mut garbled = socket(&server, &anna).await;
    garbled
        .stream
        .send(Message::text("{\"type\":\"nonsense\"}"))
        .await
        .unwrap();
    assert_eq!(garbled.close_code().await, Some(1008));
}

#[tokio::test]
async fn the_upgrade_checks_the_session_and_the_origin() {
    let server = start().await;
    let anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    assert_eq!(
        try_socket(&server, &server.browser(), Some(&server.base))
            .await
            .err(),
        Some(401),
        "no session"
    );
    assert_eq!(
        try_socket(&server, &anna, Some("https://evil.example"))
            .await
            .err(),
        Some(403),
        "another site's page"
    );
    assert_eq!(
        try_socket(&server, &anna, None).await.err(),
        Some(403),
        "no Origin"
    );
    assert!(try_socket(&server, &anna, Some(&server.base)).await.is_ok());
}

#[tokio::test]
async fn the_connection_ends_with_the_session() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let chat = open_chat(&mut anna, "Вопрос о личном кабинете").await.chat;
    let mut open = socket(&server, &anna).await;
    open.resume(chat, 0, 2).await;
    let signed_out = anna.send(Method::DELETE, SESSION_PATH, None).await;
    assert_eq!(signed_out.status, StatusCode::NO_CONTENT);
    assert_eq!(open.close_code().await, Some(CLOSE_SESSION_ENDED));
}

#[tokio::test]
async fn nobody_reads_or_writes_a_chat_that_is_not_theirs() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let mut boris = citizen(&server, "+7 913 111-22-33", "boris@example.ru").await;
    let other_section =
        staff_member(&server, Role::Operator, "payments@portal.ru", &["payments"]).await;
    let chat = open_chat(&mut anna, "Вопрос о личном кабинете").await.chat;
    let unknown = chat + 1000;

    for (intruder, name) in [
        (&boris, "another citizen"),
        (&other_section, "another section"),
    ] {
        let mut intruding = socket(&server, intruder).await;
        for target in [chat, unknown] {
            let frames = [
                json!({"type": "resume", "chat": target, "after": 0}),
                json!({"type": "send", "chat": target, "id": "x", "text": "Чужой чат"}),
                json!({"type": "typing", "chat": target}),
                json!({"type": "read", "chat": target, "seq": 1}),
            ];
            for frame in frames {
                intruding.send(frame.clone()).await;
                let answer = intruding.answer().await;
                assert_eq!(refusal_code(&answer), "not_found", "{name}: {frame}");
            }
            let mut browser = Browser::at(&server.base);
            browser.cookie = intruder.cookie.clone();
            assert_eq!(
                browser.get(&chat_path(target)).await.status,
                StatusCode::NOT_FOUND,
                "{name}: the transcript"
            );
            assert_eq!(
                browser
                    .post(&chat_close_path(target), json!({}))
                    .await
                    .status,
                StatusCode::NOT_FOUND,
                "{name}: closing"
            );
            let events = browser
                .open_stream(&format!("{CHAT_EVENTS_PATH}?chat={target}"))
                .await;
            assert_eq!(events.status(), StatusCode::NOT_FOUND, "{name}: the events");
            let posted = browser
                .post(
                    CHAT_FRAMES_PATH,
                    json!({"type": "send", "chat": target, "id": "y", "text": "Чужой"}),
                )
                .await;
            assert_eq!(
                posted.body[0]["error"]["error"], "not_found",
                "{name}: a posted frame"
            );
        }
    }
    assert_eq!(
        boris
            .post(&chat_operator_path(chat), json!({}))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let mut foreign_operator = Browser::at(&server.base);
    foreign_operator.cookie = other_section.cookie.clone();
    assert_eq!(
        foreign_operator
            .post(&console_chat_take_path(chat), json!({}))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let stored: (i64,) = sqlx::query_as("SELECT last_seq FROM chats WHERE id = ?1")
        .bind(chat)
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    assert_eq!(stored.0, 2, "nothing was written into the chat");
}

#[tokio::test]
async fn chats_go_to_the_least_busy_operator_and_wait_for_a_free_place() {
    let server = start().await;
    let now = OffsetDateTime::now_utc();
    let mut first = operator_on_duty(&server, "first@portal.ru").await;
    let mut second = operator_on_duty(&server, "second@portal.ru").await;
    let first_id = account_of(&server, "first@portal.ru").await;
    let second_id = account_of(&server, "second@portal.ru").await;
    for operator in [first_id, second_id] {
        server
            .state
            .db
            .set_chat_capacity(operator, Some(1), now)
            .await
            .unwrap();
    }
    let mut chats = Vec::new();
    for (phone, email) in [
        ("+7 912 000-00-01", "one@example.ru"),
        ("+7 912 000-00-02", "two@example.ru"),
        ("+7 912 000-00-03", "three@example.ru"),
    ] {
        let mut someone = citizen(&server, phone, email).await;
        let chat = open_chat(&mut someone, "Не меняется адрес").await.chat;
        call_operator_in_hours(&server, chat).await;
        chats.push(chat);
    }
    let of_first = first.get(CONSOLE_CHATS_PATH).await.body;
    let of_second = second.get(CONSOLE_CHATS_PATH).await.body;
    let mine = |list: &Value| -> Vec<i64> {
        list["mine"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    };
    let waiting = |list: &Value| -> Vec<i64> {
        list["waiting"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(mine(&of_first).len() + mine(&of_second).len(), 2);
    assert_eq!(mine(&of_first).len(), 1, "one each: {of_first} {of_second}");
    assert_eq!(waiting(&of_first), [chats[2]], "the third waits");

    // The first operator ends their chat: the waiting one is theirs in the same transaction.
    let ended = mine(&of_first)[0];
    let closed = first.post(&chat_close_path(ended), json!({})).await;
    assert_eq!(closed.status, StatusCode::NO_CONTENT);
    let of_first = first.get(CONSOLE_CHATS_PATH).await.body;
    assert_eq!(mine(&of_first), [chats[2]]);
    assert!(waiting(&of_first).is_empty());
    assert_eq!(mine(&second.get(CONSOLE_CHATS_PATH).await.body).len(), 1);
}

#[tokio::test]
async fn calling_an_operator_keeps_to_the_hours_and_to_who_is_on_duty() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let chat = open_chat(&mut anna, "Вопрос о личном кабинете").await.chat;
    let nobody = anna.post(&chat_operator_path(chat), json!({})).await;
    assert_eq!(nobody.status, StatusCode::OK, "{:?}", nobody.body);
    let expected = if operators_work_at(OffsetDateTime::now_utc()) {
        "nobody_on_duty"
    } else {
        "outside_hours"
    };
    assert_eq!(nobody.body["outcome"], "unavailable");
    assert_eq!(nobody.body["reason"], expected);

    let citizen_id = citizen_of(&server, chat).await;
    let now = OffsetDateTime::now_utc();
    let _operator = operator_on_duty(&server, "petrova@portal.ru").await;
    let closed_hours = server
        .state
        .db
        .call_operator(citizen_id, chat, false, now)
        .await
        .unwrap();
    assert!(
        matches!(
            closed_hours,
            server::storage::chats::Called::Unavailable(shared::chat::Unavailable::OutsideHours, _)
        ),
        "{closed_hours:?}"
    );
    let asked = |called| match called {
        server::storage::chats::Called::Asked { operator, changes } => {
            server.state.chats.announce(&changes);
            operator
        }
        other => panic!("no operator was called: {other:?}"),
    };
    let db = &server.state.db;
    let taken_by = asked(db.call_operator(citizen_id, chat, true, now).await.unwrap());
    let transcript = anna.get(&chat_path(chat)).await.body;
    let events: Vec<String> = transcript["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["author"]["event"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(
        events,
        ["unavailable", "unavailable", "waiting", "operator_joined"]
    );
    let joined = transcript["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["author"]["event"] == "operator_joined")
        .map(|e| e["author"]["name"].as_str().unwrap().to_owned());
    assert_eq!(joined.as_deref(), Some("Петрова Анна"));
    assert_eq!(taken_by, joined, "the answer names who took the chat");
    let again = asked(db.call_operator(citizen_id, chat, true, now).await.unwrap());
    assert_eq!(again, joined, "asking again names the same operator");
}

#[tokio::test]
async fn the_bot_offers_matching_articles_first() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let opened = open_chat(&mut anna, "Не приходит код подтверждения по SMS").await;
    let bot = &opened.entries[1];
    assert_eq!(bot.author, shared::chat::Author::Bot);
    assert!((1..=3).contains(&bot.articles.len()), "{:?}", bot.articles);
    assert!(
        bot.articles
            .iter()
            .any(|article| article.title == "Не приходит код подтверждения"),
        "{:?}",
        bot.articles
    );
}

#[tokio::test]
async fn events_and_posted_frames_stand_in_for_the_socket() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let chat = open_chat(&mut anna, "Вопрос о личном кабинете").await.chat;
    let mut stream = anna
        .open_stream(&format!("{CHAT_EVENTS_PATH}?chat={chat}&after=1"))
        .await;
    assert_eq!(stream.status(), StatusCode::OK);
    let posted = anna
        .post(
            CHAT_FRAMES_PATH,
            json!({"type": "send", "chat": chat, "id": "p-1", "text": "Через события"}),
        )
        .await;
    assert_eq!(posted.body[0]["type"], "stored", "{:?}", posted.body);
    assert_eq!(posted.body[0]["seq"], 3);
    let mut seen = String::new();
    while !seen.contains("id: 3") {
        let chunk = tokio::time::timeout(PATIENCE, stream.chunk())
            .await
            .expect("no event came")
            .unwrap()
            .expect("the stream ended");
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(
        !seen.contains("id: 1\n"),
        "the stream began after 1: {seen}"
    );
    assert!(
        seen.contains("id: 2\n") && seen.contains("Через события"),
        "{seen}"
    );

    // The browser reconnects with Last-Event-ID: only what came after it.
    anna.post(
        CHAT_FRAMES_PATH,
        json!({"type": "send", "chat": chat, "id": "p-2", "text": "Ещё одно"}),
    )
    .await;
    let resumed = reqwest::Client::new()
        .get(format!("{}{CHAT_EVENTS_PATH}?chat={chat}", server.base))
        .header("cookie", anna.cookie.clone().unwrap())
        .header("last-event-id", "3")
        .send()
        .await
        .unwrap();
    let mut resumed = resumed;
    let chunk = tokio::time::timeout(PATIENCE, resumed.chunk())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&chunk).into_owned();
    assert!(text.contains("id: 4") && !text.contains("id: 3"), "{text}");
}

#[tokio::test]
async fn a_connection_that_cannot_keep_up_is_dropped_not_queued() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let chat = open_chat(&mut anna, "Вопрос о личном кабинете").await.chat;
    let mut slow = socket(&server, &anna).await;
    slow.resume(chat, 0, 2).await;
    assert_eq!(server.state.chats.connections(), 1);
    // The client stops reading; the hub goes on announcing large entries to it.
    let mut announced: u64 = 0;
    while server.state.chats.connections() == 1 {
        announced += 1;
        assert!(announced < 20_000, "the queue grew without bound");
        let entry = ChatEntry {
            chat,
            seq: 2 + announced,
            author: shared::chat::Author::Bot,
            text: "я".repeat(2000),
            file: None,
            articles: Vec::new(),
            internal: false,
            at: OffsetDateTime::now_utc(),
        };
        server
            .state
            .chats
            .to_chat(chat, &ServerFrame::Entry(entry), false);
        if announced.is_multiple_of(64) {
            // The socket's task drains its queue into the kernel's buffers as fast as it can.
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }
    assert!(
        announced > shared::chat::OUTGOING_QUEUE as u64,
        "{announced}"
    );
}

#[tokio::test]
async fn a_chat_moves_to_another_section_and_is_rated_at_its_end() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let mut cabinet = operator_on_duty(&server, "petrova@portal.ru").await;
    let chat = open_chat(&mut anna, "Не проходит оплата штрафа").await.chat;
    call_operator_in_hours(&server, chat).await;

    let same = cabinet
        .post(
            &shared::chat::console_chat_transfer_path(chat),
            json!({"category": "cabinet.history"}),
        )
        .await;
    assert_eq!(
        same.codes("category"),
        [shared::codes::TRANSFER_SAME_SECTION],
        "{:?}",
        same.body
    );
    let mut payments = staff_member(&server, Role::Operator, "pay@portal.ru", &["payments"]).await;
    let mut payments_socket = socket(&server, &payments).await;
    let moved = cabinet
        .post(
            &shared::chat::console_chat_transfer_path(chat),
            json!({"category": "payments.fines", "comment": "Вопрос об оплате"}),
        )
        .await;
    assert_eq!(moved.status, StatusCode::NO_CONTENT, "{:?}", moved.body);
    // The operators of the new section hear of the waiting chat at once.
    loop {
        if let ServerFrame::State {
            chat: id, state, ..
        } = payments_socket.next().await
        {
            assert_eq!((id, state), (chat, shared::chat::ChatState::Waiting));
            break;
        }
    }
    assert_eq!(
        cabinet.get(&chat_path(chat)).await.status,
        StatusCode::NOT_FOUND,
        "the chat left the first section"
    );
    let waiting = payments.get(CONSOLE_CHATS_PATH).await.body;
    assert_eq!(waiting["waiting"][0]["id"], chat);
    assert_eq!(
        payments
            .post(&console_chat_take_path(chat), json!({}))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let entries = payments.get(&chat_path(chat)).await.body["entries"].clone();
    let note = entries
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["internal"] == true)
        .expect("the comment is a note for the colleagues");
    assert_eq!(note["text"], "Вопрос об оплате");

    let early = anna
        .post(&shared::chat::chat_rating_path(chat), json!({"stars": 5}))
        .await;
    assert_eq!(
        early.status,
        StatusCode::CONFLICT,
        "an open chat is not rated"
    );
    assert_eq!(
        payments
            .post(&chat_close_path(chat), json!({}))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let out_of_range = anna
        .post(&shared::chat::chat_rating_path(chat), json!({"stars": 6}))
        .await;
    assert_eq!(out_of_range.codes("stars"), ["rating.range"]);
    let rated = anna
        .post(
            &shared::chat::chat_rating_path(chat),
            json!({"stars": 4, "comment": "Помогли"}),
        )
        .await;
    assert_eq!(rated.status, StatusCode::NO_CONTENT, "{:?}", rated.body);
    let again = anna
        .post(&shared::chat::chat_rating_path(chat), json!({"stars": 1}))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "rated once");
    let (stars,): (i64,) = sqlx::query_as("SELECT rating FROM chats WHERE id = ?1")
        .bind(chat)
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    assert_eq!(stars, 4);
}

/// Posts `path` with the idempotency key `key` and an empty body.
async fn post_once(browser: &mut Browser, path: &str, key: &str) -> support::Answer {
    browser
        .send_with_header(
            Method::POST,
            path,
            Some(&json!({})),
            (IDEMPOTENCY_KEY_HEADER, key),
        )
        .await
}

/// The events of `chat`'s conversation as `browser` reads it.
async fn events_of(browser: &mut Browser, chat: i64) -> Vec<String> {
    browser.get(&chat_path(chat)).await.body["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["author"]["event"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_message_left_when_nobody_can_answer_becomes_a_request() {
    let server = start().await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let question = "Не приходит код подтверждения по SMS";
    let chat = open_chat(&mut anna, question).await.chat;
    let nobody = anna.post(&chat_operator_path(chat), json!({})).await;
    assert_eq!(nobody.body["outcome"], "unavailable", "{:?}", nobody.body);

    let left = post_once(&mut anna, &chat_request_path(chat), "left-message-0001").await;
    assert_eq!(left.status, StatusCode::CREATED, "{:?}", left.body);
    let number = left.body["number"].as_str().unwrap().to_owned();
    let again = post_once(&mut anna, &chat_request_path(chat), "left-message-0001").await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(
        again.body["number"],
        number.as_str(),
        "a resend registers nothing new"
    );
    let other_key = post_once(&mut anna, &chat_request_path(chat), "left-message-0002").await;
    assert_eq!(other_key.status, StatusCode::CONFLICT, "once a chat");

    let request = anna.get(&request_path(&number)).await;
    assert_eq!(request.status, StatusCode::OK, "{:?}", request.body);
    assert_eq!(request.body["channel"], "chat");
    assert_eq!(request.body["summary"]["subject"], question);
    assert_eq!(request.body["summary"]["category"], TOPIC);
    let description = request.body["form"]["description"].as_str().unwrap();
    assert!(description.contains(question), "{description}");
    assert!(
        description.contains("Сейчас"),
        "the conversation so far: {description}"
    );

    let transcript = anna.get(&chat_path(chat)).await.body;
    assert_eq!(transcript["summary"]["state"], "closed");
    assert_eq!(transcript["summary"]["request"], number.as_str());
    let events = events_of(&mut anna, chat).await;
    assert_eq!(events[events.len() - 2..], ["became_request", "closed"]);

    // Someone else's chat cannot be left as theirs.
    let mut boris = citizen(&server, "+7 912 111-22-33", "boris@example.ru").await;
    let foreign = open_chat(&mut boris, "Вопрос Бориса").await.chat;
    let stolen = post_once(&mut anna, &chat_request_path(foreign), "left-message-0003").await;
    assert_eq!(stolen.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_operator_registers_the_chat_as_a_request_and_the_chat_goes_on() {
    let server = start().await;
    let mut operator = operator_on_duty(&server, "petrova@portal.ru").await;
    let mut stranger =
        staff_member(&server, Role::Operator, "other@portal.ru", &["payments"]).await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let chat = open_chat(&mut anna, "Не меняется адрес в профиле")
        .await
        .chat;
    call_operator_in_hours(&server, chat).await;

    let foreign = post_once(
        &mut stranger,
        &chat_request_path(chat),
        "to-request-key-0001",
    )
    .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND, "not their section");
    let made = post_once(
        &mut operator,
        &chat_request_path(chat),
        "to-request-key-0002",
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED, "{:?}", made.body);
    let number = made.body["number"].as_str().unwrap().to_owned();

    let transcript = anna.get(&chat_path(chat)).await.body;
    assert_eq!(
        transcript["summary"]["state"], "active",
        "the conversation goes on"
    );
    assert_eq!(transcript["summary"]["request"], number.as_str());
    assert_eq!(
        events_of(&mut anna, chat).await.last().unwrap(),
        "became_request"
    );
    let mine = anna.get(&request_path(&number)).await;
    assert_eq!(mine.status, StatusCode::OK, "the request is the citizen's");
    assert_eq!(mine.body["channel"], "chat");
    let late = post_once(&mut anna, &chat_request_path(chat), "to-request-key-0003").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_transcript_goes_by_email_and_downloads_as_text_without_notes() {
    let server = start().await;
    let mut operator = operator_on_duty(&server, "petrova@portal.ru").await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let question = "Как сменить номер телефона";
    let chat = open_chat(&mut anna, question).await.chat;
    call_operator_in_hours(&server, chat).await;
    let mut socket = socket(&server, &operator).await;
    for (id, text, internal) in [
        ("op-0001", "Здравствуйте, сейчас помогу", false),
        ("op-0002", "заметка для коллег", true),
    ] {
        socket
            .send(
                json!({"type": "send", "chat": chat, "id": id, "text": text, "internal": internal}),
            )
            .await;
        assert!(stored_seq(&socket.answer().await) > 0);
    }

    let sent = anna.post(&chat_email_path(chat), json!({})).await;
    assert_eq!(sent.status, StatusCode::ACCEPTED, "{:?}", sent.body);
    let (subject, body) = server.last_message_to("anna@example.ru").await.unwrap();
    assert_eq!(subject, format!("Переписка в чате № {chat}"));
    assert!(
        body.contains(question) && body.contains("Здравствуйте, сейчас помогу"),
        "{body}"
    );
    assert!(body.contains("Вы:"), "{body}");
    assert!(!body.contains("заметка для коллег"), "no notes: {body}");

    let file = anna.get(&chat_text_path(chat)).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-type"], "text/plain; charset=utf-8");
    assert!(
        file.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains(&format!("chat-{chat}.txt"))
    );
    let text = String::from_utf8(file.bytes).unwrap();
    assert!(
        text.contains(question) && !text.contains("заметка"),
        "{text}"
    );
    let theirs = operator.get(&chat_text_path(chat)).await;
    let theirs = String::from_utf8(theirs.bytes).unwrap();
    assert!(
        theirs.contains("Гражданин:") && !theirs.contains("заметка"),
        "{theirs}"
    );

    let mut boris = citizen(&server, "+7 912 111-22-33", "boris@example.ru").await;
    assert_eq!(
        boris.post(&chat_email_path(chat), json!({})).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        boris.get(&chat_text_path(chat)).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_statistics_count_the_chats_the_bot_answered_alone() {
    let server = start().await;
    let mut senior = staff_member(
        &server,
        Role::SeniorOperator,
        "senior@portal.ru",
        &["cabinet"],
    )
    .await;
    let mut anna = citizen(&server, "+7 912 345-67-89", "anna@example.ru").await;
    let helped = open_chat(&mut anna, "Как войти по СНИЛС").await.chat;
    assert_eq!(
        anna.post(&chat_close_path(helped), json!({})).await.status,
        StatusCode::NO_CONTENT
    );
    let left = open_chat(&mut anna, "Не приходит код подтверждения")
        .await
        .chat;
    anna.post(&chat_operator_path(left), json!({})).await;
    let made = post_once(&mut anna, &chat_request_path(left), "stat-left-key-0001").await;
    assert_eq!(made.status, StatusCode::CREATED, "{:?}", made.body);
    open_chat(&mut anna, "Ещё идёт").await;

    let figures = senior.get(STATISTICS_PATH).await;
    assert_eq!(figures.status, StatusCode::OK, "{:?}", figures.body);
    let chats = &figures.body["chats"];
    assert_eq!(chats["total"], 3, "{chats}");
    assert_eq!(chats["closed"], 2, "{chats}");
    assert_eq!(chats["bot_only"], 1, "{chats}");
    assert_eq!(
        chats["per_day"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_u64)
            .sum::<u64>(),
        3
    );
    let csv = senior.get(STATISTICS_CSV_PATH).await;
    let csv = String::from_utf8(csv.bytes).unwrap();
    assert!(csv.contains("Чатов начато;3\r\n"), "{csv}");
    assert!(
        csv.contains("Доля завершённых чатов без оператора, %;50\r\n"),
        "{csv}"
    );
}
