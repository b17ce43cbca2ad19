//! API tests of call-backs (SPEC §3 «callback», §4 «work callbacks», §5 «callback scheduled»):
//! a citizen books one at a time inside the contact centre's hours and may cancel it; only
//! operators of the topic's section see and work it; the time they set must lie inside the
//! citizen's window, and setting it tells the citizen in the feed and by e-mail, in the same
//! transaction; a finished call-back allows nothing more.

mod support;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use shared::accounts::Role;
use shared::callbacks::{
    CALLBACKS_PATH, CONSOLE_CALLBACKS_PATH, CallAction, callback_cancel_path, console_callback_path,
};
use shared::codes;
use shared::dates::{format_date, in_moscow};
use shared::notifications::NOTIFICATIONS_PATH;
use shared::requests::IDEMPOTENCY_KEY_HEADER;
use support::{Answer, Browser, citizen, normalised_phone, staff_member, start};
use time::{Duration, OffsetDateTime};

const ANNA_PHONE: &str = "+7 912 345-67-89";
const ANNA: &str = "anna@example.ru";

/// A day `days` from today in Moscow, as the form takes it.
fn day_ahead(days: i64) -> String {
    format_date(in_moscow(OffsetDateTime::now_utc()).date() + Duration::days(days))
}

/// A booking for tomorrow, 14:00–16:00, on a topic of the «cabinet» section.
fn booking() -> Value {
    json!({
        "phone": "8 (912) 345-67-89",
        "topic": "cabinet.personal_data",
        "day": day_ahead(1),
        "window": "14-16",
        "comment": "  Не меняется адрес  ",
    })
}

/// Books `body`, with a fresh idempotency key.
async fn book(browser: &mut Browser, body: Value) -> Answer {
    let key = format!(
        "callback-{}",
        OffsetDateTime::now_utc().unix_timestamp_nanos()
    );
    book_with_key(browser, body, &key).await
}

/// Books `body` with the idempotency key `key`.
async fn book_with_key(browser: &mut Browser, body: Value, key: &str) -> Answer {
    browser
        .send_with_header(
            Method::POST,
            CALLBACKS_PATH,
            Some(&body),
            (IDEMPOTENCY_KEY_HEADER, key),
        )
        .await
}

/// The citizen's call-backs.
async fn mine(browser: &mut Browser) -> Vec<Value> {
    let answer = browser.get(CALLBACKS_PATH).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    answer.body["items"].as_array().unwrap().clone()
}

/// The operator's list: those to make, or the finished ones.
async fn queue(browser: &mut Browser, finished: bool) -> Vec<Value> {
    let path = if finished {
        format!("{CONSOLE_CALLBACKS_PATH}?finished=true")
    } else {
        CONSOLE_CALLBACKS_PATH.to_owned()
    };
    let answer = browser.get(&path).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    answer.body["items"].as_array().unwrap().clone()
}

/// The operator's `action` on call-back `id`.
async fn work(browser: &mut Browser, id: i64, action: CallAction, body: Value) -> StatusCode {
    let answer = browser.post(&console_callback_path(id, action), body).await;
    answer.status
}

