//! API tests of accounts and sessions (SPEC §7, SECURITY.md «Passwords and login», «One-time
//! codes», «Sessions», «Requests to the API»): each would fail without the rule it names.

mod support;

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{Value, json};
use server::services::staff::{DEMO_CITIZEN_INN, DEMO_PASSWORD, seed_demo};
use server::services::totp;
use server::storage::timestamp;
use shared::accounts::*;
use support::{PASSWORD, TestServer, register, registration, sign_in, start};
use time::OffsetDateTime;

const NEW_PASSWORD: &str = "Novyi-Parol-2026!";

#[tokio::test]
async fn registration_confirms_both_contacts_then_signs_in() {
    let server = start().await;
    let mut browser = server.browser();
    let started = browser
        .post(
            REGISTRATION_PATH,
            registration("8 912 345-67-89", "ivan@example.ru"),
        )
        .await;
    assert_eq!(started.status, StatusCode::ACCEPTED);
    let token = started.body["token"].as_str().unwrap().to_owned();
    let phone_code = server.code_sent_to("+79123456789").await;
    let email_code = server.code_sent_to("ivan@example.ru").await;
    assert_ne!(phone_code, email_code, "each contact has its own code");

    let wrong_email = if email_code == "000000" {
        "111111"
    } else {
        "000000"
    };
    let first = browser
        .post(
            REGISTRATION_CONFIRM_PATH,
            json!({"token": token, "phone_code": phone_code, "email_code": wrong_email}),
        )
        .await;
    assert_eq!(first.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(first.codes("email_code"), ["code.wrong"]);
    assert!(first.codes("phone_code").is_empty(), "{:?}", first.body);
    assert!(browser.cookie.is_none());

    // The right phone code was remembered: only the e-mail code is needed now.
    let second = browser
        .post(
            REGISTRATION_CONFIRM_PATH,
            json!({"token": token, "phone_code": "", "email_code": email_code}),
        )
        .await;
    assert_eq!(second.status, StatusCode::CREATED, "{:?}", second.body);
    let cookie = second.set_cookie().unwrap();
    assert!(cookie.starts_with("session="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert!(
        !cookie.contains("Max-Age"),
        "ends with the browser: {cookie}"
    );
    assert_eq!(second.body["role"], "citizen");

    let me = browser.get(SESSION_PATH).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body["name"], "ivan@example.ru");
    assert_eq!(me.headers["cache-control"], "no-store");
    assert_eq!(
        me.body["idle_seconds_left"].as_u64(),
        Some(u64::try_from(IDLE_MINUTES * 60).unwrap())
    );
}

#[tokio::test]
async fn registering_a_taken_contact_answers_the_same_and_tells_only_the_owner() {
    let server = start().await;
    register(
        &server,
        &mut server.browser(),
        "+79123456789",
        "ivan@example.ru",
    )
    .await;

    let mut stranger = server.browser();
    let taken = stranger
        .post(
            REGISTRATION_PATH,
            registration("+79123456789", "someone@example.ru"),
        )
        .await;
    let fresh = server
        .browser()
        .post(
            REGISTRATION_PATH,
            registration("+79990001122", "fresh@example.ru"),
        )
        .await;
    assert_eq!(taken.status, fresh.status);
    assert_eq!(
        taken.body.as_object().unwrap().keys().collect::<Vec<_>>(),
        fresh.body.as_object().unwrap().keys().collect::<Vec<_>>()
    );
    let (subject, body) = server.last_message_to("+79123456789").await.unwrap();
    assert_eq!(subject, "Попытка регистрации");
    assert!(
        support::code_in(&body).is_none(),
        "no code to a taken phone"
    );

    // Whatever code is tried for the taken phone, it is «wrong», like any wrong code.
    let confirm = stranger
        .post(
            REGISTRATION_CONFIRM_PATH,
            json!({
                "token": taken.body["token"],
                "phone_code": "123456",
                "email_code": server.code_sent_to("someone@example.ru").await,
            }),
        )
        .await;
    assert_eq!(confirm.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(confirm.codes("phone_code"), ["code.wrong"]);
}

#[tokio::test]
async fn sign_in_works_with_email_phone_and_inn_and_makes_a_new_token_each_time() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let mut tokens = Vec::new();
    for login in [
        "citizen@demo.gosuslugi.local",
        "8 900 000-00-01",
        DEMO_CITIZEN_INN,
    ] {
        let mut browser = server.browser();
        let answer = sign_in(&mut browser, login, DEMO_PASSWORD, false).await;
        assert_eq!(answer.status, StatusCode::OK, "{login}: {:?}", answer.body);
        assert_eq!(answer.body["me"]["name"], "Иван", "{login}");
        tokens.push(browser.cookie.clone().unwrap());
    }
    tokens.dedup();
    assert_eq!(tokens.len(), 3);
}

/// Wall time of one failed sign-in with `login`.
async fn failed_sign_in_time(server: &TestServer, login: &str) -> Duration {
    let mut browser = server.browser();
    let began = Instant::now();
    let answer = sign_in(&mut browser, login, "Wrong-Parol-1", false).await;
    let spent = began.elapsed();
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    spent
}

#[tokio::test]
async fn unknown_and_known_logins_get_the_same_answer_in_the_same_time() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let mut browser = server.browser();
    let known = sign_in(
        &mut browser,
        "citizen@demo.gosuslugi.local",
        "Wrong-Parol-1",
        false,
    )
    .await;
    let unknown = sign_in(&mut browser, "nobody@example.ru", "Wrong-Parol-1", false).await;
    assert_eq!(known.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(known.status, unknown.status);
    assert_eq!(known.body, unknown.body);
    assert_eq!(known.codes("login"), ["credentials.wrong"]);

    // Both cost one Argon2 check. Taken in turns, so that a busy machine slows both alike; five
    // tries each stay within the free failures of a login.
    let (mut known_times, mut unknown_times) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        known_times.push(failed_sign_in_time(&server, "operator@demo.gosuslugi.local").await);
        unknown_times.push(failed_sign_in_time(&server, "nobody-else@example.ru").await);
    }
    known_times.sort();
    unknown_times.sort();
    let (known_time, unknown_time) = (known_times[2], unknown_times[2]);
    let ratio = known_time.as_secs_f64() / unknown_time.as_secs_f64();
    assert!(
        (0.33..3.0).contains(&ratio),
        "known {known_time:?}, unknown {unknown_time:?}"
    );
}

#[tokio::test]
async fn failed_sign_ins_bring_growing_delays_for_known_and_unknown_logins_alike() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    for login in ["citizen@demo.gosuslugi.local", "nobody@example.ru"] {
        let mut browser = server.browser();
        for _ in 0..5 {
            let answer = sign_in(&mut browser, login, "Wrong-Parol-1", false).await;
            assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{login}");
        }
        let delayed = sign_in(&mut browser, login, DEMO_PASSWORD, false).await;
        assert_eq!(delayed.status, StatusCode::TOO_MANY_REQUESTS, "{login}");
        assert_eq!(delayed.headers["retry-after"], "1");
        assert_eq!(delayed.body["error"], "too_many_requests");
    }
    // The delay is short: the owner gets in after it.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let mut browser = server.browser();
    let answer = sign_in(
        &mut browser,
        "citizen@demo.gosuslugi.local",
        DEMO_PASSWORD,
        false,
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
}

#[tokio::test]
async fn sessions_end_after_idle_time_and_at_their_absolute_end_but_remember_me_lasts() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let login = "citizen@demo.gosuslugi.local";
    let now = OffsetDateTime::now_utc();

    let mut idle = server.browser();
    sign_in(&mut idle, login, DEMO_PASSWORD, false).await;
    let mut remembered = server.browser();
    let answer = sign_in(&mut remembered, login, DEMO_PASSWORD, true).await;
    assert!(answer.set_cookie().unwrap().contains("Max-Age=2592000"));
    assert!(answer.body["me"]["idle_seconds_left"].is_null());

    // Everyone was last seen 31 minutes ago.
    let long_ago = timestamp(now - time::Duration::minutes(31));
    server
        .sql("UPDATE sessions SET last_seen_at = ?1", &long_ago)
        .await;
    assert_eq!(
        idle.get(SESSION_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(remembered.get(SESSION_PATH).await.status, StatusCode::OK);

    // A busy session still ends at its absolute end.
    let mut busy = server.browser();
    sign_in(&mut busy, login, DEMO_PASSWORD, false).await;
    server
        .sql(
            "UPDATE sessions SET expires_at = ?1 WHERE remember = 0",
            &timestamp(now - time::Duration::seconds(1)),
        )
        .await;
    assert_eq!(
        busy.get(SESSION_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    assert_eq!(left, 1, "ended sessions are gone from the server");
}

#[tokio::test]
async fn sign_out_and_ending_sessions_invalidate_them_on_the_server() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let login = "citizen@demo.gosuslugi.local";
    let mut laptop = server.browser();
    sign_in(&mut laptop, login, DEMO_PASSWORD, false).await;
    let mut phone = server.browser();
    phone.user_agent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1".to_owned();
    sign_in(&mut phone, login, DEMO_PASSWORD, false).await;
    let mut tablet = server.browser();
    sign_in(&mut tablet, login, DEMO_PASSWORD, false).await;

    let list = laptop.get(SESSIONS_PATH).await;
    let sessions = list.body.as_array().unwrap();
    assert_eq!(sessions.len(), 3);
    let current: Vec<&Value> = sessions.iter().filter(|s| s["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["browser"], "Chrome 131");
    assert_eq!(current[0]["ip"], "127.0.0.1");
    let iphone = sessions.iter().find(|s| s["device"] == "iPhone").unwrap();

    // Another account cannot end it, and learns nothing: 404 like an unknown id.
    let mut other = server.browser();
    sign_in(
        &mut other,
        "organisation@demo.gosuslugi.local",
        DEMO_PASSWORD,
        false,
    )
    .await;
    let foreign = other
        .delete(&format!("{SESSIONS_PATH}/{}", iphone["id"]))
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    assert_eq!(phone.get(SESSION_PATH).await.status, StatusCode::OK);

    let ended = laptop
        .delete(&format!("{SESSIONS_PATH}/{}", iphone["id"]))
        .await;
    assert_eq!(ended.status, StatusCode::NO_CONTENT);
    assert_eq!(
        phone.get(SESSION_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );

    let others = laptop.post(END_OTHER_SESSIONS_PATH, json!({})).await;
    assert_eq!(others.status, StatusCode::NO_CONTENT);
    assert_eq!(
        tablet.get(SESSION_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(laptop.get(SESSION_PATH).await.status, StatusCode::OK);

    // Signing out ends the session on the server: the old cookie is worth nothing.
    let old_cookie = laptop.cookie.clone();
    let out = laptop.delete(SESSION_PATH).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert!(out.set_cookie().unwrap().contains("Max-Age=0"));
    laptop.cookie = old_cookie;
    assert_eq!(
        laptop.get(SESSION_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn state_changes_with_a_session_need_same_origin_proof() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let mut browser = server.browser();
    sign_in(
        &mut browser,
        "citizen@demo.gosuslugi.local",
        DEMO_PASSWORD,
        false,
    )
    .await;
    let json = ("content-type", "application/json");
    // No fetch metadata and no Origin, but a session cookie: a page could have sent it.
    assert_eq!(
        browser
            .raw_post(END_OTHER_SESSIONS_PATH, &[json], "{}")
            .await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        browser
            .raw_post(
                END_OTHER_SESSIONS_PATH,
                &[json, ("sec-fetch-site", "cross-site")],
                "{}"
            )
            .await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        browser
            .raw_post(
                END_OTHER_SESSIONS_PATH,
                &[json, ("origin", "https://evil.example")],
                "{}"
            )
            .await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        browser
            .raw_post(
                END_OTHER_SESSIONS_PATH,
                &[
                    ("content-type", "text/plain"),
                    ("sec-fetch-site", "same-origin")
                ],
                "{}"
            )
            .await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    assert_eq!(
        browser
            .raw_post(
                END_OTHER_SESSIONS_PATH,
                &[json, ("sec-fetch-site", "same-origin")],
                "{}"
            )
            .await,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn recovery_sets_a_new_password_without_signing_in_and_can_end_other_sessions() {
    let server = start().await;
    let mut owner = server.browser();
    register(&server, &mut owner, "+79123456789", "ivan@example.ru").await;

    let mut browser = server.browser();
    let started = browser
        .post(RECOVERY_PATH, json!({"login": "ivan@example.ru"}))
        .await;
    let unknown = server
        .browser()
        .post(RECOVERY_PATH, json!({"login": "nobody@example.ru"}))
        .await;
    assert_eq!(started.status, StatusCode::ACCEPTED);
    assert_eq!(unknown.status, StatusCode::ACCEPTED);
    assert_eq!(
        started.body.as_object().unwrap().keys().collect::<Vec<_>>(),
        unknown.body.as_object().unwrap().keys().collect::<Vec<_>>()
    );
    let token = started.body["token"].clone();
    let code = server.code_sent_to("ivan@example.ru").await;

    let step = browser
        .post(RECOVERY_CODE_PATH, json!({"token": token, "code": code}))
        .await;
    assert_eq!(step.status, StatusCode::OK, "{:?}", step.body);
    assert_eq!(step.body["second_factor"], "none");

    // The code is spent: the same code again is refused.
    let replay = browser
        .post(RECOVERY_CODE_PATH, json!({"token": token, "code": code}))
        .await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);

    let done = browser
        .post(
            RECOVERY_PASSWORD_PATH,
            json!({"token": token, "password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD,
                   "end_other_sessions": true}),
        )
        .await;
    assert_eq!(done.status, StatusCode::NO_CONTENT, "{:?}", done.body);
    assert!(done.set_cookie().is_none(), "recovery never signs in");
    assert_eq!(
        owner.get(SESSION_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
    let (subject, _) = server.last_message_to("ivan@example.ru").await.unwrap();
    assert_eq!(subject, "Пароль восстановлен и изменён");

    let old = sign_in(&mut browser, "ivan@example.ru", PASSWORD, false).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    let new = sign_in(&mut browser, "+79123456789", NEW_PASSWORD, false).await;
    assert_eq!(new.status, StatusCode::OK);

    // The flow is over: its token sets no second password.
    let again = browser
        .post(
            RECOVERY_PASSWORD_PATH,
            json!({"token": token, "password": PASSWORD, "password_repeat": PASSWORD}),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn codes_expire_after_ten_minutes_and_allow_five_attempts() {
    let server = start().await;
    register(
        &server,
        &mut server.browser(),
        "+79123456789",
        "ivan@example.ru",
    )
    .await;
    let mut browser = server.browser();

    let started = browser
        .post(RECOVERY_PATH, json!({"login": "+79123456789"}))
        .await;
    let code = server.code_sent_to("+79123456789").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for attempt in 1..=5 {
        let answer = browser
            .post(
                RECOVERY_CODE_PATH,
                json!({"token": started.body["token"], "code": wrong}),
            )
            .await;
        let expected = if attempt < 5 {
            "code.wrong"
        } else {
            "code.attempts"
        };
        assert_eq!(answer.codes("code"), [expected], "attempt {attempt}");
    }
    let right_too_late = browser
        .post(
            RECOVERY_CODE_PATH,
            json!({"token": started.body["token"], "code": code}),
        )
        .await;
    assert_eq!(right_too_late.codes("code"), ["code.attempts"]);

    // A fresh code, eleven minutes old.
    let started = browser
        .post(RECOVERY_PATH, json!({"login": "+79123456789"}))
        .await;
    let code = server.code_sent_to("+79123456789").await;
    let past = timestamp(OffsetDateTime::now_utc() - time::Duration::minutes(1));
    server
        .sql("UPDATE one_time_codes SET expires_at = ?1", &past)
        .await;
    server
        .sql("UPDATE challenges SET expires_at = ?1", &past)
        .await;
    let expired = browser
        .post(
            RECOVERY_CODE_PATH,
            json!({"token": started.body["token"], "code": code}),
        )
        .await;
    assert_eq!(expired.codes("code"), ["code.expired"]);
}

#[tokio::test]
async fn sms_second_factor_is_asked_at_sign_in_and_its_code_works_once() {
    let server = start().await;
    let mut browser = server.browser();
    register(&server, &mut browser, "+79123456789", "ivan@example.ru").await;
    let refused = browser
        .post(
            SECOND_FACTOR_SETTING_PATH,
            json!({"second_factor": "sms", "confirm_password": "Wrong-Parol-1"}),
        )
        .await;
    assert_eq!(
        refused.codes("confirm_password"),
        ["current_password.wrong"]
    );
    let set = browser
        .post(
            SECOND_FACTOR_SETTING_PATH,
            json!({"second_factor": "sms", "confirm_password": PASSWORD}),
        )
        .await;
    assert_eq!(set.status, StatusCode::NO_CONTENT, "{:?}", set.body);
    let (subject, _) = server.last_message_to("ivan@example.ru").await.unwrap();
    assert_eq!(subject, "Изменён способ подтверждения входа");

    let mut laptop = server.browser();
    let first = sign_in(&mut laptop, "ivan@example.ru", PASSWORD, false).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.body["me"].is_null());
    assert_eq!(first.body["second_factor"], "sms");
    assert!(
        laptop.cookie.is_none(),
        "no session before the second factor"
    );
    let code = server.code_sent_to("+79123456789").await;
    let signed_in = laptop
        .post(
            SECOND_FACTOR_PATH,
            json!({"token": first.body["challenge"], "code": code}),
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::OK, "{:?}", signed_in.body);
    assert!(laptop.cookie.is_some());

    // The same code in a new sign-in is refused.
    let mut other = server.browser();
    let second = sign_in(&mut other, "ivan@example.ru", PASSWORD, false).await;
    let replay = other
        .post(
            SECOND_FACTOR_PATH,
            json!({"token": second.body["challenge"], "code": code}),
        )
        .await;
    assert_eq!(replay.codes("code"), ["code.wrong"]);
}

#[tokio::test]
async fn an_authenticator_app_with_recovery_codes_guards_sign_in_and_recovery() {
    let server = start().await;
    let mut browser = server.browser();
    register(&server, &mut browser, "+79123456789", "ivan@example.ru").await;
    let enrolment = browser.post(TOTP_PATH, json!({})).await;
    assert_eq!(enrolment.status, StatusCode::OK);
    assert!(enrolment.body["qr_svg"].as_str().unwrap().contains("<svg"));
    let secret: String = enrolment.body["secret"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .collect();
    let now = || OffsetDateTime::now_utc().unix_timestamp();
    let confirm = browser
        .post(
            TOTP_CONFIRM_PATH,
            json!({"token": "", "code": totp::current_code(&secret, now()).unwrap()}),
        )
        .await;
    assert_eq!(confirm.status, StatusCode::OK, "{:?}", confirm.body);
    let recovery_codes: Vec<String> = confirm.body["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(recovery_codes.len(), 10);

    // Sign-in asks for the app's code; the one used to confirm is not accepted again.
    let mut laptop = server.browser();
    let first = sign_in(&mut laptop, "ivan@example.ru", PASSWORD, false).await;
    assert_eq!(first.body["second_factor"], "totp");
    let reused = laptop
        .post(
            SECOND_FACTOR_PATH,
            json!({"token": first.body["challenge"],
                   "code": totp::current_code(&secret, now()).unwrap()}),
        )
        .await;
    assert_eq!(reused.codes("code"), ["code.wrong"]);
    let by_recovery_code = laptop
        .post(
            SECOND_FACTOR_PATH,
            json!({"token": first.body["challenge"], "code": recovery_codes[0].to_uppercase()}),
        )
        .await;
    assert_eq!(
        by_recovery_code.status,
        StatusCode::OK,
        "{:?}",
        by_recovery_code.body
    );

    // A recovery code works once.
    let mut phone = server.browser();
    let second = sign_in(&mut phone, "ivan@example.ru", PASSWORD, false).await;
    let again = phone
        .post(
            SECOND_FACTOR_PATH,
            json!({"token": second.body["challenge"], "code": recovery_codes[0]}),
        )
        .await;
    assert_eq!(again.codes("code"), ["code.wrong"]);

    // Recovery asks for the second factor before the new password.
    let mut stranger = server.browser();
    let started = stranger
        .post(RECOVERY_PATH, json!({"login": "ivan@example.ru"}))
        .await;
    let token = started.body["token"].clone();
    let step = stranger
        .post(
            RECOVERY_CODE_PATH,
            json!({"token": token, "code": server.code_sent_to("ivan@example.ru").await}),
        )
        .await;
    assert_eq!(step.body["second_factor"], "totp");
    let skipped = stranger
        .post(
            RECOVERY_PASSWORD_PATH,
            json!({"token": token, "password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD}),
        )
        .await;
    assert_eq!(
        skipped.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no bypass"
    );
    let passed = stranger
        .post(
            RECOVERY_SECOND_FACTOR_PATH,
            json!({"token": token, "code": recovery_codes[1]}),
        )
        .await;
    assert_eq!(passed.body["second_factor"], "none", "{:?}", passed.body);
    let done = stranger
        .post(
            RECOVERY_PASSWORD_PATH,
            json!({"token": token, "password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD}),
        )
        .await;
    assert_eq!(done.status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_keeps_this_session() {
    let server = start().await;
    let mut browser = server.browser();
    register(&server, &mut browser, "+79123456789", "ivan@example.ru").await;
    let mut other = server.browser();
    sign_in(&mut other, "ivan@example.ru", PASSWORD, false).await;

    let change = |current: &str| {
        json!({"current_password": current, "password": NEW_PASSWORD,
               "password_repeat": NEW_PASSWORD, "end_other_sessions": true})
    };
    let wrong = browser.post(PASSWORD_PATH, change("Wrong-Parol-1")).await;
    assert_eq!(wrong.codes("current_password"), ["current_password.wrong"]);
    let empty = browser.post(PASSWORD_PATH, change("")).await;
    assert_eq!(
        empty.codes("current_password"),
        ["current_password.required"]
    );

    let done = browser.post(PASSWORD_PATH, change(PASSWORD)).await;
    assert_eq!(done.status, StatusCode::NO_CONTENT, "{:?}", done.body);
    assert_eq!(browser.get(SESSION_PATH).await.status, StatusCode::OK);
    assert_eq!(
        other.get(SESSION_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
    let (subject, _) = server.last_message_to("ivan@example.ru").await.unwrap();
    assert_eq!(subject, "Пароль изменён");
}

#[tokio::test]
async fn only_an_administrator_creates_staff_who_then_set_their_password_by_recovery() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let operator = json!({"role": "operator", "email": "new.operator@example.ru", "phone": ""});
    for role in ["citizen", "operator", "senior-operator"] {
        let mut browser = server.browser();
        sign_in(
            &mut browser,
            &format!("{role}@demo.gosuslugi.local"),
            DEMO_PASSWORD,
            false,
        )
        .await;
        let refused = browser.post(STAFF_ACCOUNTS_PATH, operator.clone()).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{role}");
        let list = browser.get(STAFF_ACCOUNTS_PATH).await;
        assert_eq!(list.status, StatusCode::FORBIDDEN, "{role}");
    }
    let anonymous = server
        .browser()
        .post(STAFF_ACCOUNTS_PATH, operator.clone())
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    let mut admin = server.browser();
    sign_in(
        &mut admin,
        "administrator@demo.gosuslugi.local",
        DEMO_PASSWORD,
        false,
    )
    .await;
    let citizen_role = admin
        .post(
            STAFF_ACCOUNTS_PATH,
            json!({"role": "citizen", "email": "x@example.ru"}),
        )
        .await;
    assert_eq!(citizen_role.codes("role"), ["role.not_staff"]);
    let created = admin.post(STAFF_ACCOUNTS_PATH, operator.clone()).await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let twice = admin.post(STAFF_ACCOUNTS_PATH, operator).await;
    assert_eq!(twice.codes("email"), ["email.taken"]);
    let listed = admin.get(STAFF_ACCOUNTS_PATH).await;
    assert_eq!(listed.status, StatusCode::OK);
    let staff = listed.body.as_array().unwrap();
    assert_eq!(staff[0]["email"], "new.operator@example.ru");
    assert_eq!(staff[0]["role"], "operator");
    assert!(staff.iter().all(|member| member["role"] != "citizen"));
    assert_eq!(staff.len(), 4, "three demo colleagues and the new one");
    let (subject, _) = server
        .last_message_to("new.operator@example.ru")
        .await
        .unwrap();
    assert_eq!(subject, "Для вас создана учётная запись");

    let mut colleague = server.browser();
    let started = colleague
        .post(RECOVERY_PATH, json!({"login": "new.operator@example.ru"}))
        .await;
    let token = started.body["token"].clone();
    colleague
        .post(
            RECOVERY_CODE_PATH,
            json!({"token": token, "code": server.code_sent_to("new.operator@example.ru").await}),
        )
        .await;
    colleague
        .post(
            RECOVERY_PASSWORD_PATH,
            json!({"token": token, "password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD}),
        )
        .await;
    let signed_in = sign_in(
        &mut colleague,
        "new.operator@example.ru",
        NEW_PASSWORD,
        false,
    )
    .await;
    assert_eq!(signed_in.body["me"]["role"], "operator");
}

#[tokio::test]
async fn registrations_from_one_address_are_rate_limited() {
    let server = start().await;
    let mut browser = server.browser();
    for n in 0..10 {
        let answer = browser
            .post(
                REGISTRATION_PATH,
                registration(&format!("+7912000{n:04}"), &format!("person{n}@example.ru")),
            )
            .await;
        assert_eq!(answer.status, StatusCode::ACCEPTED, "{n}");
    }
    let limited = browser
        .post(
            REGISTRATION_PATH,
            registration("+79129999999", "late@example.ru"),
        )
        .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers.contains_key("retry-after"));
}

fn profile(inn: &str) -> Value {
    json!({
        "surname": "Петрова",
        "given_name": "Анна",
        "patronymic": "",
        "birth_date": "01.02.1990",
        "passport": "",
        "passport_issue_date": "",
        "passport_issued_by": "",
        "snils": "",
        "inn": inn,
        "address": "г. Казань, ул. Баумана, д. 5",
        "phone": "+79990000000",
        "email": "someone.else@example.ru"
    })
}

#[tokio::test]
async fn the_profile_is_checked_by_shared_rules_and_its_inn_becomes_a_login() {
    let server = start().await;
    let mut browser = server.browser();
    register(&server, &mut browser, "+79123456789", "anna@example.ru").await;
    let empty = browser.get(PROFILE_PATH).await;
    assert_eq!(empty.status, StatusCode::OK);
    assert_eq!(empty.body["profile"]["email"], "anna@example.ru");
    assert_eq!(empty.body["identity"], "none");

    let mut bad = profile("7707083894");
    bad["snils"] = json!("123-456-789 65");
    let refused = browser.put(PROFILE_PATH, bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.codes("snils"), ["snils.checksum"]);
    assert_eq!(refused.codes("inn"), ["inn.checksum"]);

    let saved = browser.put(PROFILE_PATH, profile("770123456703")).await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    assert_eq!(saved.body["profile"]["given_name"], "Анна");
    // Contacts change only with a code: the form's own are ignored.
    assert_eq!(saved.body["profile"]["email"], "anna@example.ru");
    assert_eq!(saved.body["profile"]["phone"], "+79123456789");
    assert_eq!(browser.get(SESSION_PATH).await.body["name"], "Анна");
    let by_inn = sign_in(&mut server.browser(), "770123456703", PASSWORD, false).await;
    assert_eq!(by_inn.status, StatusCode::OK);

    let mut other = server.browser();
    register(&server, &mut other, "+79990001122", "boris@example.ru").await;
    let taken = other.put(PROFILE_PATH, profile("770123456703")).await;
    assert_eq!(taken.codes("inn"), ["inn.taken"]);
    assert_eq!(
        server.browser().get(PROFILE_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_new_email_needs_the_code_sent_to_it() {
    let server = start().await;
    let mut browser = server.browser();
    register(&server, &mut browser, "+79123456789", "anna@example.ru").await;
    let mut boris = server.browser();
    register(&server, &mut boris, "+79990001122", "boris@example.ru").await;

    let started = browser
        .post(
            CONTACT_PATH,
            json!({"channel": "email", "value": "anna.new@example.ru"}),
        )
        .await;
    assert_eq!(started.status, StatusCode::ACCEPTED);
    let token = started.body["token"].clone();
    // Another account cannot finish it.
    let foreign = boris
        .post(
            CONTACT_CONFIRM_PATH,
            json!({"token": token, "code": server.code_sent_to("anna.new@example.ru").await}),
        )
        .await;
    assert_eq!(foreign.codes("code"), ["code.expired"]);
    let code = server.code_sent_to("anna.new@example.ru").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let refused = browser
        .post(CONTACT_CONFIRM_PATH, json!({"token": token, "code": wrong}))
        .await;
    assert_eq!(refused.codes("code"), ["code.wrong"]);
    let done = browser
        .post(CONTACT_CONFIRM_PATH, json!({"token": token, "code": code}))
        .await;
    assert_eq!(done.status, StatusCode::NO_CONTENT, "{:?}", done.body);
    let (subject, _) = server.last_message_to("anna@example.ru").await.unwrap();
    assert_eq!(subject, "Изменены контактные данные");
    let new = sign_in(
        &mut server.browser(),
        "anna.new@example.ru",
        PASSWORD,
        false,
    )
    .await;
    assert_eq!(new.status, StatusCode::OK);
    let old = sign_in(&mut server.browser(), "anna@example.ru", PASSWORD, false).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Boris's address: the same answer, a notice to Boris, and no code that could work.
    let taken = browser
        .post(
            CONTACT_PATH,
            json!({"channel": "email", "value": "boris@example.ru"}),
        )
        .await;
    assert_eq!(taken.status, StatusCode::ACCEPTED);
    let (subject, body) = server.last_message_to("boris@example.ru").await.unwrap();
    assert_eq!(subject, "Попытка указать ваши контакты");
    assert!(support::code_in(&body).is_none());
}
