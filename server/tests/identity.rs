//! API tests of identity confirmation and of the organisation representative (SPEC §2, §7):
//! scans judged by `shared`'s rules, decided by an operator only, shown in the profile, and
//! withdrawn when the documents they prove change.

mod support;

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};
use server::services::staff::{DEMO_PASSWORD, seed_demo};
use shared::accounts::{PROFILE_PATH, SESSION_PATH};
use shared::identity::{
    IDENTITY_PATH, IDENTITY_QUEUE_PATH, PASSPORT_SCANS, SNILS_SCANS, decision_path, scan_path,
};
use support::{Answer, Browser, TestServer, register, sign_in, start};
use time::OffsetDateTime;

const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0, 1];
const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

fn profile(passport: &str, snils: &str) -> Value {
    json!({
        "surname": "Петрова",
        "given_name": "Анна",
        "patronymic": "",
        "birth_date": "01.02.1990",
        "passport": passport,
        "passport_issue_date": if passport.is_empty() { "" } else { "15.02.2010" },
        "passport_issued_by": if passport.is_empty() { "" } else { "ОВД района Арбат г. Москвы" },
        "snils": snils,
        "inn": "",
        "address": "г. Казань, ул. Баумана, д. 5",
        "phone": "",
        "email": ""
    })
}

/// The multipart body of a submission: `{}` and the files, each under its part.
fn scans(files: &[(&str, &str, &[u8])]) -> Form {
    files.iter().fold(
        Form::new().text("data", "{}"),
        |form, (part, name, bytes)| {
            form.part(
                part.to_string(),
                Part::bytes(bytes.to_vec()).file_name(name.to_string()),
            )
        },
    )
}

async fn submit(browser: &mut Browser, files: &[(&str, &str, &[u8])]) -> Answer {
    browser.post_multipart(IDENTITY_PATH, scans(files)).await
}

async fn demo(server: &TestServer, role: &str) -> Browser {
    let mut browser = server.browser();
    let login = format!("{role}@demo.gosuslugi.local");
    let answer = sign_in(&mut browser, &login, DEMO_PASSWORD, false).await;
    assert_eq!(answer.status, StatusCode::OK, "{role}: {:?}", answer.body);
    browser
}

async fn citizen_with_documents(server: &TestServer) -> (Browser, i64) {
    let mut citizen = server.browser();
    register(server, &mut citizen, "+79123456789", "anna@example.ru").await;
    let saved = citizen
        .put(PROFILE_PATH, profile("4510 123456", "112-233-445 95"))
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM accounts WHERE email = 'anna@example.ru'")
        .fetch_one(server.state.db.pool())
        .await
        .unwrap();
    (citizen, id)
}

#[tokio::test]
async fn scans_need_the_documents_in_the_profile_and_pass_the_attachment_rules() {
    let server = start().await;
    let mut citizen = server.browser();
    register(&server, &mut citizen, "+79123456789", "anna@example.ru").await;
    let both = [
        (PASSPORT_SCANS, "паспорт.jpg", JPEG),
        (SNILS_SCANS, "снилс.pdf", PDF),
    ];
    let no_documents = submit(&mut citizen, &both).await;
    assert_eq!(no_documents.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        no_documents.codes(PASSPORT_SCANS),
        ["passport_scans.not_in_profile"]
    );
    assert_eq!(
        no_documents.codes(SNILS_SCANS),
        ["snils_scans.not_in_profile"]
    );

    citizen
        .put(PROFILE_PATH, profile("4510 123456", "112-233-445 95"))
        .await;
    let no_snils = submit(&mut citizen, &[(PASSPORT_SCANS, "паспорт.jpg", JPEG)]).await;
    assert_eq!(no_snils.codes(SNILS_SCANS), ["snils_scans.required"]);
    assert!(no_snils.codes(PASSPORT_SCANS).is_empty());

    let renamed = submit(
        &mut citizen,
        &[
            (PASSPORT_SCANS, "паспорт.pdf", PNG),
            (SNILS_SCANS, "снилс.pdf", PDF),
        ],
    )
    .await;
    assert_eq!(renamed.codes(PASSPORT_SCANS), ["file.extension_mismatch"]);
    let three = submit(
        &mut citizen,
        &[
            (PASSPORT_SCANS, "1.jpg", JPEG),
            (PASSPORT_SCANS, "2.jpg", JPEG),
            (PASSPORT_SCANS, "3.jpg", JPEG),
            (SNILS_SCANS, "снилс.pdf", PDF),
        ],
    )
    .await;
    assert_eq!(three.codes(PASSPORT_SCANS), ["scans.too_many"]);
    assert_eq!(citizen.get(PROFILE_PATH).await.body["identity"], "none");
    assert_eq!(
        files_under(&server.data.path().join("uploads")),
        0,
        "refused scans are not kept, not even in the incoming folder"
    );

    let sent = submit(&mut citizen, &both).await;
    assert_eq!(sent.status, StatusCode::OK, "{:?}", sent.body);
    assert_eq!(sent.body["identity"], "pending");
    let again = submit(&mut citizen, &both).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(files_under(&server.data.path().join("uploads")), 2);
}

