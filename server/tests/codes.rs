//! One-time codes against a real SQLite database: the code sent is the code accepted, once,
//! within ten minutes, within five tries, for its own purpose and target only.

use server::services::codes::{CODE_LIFETIME, CodeRefusal, MAX_ATTEMPTS};
use server::storage::Db;
use server::storage::outbox::Channel;
use shared::lang::Lang;
use shared::notices::CodePurpose;
use tempfile::TempDir;
use time::{Duration, OffsetDateTime};

const PHONE: &str = "+79123456789";

async fn db() -> (Db, TempDir) {
    let data = tempfile::tempdir().unwrap();
    (Db::open(data.path()).await.unwrap(), data)
}

/// The code in the latest message to `target`, as the person reads it.
async fn code_sent(db: &Db, target: &str) -> String {
    let latest = db.latest_messages(10).await.unwrap();
    let message = latest
        .iter()
        .find(|shown| shown.message.recipient == target)
        .expect("a message was written to the outbox");
    let body = &message.message.body;
    let at = body.find(": ").expect("«Код …: 123456.»") + 2;
    body[at..at + 6].to_owned()
}

/// Issues a code for `purpose` to `target` at `now` and answers the code the message carries.
async fn issue(db: &Db, purpose: CodePurpose, target: &str, now: OffsetDateTime) -> String {
    let channel = if target.starts_with('+') {
        Channel::Sms
    } else {
        Channel::Email
    };
    db.issue_code(purpose, target, channel, Lang::Ru, now)
        .await
        .unwrap();
    code_sent(db, target).await
}

/// Checks `code` for `purpose` and `target` at `now`.
async fn check(
    db: &Db,
    purpose: CodePurpose,
    target: &str,
    code: &str,
    now: OffsetDateTime,
) -> Result<(), CodeRefusal> {
    db.check_code(purpose, target, code, now).await.unwrap()
}

/// A six-digit code that is not `code`.
fn other_than(code: &str) -> String {
    let n: u32 = code.parse().unwrap();
    format!("{:06}", (n + 1) % 1_000_000)
}

#[tokio::test]
async fn the_code_sent_is_accepted_once() {
    let (db, _data) = db().await;
    let now = OffsetDateTime::now_utc();
    let code = issue(&db, CodePurpose::ConfirmPhone, PHONE, now).await;
    assert_eq!(
        check(&db, CodePurpose::ConfirmPhone, PHONE, &code, now).await,
        Ok(())
    );
    // Replaying a used code fails as any wrong code does.
    assert!(matches!(
        check(&db, CodePurpose::ConfirmPhone, PHONE, &code, now).await,
        Err(CodeRefusal::Wrong { .. })
    ));
}

#[tokio::test]
async fn codes_are_stored_hashed_and_never_in_clear() {
    let (db, _data) = db().await;
    db.issue_code(
        CodePurpose::ConfirmPhone,
        PHONE,
        Channel::Sms,
        Lang::Ru,
        OffsetDateTime::now_utc(),
    )
    .await
    .unwrap();
    let code = code_sent(&db, PHONE).await;
    let stored: Vec<(String, String)> =
        sqlx::query_as("SELECT salt, code_hash FROM one_time_codes")
            .fetch_all(db.pool())
            .await
            .unwrap();
    assert_eq!(stored.len(), 1);
    assert!(!stored[0].1.contains(&code) && stored[0].1.len() == 64);
}

#[tokio::test]
async fn a_code_expires_after_ten_minutes() {
    let (db, _data) = db().await;
    let issued = OffsetDateTime::now_utc();
    let code = issue(&db, CodePurpose::Recovery, PHONE, issued).await;
    let late = issued + CODE_LIFETIME + Duration::seconds(1);
    assert_eq!(
        check(&db, CodePurpose::Recovery, PHONE, &code, late).await,
        Err(CodeRefusal::Expired)
    );
    let in_time = issued + CODE_LIFETIME - Duration::seconds(1);
    assert_eq!(
        check(&db, CodePurpose::Recovery, PHONE, &code, in_time).await,
        Ok(())
    );
}

#[tokio::test]
async fn five_wrong_tries_spend_the_code() {
    let (db, _data) = db().await;
    let now = OffsetDateTime::now_utc();
    let code = issue(&db, CodePurpose::SignIn, PHONE, now).await;
    let wrong = other_than(&code);
    for left in (1..MAX_ATTEMPTS).rev() {
        assert_eq!(
            check(&db, CodePurpose::SignIn, PHONE, &wrong, now).await,
            Err(CodeRefusal::Wrong {
                attempts_left: left
            })
        );
    }
    assert_eq!(
        check(&db, CodePurpose::SignIn, PHONE, &wrong, now).await,
        Err(CodeRefusal::TooManyAttempts)
    );
    // Even the right code is refused now.
    assert_eq!(
        check(&db, CodePurpose::SignIn, PHONE, &code, now).await,
        Err(CodeRefusal::TooManyAttempts)
    );
}

#[tokio::test]
async fn a_new_code_replaces_the_old_one() {
    let (db, _data) = db().await;
    let now = OffsetDateTime::now_utc();
    let first = issue(&db, CodePurpose::ConfirmEmail, "ivan@example.ru", now).await;
    let second = issue(&db, CodePurpose::ConfirmEmail, "ivan@example.ru", now).await;
    // One draw in a million repeats the first code; then there is nothing to tell apart.
    if first != second {
        assert!(matches!(
            check(
                &db,
                CodePurpose::ConfirmEmail,
                "ivan@example.ru",
                &first,
                now
            )
            .await,
            Err(CodeRefusal::Wrong { .. })
        ));
    }
    assert_eq!(
        check(
            &db,
            CodePurpose::ConfirmEmail,
            "ivan@example.ru",
            &second,
            now
        )
        .await,
        Ok(())
    );
}

#[tokio::test]
async fn a_code_works_only_for_its_purpose_and_target() {
    let (db, _data) = db().await;
    let now = OffsetDateTime::now_utc();
    let code = issue(&db, CodePurpose::ConfirmPhone, PHONE, now).await;
    assert!(matches!(
        check(&db, CodePurpose::Recovery, PHONE, &code, now).await,
        Err(CodeRefusal::Wrong { .. })
    ));
    assert!(matches!(
        check(&db, CodePurpose::ConfirmPhone, "+79990000000", &code, now).await,
        Err(CodeRefusal::Wrong { .. })
    ));
    assert_eq!(
        check(&db, CodePurpose::ConfirmPhone, PHONE, &code, now).await,
        Ok(())
    );
}