#[tokio::test]
async fn a_citizen_books_one_call_back_at_a_time_and_may_cancel_it() {
    let server = start().await;
    let mut anonymous = server.browser();
    assert_eq!(
        anonymous.get(CALLBACKS_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
    let mut anna = citizen(&server, ANNA_PHONE, ANNA).await;

    // Each field judged by the form's one rule, with its stable code.
    let empty = book(&mut anna, json!({})).await;
    assert_eq!(
        empty.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        empty.body
    );
    assert_eq!(empty.codes("phone"), [codes::PHONE_REQUIRED]);
    assert_eq!(empty.codes("topic"), [codes::TOPIC_REQUIRED]);
    assert_eq!(empty.codes("day"), [codes::CALLBACK_DAY_REQUIRED]);
    assert_eq!(empty.codes("window"), [codes::CALLBACK_WINDOW_REQUIRED]);
    for (day, code) in [
        (day_ahead(-1), codes::CALLBACK_DAY_PAST),
        (day_ahead(15), codes::CALLBACK_DAY_TOO_FAR),
        ("31.02.2027".to_owned(), codes::CALLBACK_DAY_FORMAT),
    ] {
        let mut form = booking();
        form["day"] = json!(day);
        assert_eq!(book(&mut anna, form).await.codes("day"), [code], "{day}");
    }
    let mut unknown = booking();
    unknown["window"] = json!("20-22");
    assert_eq!(
        book(&mut anna, unknown).await.codes("window"),
        [codes::CALLBACK_WINDOW_REQUIRED]
    );

    // Every booking carries a key; a retry with it replays the first answer.
    assert_eq!(
        anna.post(CALLBACKS_PATH, booking()).await.status,
        StatusCode::BAD_REQUEST,
        "no idempotency key"
    );
    let key = "callback-retry-key-0001";
    let booked = book_with_key(&mut anna, booking(), key).await;
    assert_eq!(booked.status, StatusCode::CREATED, "{:?}", booked.body);
    let id = booked.body["id"].as_i64().unwrap();
    let replayed = book_with_key(&mut anna, booking(), key).await;
    assert_eq!(replayed.status, StatusCode::CREATED);
    assert_eq!(replayed.body, booked.body, "the first answer, replayed");
    let mut other_body = booking();
    other_body["window"] = json!("16-18");
    assert_eq!(
        book_with_key(&mut anna, other_body, key)
            .await
            .codes("idempotency_key"),
        [codes::IDEMPOTENCY_KEY_REUSED]
    );
    // A second booking while the first is open (another tab, a new key).
    assert_eq!(
        book(&mut anna, booking()).await.status,
        StatusCode::CONFLICT
    );

    let items = mine(&mut anna).await;
    assert_eq!(items.len(), 1);
    let item = &items[0];
    assert_eq!(item["id"], id);
    assert_eq!(item["state"], "requested");
    assert_eq!(item["phone"], normalised_phone(ANNA_PHONE));
    assert_eq!(item["topic"], "cabinet.personal_data");
    assert_eq!(item["day"], day_ahead(1));
    assert_eq!(item["window"], "14-16");
    assert_eq!(item["comment"], "Не меняется адрес");
    assert_eq!(item["call_at"], Value::Null);

    // Nobody else reaches it; staff book nothing.
    let mut boris = citizen(&server, "+7 913 000-11-22", "boris@example.ru").await;
    assert_eq!(
        boris
            .post(&callback_cancel_path(id), json!({}))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(mine(&mut boris).await.is_empty());
    let mut operator = staff_member(&server, Role::Operator, "op@example.ru", &["cabinet"]).await;
    assert_eq!(
        book(&mut operator, booking()).await.status,
        StatusCode::FORBIDDEN
    );

    let cancelled = anna.post(&callback_cancel_path(id), json!({})).await;
    assert_eq!(cancelled.status, StatusCode::NO_CONTENT);
    assert_eq!(
        anna.post(&callback_cancel_path(id), json!({})).await.status,
        StatusCode::CONFLICT,
        "a cancelled call-back stays cancelled"
    );
    assert_eq!(
        work(
            &mut operator,
            id,
            CallAction::Schedule,
            json!({"time": "14:30"})
        )
        .await,
        StatusCode::CONFLICT
    );
    // Once it is over, another may be booked; the open one comes first.
    let again = book(&mut anna, booking()).await;
    assert_eq!(again.status, StatusCode::CREATED);
    let states: Vec<Value> = mine(&mut anna)
        .await
        .iter()
        .map(|item| json!([item["id"], item["state"]]))
        .collect();
    assert_eq!(
        states,
        [
            json!([again.body["id"], "requested"]),
            json!([id, "cancelled"])
        ]
    );
}

#[tokio::test]
async fn operators_of_the_section_set_the_time_and_the_citizen_is_told() {
    let server = start().await;
    let mut anna = citizen(&server, ANNA_PHONE, ANNA).await;
    let booked = book(&mut anna, booking()).await;
    assert_eq!(booked.status, StatusCode::CREATED, "{:?}", booked.body);
    let id = booked.body["id"].as_i64().unwrap();

    // Operators of another section neither see nor reach it; citizens have no console.
    let mut other = staff_member(&server, Role::Operator, "tech@example.ru", &["tech"]).await;
    assert!(queue(&mut other, false).await.is_empty());
    for action in CallAction::OPERATOR {
        assert_eq!(
            work(&mut other, id, action, json!({"time": "14:30"})).await,
            StatusCode::NOT_FOUND,
            "{action:?} from another section"
        );
        assert_eq!(
            work(&mut anna, id, action, json!({"time": "14:30"})).await,
            StatusCode::FORBIDDEN,
            "{action:?} by the citizen"
        );
    }
    assert_eq!(
        anna.get(CONSOLE_CALLBACKS_PATH).await.status,
        StatusCode::FORBIDDEN
    );

    let mut operator = staff_member(&server, Role::Operator, "op@example.ru", &["cabinet"]).await;
    let open = queue(&mut operator, false).await;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["callback"]["id"], id);
    assert_eq!(
        open[0]["citizen"], ANNA,
        "named by e-mail without a profile"
    );
    assert_eq!(open[0]["late"], false);

    // The time must lie inside the window the citizen chose.
    for (time, code) in [
        ("", codes::CALL_TIME_REQUIRED),
        ("половина третьего", codes::CALL_TIME_FORMAT),
        ("16:30", codes::CALL_TIME_OUTSIDE_WINDOW),
        ("13:59", codes::CALL_TIME_OUTSIDE_WINDOW),
    ] {
        let answer = operator
            .post(
                &console_callback_path(id, CallAction::Schedule),
                json!({ "time": time }),
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{time}");
        assert_eq!(answer.codes("time"), [code], "{time}");
    }
    assert_eq!(
        work(
            &mut operator,
            id,
            CallAction::Schedule,
            json!({"time": "14:30"})
        )
        .await,
        StatusCode::NO_CONTENT
    );

    // The citizen is told, in the feed and by e-mail, with the moment and the number.
    let when = format!("{}, 14:30", day_ahead(1));
    let feed = anna.get(NOTIFICATIONS_PATH).await.body;
    let told = &feed["items"][0];
    assert_eq!(told["kind"], "callback_scheduled");
    assert_eq!(
        told["title"],
        format!("Обратный звонок назначен на {when} (мск)")
    );
    assert!(
        told["text"]
            .as_str()
            .unwrap()
            .contains(&normalised_phone(ANNA_PHONE)),
        "{told}"
    );
    let (subject, body): (String, String) =
        sqlx::query_as("SELECT subject, body FROM outbox WHERE recipient = ?1 AND link = ?2")
            .bind(ANNA)
            .bind(shared::pages::CALLBACKS.path)
            .fetch_one(server.state.db.pool())
            .await
            .unwrap();
    assert_eq!(subject, format!("Обратный звонок назначен на {when} (мск)"));
    assert!(body.contains(&when), "{body}");

    let items = mine(&mut anna).await;
    assert_eq!(items[0]["state"], "scheduled");
    let call_at = items[0]["call_at"].as_str().unwrap();
    let call_at =
        OffsetDateTime::parse(call_at, &time::format_description::well_known::Rfc3339).unwrap();
    assert_eq!(shared::dates::format_date_time(call_at), when);
    let open = queue(&mut operator, false).await;
    assert_eq!(open[0]["callback"]["state"], "scheduled");
    assert_eq!(open[0]["operator"], "op@example.ru");

    // The same time again (a retry whose answer was lost) tells nobody twice; then the call is
    // moved within the window, and made.
    for (action, body) in [
        (CallAction::Schedule, json!({"time": "14:30"})),
        (CallAction::Schedule, json!({"time": "15:45"})),
        (
            CallAction::Done,
            json!({"note": "Объяснил, как сменить адрес"}),
        ),
    ] {
        assert_eq!(
            work(&mut operator, id, action, body.clone()).await,
            StatusCode::NO_CONTENT,
            "{action:?} {body}"
        );
    }
    for action in [
        CallAction::Done,
        CallAction::NotReached,
        CallAction::Schedule,
    ] {
        assert_eq!(
            work(&mut operator, id, action, json!({"time": "15:50"})).await,
            StatusCode::CONFLICT,
            "{action:?} after the call"
        );
    }
    assert!(queue(&mut operator, false).await.is_empty());
    let finished = queue(&mut operator, true).await;
    assert_eq!(finished[0]["callback"]["state"], "done");
    assert_eq!(
        finished[0]["callback"]["note"],
        "Объяснил, как сменить адрес"
    );
    let items = mine(&mut anna).await;
    assert_eq!(items[0]["state"], "done");
    assert_eq!(
        items[0]["note"],
        Value::Null,
        "the operator's note is theirs"
    );
    let feed = anna.get(NOTIFICATIONS_PATH).await.body;
    let scheduled = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["kind"] == "callback_scheduled")
        .count();
    assert_eq!(scheduled, 2, "told of the time and of its move");
}

#[tokio::test]
async fn a_window_gone_by_shows_late_and_takes_only_the_outcome() {
    let server = start().await;
    let mut anna = citizen(&server, ANNA_PHONE, ANNA).await;
    let id = book(&mut anna, booking()).await.body["id"]
        .as_i64()
        .unwrap();
    // As if booked for yesterday and not called.
    let yesterday = in_moscow(OffsetDateTime::now_utc()).date() - Duration::days(1);
    sqlx::query("UPDATE callbacks SET day = ?1 WHERE id = ?2")
        .bind(yesterday.to_string())
        .bind(id)
        .execute(server.state.db.pool())
        .await
        .unwrap();
    let mut operator = staff_member(&server, Role::Operator, "op@example.ru", &["cabinet"]).await;
    let open = queue(&mut operator, false).await;
    assert_eq!(open[0]["late"], true);
    // After the window the call is made or not, not scheduled: a conflict, whatever the time.
    for time in ["15:00", "nonsense"] {
        assert_eq!(
            work(
                &mut operator,
                id,
                CallAction::Schedule,
                json!({ "time": time })
            )
            .await,
            StatusCode::CONFLICT,
            "{time}"
        );
    }
    assert_eq!(
        work(&mut operator, id, CallAction::NotReached, json!({})).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(mine(&mut anna).await[0]["state"], "not_reached");
}