/// Files in `folder` and below.
fn files_under(folder: &std::path::Path) -> usize {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .map(|path| if path.is_dir() { files_under(&path) } else { 1 })
        .sum()
}

/// A decision about the scans the queue shows for `case`.
fn decision(case: &Value, verdict: &str, reason: &str) -> Value {
    json!({"verdict": verdict, "reason": reason, "submitted_at": case["submitted_at"]})
}

#[tokio::test]
async fn only_staff_see_the_queue_and_the_scans_and_decide() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let (mut citizen, id) = citizen_with_documents(&server).await;
    submit(
        &mut citizen,
        &[
            (PASSPORT_SCANS, "паспорт.jpg", JPEG),
            (SNILS_SCANS, "снилс.pdf", PDF),
        ],
    )
    .await;
    let mut operator = demo(&server, "operator").await;
    let queue = operator.get(IDENTITY_QUEUE_PATH).await;
    assert_eq!(queue.status, StatusCode::OK);
    let cases = queue.body.as_array().unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0]["account_id"], id);
    assert_eq!(cases[0]["profile"]["passport"], "45 10 123456");
    let scans = cases[0]["scans"].as_array().unwrap();
    assert_eq!(scans.len(), 2);
    assert_eq!(scans[0]["document"], "passport");
    assert_eq!(scans[0]["name"], "паспорт.jpg");
    let passport_scan = scans[0]["id"].as_str().unwrap().to_owned();

    let download = operator.get(&scan_path(id, &passport_scan)).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.bytes, JPEG);
    assert_eq!(download.headers["content-type"], "image/jpeg");
    assert_eq!(
        download.headers["content-disposition"],
        "attachment; filename=\"_______.jpg\"; filename*=UTF-8''%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82.jpg"
    );
    assert_eq!(download.headers["cache-control"], "no-store");
    assert_eq!(download.headers["x-content-type-options"], "nosniff");
    let wrong_owner = operator.get(&scan_path(id + 1000, &passport_scan)).await;
    assert_eq!(wrong_owner.status, StatusCode::NOT_FOUND);

    let confirm = decision(&cases[0], "confirm", "");
    let one = operator.get(&decision_path(id)).await;
    assert_eq!(one.body, cases[0]);
    for role in ["citizen", "organisation", "administrator"] {
        let mut outsider = demo(&server, role).await;
        assert_eq!(
            outsider.get(IDENTITY_QUEUE_PATH).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            outsider.get(&scan_path(id, &passport_scan)).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            outsider
                .post(&decision_path(id), confirm.clone())
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
    // The citizen may not judge their own scans either.
    assert_eq!(
        citizen
            .post(&decision_path(id), confirm.clone())
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        server.browser().get(IDENTITY_QUEUE_PATH).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(citizen.get(PROFILE_PATH).await.body["identity"], "pending");

    let decided = operator.post(&decision_path(id), confirm.clone()).await;
    assert_eq!(decided.status, StatusCode::NO_CONTENT, "{:?}", decided.body);
    let shown = citizen.get(PROFILE_PATH).await;
    assert_eq!(shown.body["identity"], "confirmed");
    let (subject, _) = server.last_message_to("anna@example.ru").await.unwrap();
    assert_eq!(subject, "Личность подтверждена");
    let mut senior = demo(&server, "senior-operator").await;
    let late = senior.post(&decision_path(id), confirm.clone()).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(
        operator
            .get(IDENTITY_QUEUE_PATH)
            .await
            .body
            .as_array()
            .unwrap()
            .is_empty()
    );
    let never_sent = operator.post(&decision_path(id + 1000), confirm).await;
    assert_eq!(never_sent.status, StatusCode::NOT_FOUND);
    assert_eq!(
        operator.get(&decision_path(id)).await.status,
        StatusCode::NOT_FOUND,
        "a decided person is no longer a case"
    );
}

#[tokio::test]
async fn a_refusal_says_why_new_scans_replace_the_old_and_new_documents_withdraw_it() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let (mut citizen, id) = citizen_with_documents(&server).await;
    let both = [
        (PASSPORT_SCANS, "паспорт.jpg", JPEG),
        (SNILS_SCANS, "снилс.pdf", PDF),
    ];
    submit(&mut citizen, &both).await;
    let mut operator = demo(&server, "operator").await;
    let first = operator.get(&decision_path(id)).await.body;
    let first_scans: Vec<String> = first["scans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|scan| scan["id"].as_str().unwrap().to_owned())
        .collect();

    let silent = operator
        .post(&decision_path(id), decision(&first, "refuse", " "))
        .await;
    assert_eq!(silent.codes("reason"), ["reason.required"]);
    let undecided = operator
        .post(
            &decision_path(id),
            json!({"submitted_at": first["submitted_at"]}),
        )
        .await;
    assert_eq!(undecided.codes("verdict"), ["verdict.required"]);
    let reason = "На скане паспорта не видна серия";
    let refused = operator
        .post(&decision_path(id), decision(&first, "refuse", reason))
        .await;
    assert_eq!(refused.status, StatusCode::NO_CONTENT);
    let shown = citizen.get(PROFILE_PATH).await;
    assert_eq!(shown.body["identity"], "refused");
    assert_eq!(shown.body["identity_refusal"], reason);
    let (subject, body) = server.last_message_to("anna@example.ru").await.unwrap();
    assert_eq!(subject, "Личность не подтверждена");
    assert!(body.contains(reason), "{body}");

    let resent = submit(&mut citizen, &both).await;
    assert_eq!(resent.body["identity"], "pending");
    assert_eq!(resent.body["identity_refusal"], "");
    for old in &first_scans {
        assert!(!server.state.uploads.path_of(old).exists());
        assert_eq!(
            operator.get(&scan_path(id, old)).await.status,
            StatusCode::NOT_FOUND
        );
    }
    // A decision made on the page of the first scans does not judge the new ones.
    let stale = operator
        .post(&decision_path(id), decision(&first, "confirm", ""))
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(citizen.get(PROFILE_PATH).await.body["identity"], "pending");
    let second = operator.get(&decision_path(id)).await.body;
    let confirmed = operator
        .post(&decision_path(id), decision(&second, "confirm", ""))
        .await;
    assert_eq!(confirmed.status, StatusCode::NO_CONTENT);
    assert_eq!(
        citizen.get(PROFILE_PATH).await.body["identity"],
        "confirmed"
    );

    // The same documents saved again keep the confirmation; a new name or passport withdraws it.
    let same = citizen
        .put(PROFILE_PATH, profile("45 10 123456", "11223344595"))
        .await;
    assert_eq!(same.body["identity"], "confirmed");
    let mut renamed = profile("45 10 123456", "11223344595");
    renamed["surname"] = json!("Сидорова");
    let withdrawn = citizen.put(PROFILE_PATH, renamed).await;
    assert_eq!(withdrawn.body["identity"], "none");
    submit(&mut citizen, &both).await;
    let third = operator.get(&decision_path(id)).await.body;
    operator
        .post(&decision_path(id), decision(&third, "confirm", ""))
        .await;
    let new_passport = citizen
        .put(PROFILE_PATH, profile("4511 654321", "112-233-445 95"))
        .await;
    assert_eq!(new_passport.body["identity"], "none");
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM identity_scans WHERE account_id = ?1")
            .bind(id)
            .fetch_one(server.state.db.pool())
            .await
            .unwrap();
    assert_eq!(count, 0);
}

#[tokio::test]
async fn an_organisation_in_the_profile_makes_a_representative_and_staff_stay_staff() {
    let server = start().await;
    seed_demo(&server.state.db, OffsetDateTime::now_utc())
        .await
        .unwrap();
    let (mut citizen, _) = citizen_with_documents(&server).await;
    assert_eq!(citizen.get(SESSION_PATH).await.body["role"], "citizen");
    let mut company = profile("", "");
    company["organisation_name"] = json!("ООО «Ромашка»");
    let unregistered = citizen.put(PROFILE_PATH, company.clone()).await;
    assert_eq!(unregistered.codes("ogrn"), ["organisation_id.required"]);
    company["ogrnip"] = json!("3045 0011 6000 157");
    let saved = citizen.put(PROFILE_PATH, company.clone()).await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    assert_eq!(saved.body["profile"]["ogrnip"], "304500116000157");
    assert_eq!(citizen.get(SESSION_PATH).await.body["role"], "organisation");
    citizen.put(PROFILE_PATH, profile("", "")).await;
    assert_eq!(citizen.get(SESSION_PATH).await.body["role"], "citizen");

    let mut operator = demo(&server, "operator").await;
    let staff_profile = operator.put(PROFILE_PATH, company).await;
    assert_eq!(staff_profile.status, StatusCode::OK);
    assert_eq!(operator.get(SESSION_PATH).await.body["role"], "operator");
    // Staff have no identity to confirm.
    let staff_scans = submit(
        &mut operator,
        &[
            (PASSPORT_SCANS, "паспорт.jpg", JPEG),
            (SNILS_SCANS, "снилс.pdf", PDF),
        ],
    )
    .await;
    assert_eq!(staff_scans.status, StatusCode::FORBIDDEN);

    let representative = demo(&server, "organisation").await.get(PROFILE_PATH).await;
    assert_eq!(
        representative.body["profile"]["organisation_name"],
        "ООО «Ромашка»"
    );
}

#[tokio::test]
async fn scans_are_rate_limited_per_account() {
    let server = start().await;
    let (mut citizen, _) = citizen_with_documents(&server).await;
    let only_passport = [(PASSPORT_SCANS, "паспорт.jpg", JPEG)];
    for _ in 0..10 {
        let refused = submit(&mut citizen, &only_passport).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let limited = submit(&mut citizen, &only_passport).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers.contains_key("retry-after"));
    // Another person at the same address is not held back by the first one's count.
    let mut neighbour = server.browser();
    register(&server, &mut neighbour, "+79990001122", "boris@example.ru").await;
    neighbour
        .put(PROFILE_PATH, profile("4510 654321", "112-233-445 95"))
        .await;
    let allowed = submit(&mut neighbour, &only_passport).await;
    assert_eq!(allowed.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn files_nothing_refers_to_are_swept_and_kept_scans_stay() {
    let server = start().await;
    let (mut citizen, _) = citizen_with_documents(&server).await;
    submit(
        &mut citizen,
        &[
            (PASSPORT_SCANS, "паспорт.jpg", JPEG),
            (SNILS_SCANS, "снилс.pdf", PDF),
        ],
    )
    .await;
    // As if the server had stopped between keeping a file and committing the row.
    let stray = server
        .state
        .uploads
        .path_of("0123456789abcdef0123456789abcdef");
    std::fs::write(&stray, JPEG).unwrap();
    let referenced = server.state.db.referenced_files().await.unwrap();
    let removed = server.state.uploads.sweep(&referenced).await.unwrap();
    assert_eq!(removed, 1);
    assert!(!stray.exists());
    assert_eq!(files_under(&server.data.path().join("uploads")), 2);
}
