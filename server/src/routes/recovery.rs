//! Password recovery (SPEC §7, SECURITY.md «One-time codes»): a code to the confirmed phone or
//! e-mail, then the second factor if the account has one, then a new password. It never signs in;
//! the owner is told; other sessions end when asked. An unknown login gets the same answers and
//! its flow simply never accepts a code.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use shared::accounts::{CodeStep, NewPasswordStep, RecoveryStep, SecondFactor, Started};
use shared::api::Fault;
use shared::codes;
use shared::forms::Form;
use shared::forms::recovery::RecoveryStart;
use shared::identifiers::{self, Login};
use shared::notices::{CodePurpose, CredentialChange};
use time::OffsetDateTime;

use super::extract::{Body, ClientIp};
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::accounts::{
    check_second_factor, flow_account, hash_password, live_flow, send_second_factor_code,
    start_flow, wrong_code,
};
use crate::services::codes::{CODE_LIFETIME, CodeRefusal};
use crate::services::limits::Action;
use crate::storage::accounts::Account;
use crate::storage::challenges::{Challenge, Flow, NewChallenge, Stage};
use crate::storage::outbox::Channel;

/// Where the recovery code went.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Sent {
    target: String,
}

/// `POST /api/v1/recovery`: `202 {"token"}` for any well-formed login; the code goes by SMS when
/// the login is the phone, by e-mail otherwise.
pub async fn start(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Body(form): Body<RecoveryStart>,
) -> Result<(StatusCode, Json<Started>), ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::Codes, &ip)?;
    form.check(now).map_err(ApiError::Validation)?;
    let login = identifiers::login(&form.login).map_err(|code| invalid("login", code))?;
    // Limited by the login as typed, before it is looked up: a limit on the account's contact
    // would answer 429 for known logins only and so tell them apart.
    state.limits.hit(Action::Codes, login.value())?;
    let account = state.db.account_by_login(&login).await?;
    let sent = match (&account, &login) {
        (Some(account), Login::Phone(_)) => {
            account.phone.clone().map(|phone| (phone, Channel::Sms))
        }
        (Some(account), _) => Some((account.email.clone(), Channel::Email)),
        (None, _) => None,
    };
    let data = serde_json::to_string(&Sent {
        target: sent
            .as_ref()
            .map(|(target, _)| target.clone())
            .unwrap_or_default(),
    })
    .map_err(|_| ApiError::Fault(Fault::Internal))?;
    let token = start_flow(
        &state,
        &NewChallenge {
            flow: Flow::Recovery,
            account_id: account.as_ref().map(|a| a.id),
            data: &data,
            stage: Stage::Code,
            lifetime: CODE_LIFETIME,
        },
        now,
    )
    .await?;
    if let (Some(account), Some((target, channel))) = (&account, sent) {
        state
            .db
            .issue_code(CodePurpose::Recovery, &target, channel, account.lang(), now)
            .await?;
        state.notified();
    }
    Ok((StatusCode::ACCEPTED, Json(Started { token })))
}

/// The account of a flow at `stage`, or the error for `field`.
async fn flow_at(
    state: &AppState,
    token: &str,
    stage: Stage,
    field: &str,
    now: OffsetDateTime,
) -> Result<(Challenge, Option<Account>), ApiError> {
    let challenge = live_flow(state, token, Flow::Recovery, field, now).await?;
    if challenge.stage != stage {
        return Err(invalid(field, codes::CODE_EXPIRED));
    }
    let account = flow_account(state, &challenge).await?;
    Ok((challenge, account))
}

/// What comes after a passed step: the second factor if the account has one and it is still to
/// pass, else the new password.
async fn next_step(
    state: &AppState,
    challenge: &Challenge,
    account: &Account,
    now: OffsetDateTime,
) -> Result<Json<RecoveryStep>, ApiError> {
    let factor = if challenge.stage == Stage::Code {
        account.second_factor()
    } else {
        SecondFactor::None
    };
    if factor == SecondFactor::None {
        state
            .db
            .advance_challenge(challenge.id, Stage::Password, now + CODE_LIFETIME)
            .await?;
    } else {
        state
            .db
            .advance_challenge(challenge.id, Stage::SecondFactor, now + CODE_LIFETIME)
            .await?;
        send_second_factor_code(state, account, now).await?;
    }
    Ok(Json(RecoveryStep {
        second_factor: factor,
    }))
}

/// `POST /api/v1/recovery/code`: the code that was sent.
pub async fn code(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Body(step): Body<CodeStep>,
) -> Result<Json<RecoveryStep>, ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::CodeChecks, &ip)?;
    let (challenge, account) = flow_at(&state, &step.token, Stage::Code, "code", now).await?;
    let code = identifiers::one_time_code(&step.code).map_err(|c| invalid("code", c))?;
    let sent: Sent = serde_json::from_str(&challenge.data).unwrap_or_default();
    let verdict = match &account {
        Some(_) => {
            state
                .db
                .check_code(CodePurpose::Recovery, &sent.target, &code, now)
                .await?
        }
        None => Err(CodeRefusal::Wrong { attempts_left: 0 }),
    };
    match (verdict, account) {
        (Ok(()), Some(account)) => next_step(&state, &challenge, &account, now).await,
        (Err(refusal), _) => Err(wrong_code(&state, &challenge, refusal, "code").await),
        (Ok(()), None) => Err(invalid("code", codes::CODE_WRONG)),
    }
}

/// `POST /api/v1/recovery/second-factor`: the account's second factor; recovery never passes
/// without it.
pub async fn second_factor(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Body(step): Body<CodeStep>,
) -> Result<Json<RecoveryStep>, ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::CodeChecks, &ip)?;
    let (challenge, account) =
        flow_at(&state, &step.token, Stage::SecondFactor, "code", now).await?;
    let account = account.ok_or_else(|| invalid("code", codes::CODE_EXPIRED))?;
    let code = identifiers::second_factor_code(&step.code).map_err(|c| invalid("code", c))?;
    if let Err(refusal) = check_second_factor(&state, &account, &code, now).await? {
        return Err(wrong_code(&state, &challenge, refusal, "code").await);
    }
    next_step(&state, &challenge, &account, now).await
}

/// `POST /api/v1/recovery/password`: the new password; `204`. The user then signs in with it.
pub async fn password(
    State(state): State<AppState>,
    Body(step): Body<NewPasswordStep>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    let (challenge, account) =
        flow_at(&state, &step.token, Stage::Password, "password", now).await?;
    let account = account.ok_or_else(|| invalid("password", codes::CODE_EXPIRED))?;
    step.form.check(now).map_err(ApiError::Validation)?;
    let password_hash = hash_password(step.form.password).await?;
    state
        .db
        .change_password(
            &account,
            &password_hash,
            CredentialChange::PasswordRecovered,
            step.form.end_other_sessions,
            None,
            now,
        )
        .await?;
    if step.form.end_other_sessions {
        // No session of the account is kept: 0 is no session's id.
        state.chats.end_other_sessions(account.id, 0);
    }
    state.db.end_challenge(challenge.id).await?;
    state.notified();
    Ok(StatusCode::NO_CONTENT)
}
