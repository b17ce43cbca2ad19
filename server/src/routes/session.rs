//! Signing in and out (SPEC §7): login by e-mail, phone or INN and password, the second factor,
//! «Продлить», and the account's list of sessions.
//!
//! An unknown login and a wrong password get the same 422 with the same words, after the same
//! Argon2 work, and count towards the same delays: nothing tells them apart.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use shared::accounts::{CodeStep, Me, SecondFactor, SessionInfo, SignInAnswer};
use shared::api::Fault;
use shared::codes;
use shared::forms::Form;
use shared::forms::login::Login;
use shared::identifiers;
use time::OffsetDateTime;

use super::extract::{Body, ClientIp};
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::accounts::{
    check_password, check_second_factor, flow_account, live_flow, send_second_factor_code,
    start_flow, wrong_code,
};
use crate::services::codes::CODE_LIFETIME;
use crate::services::limits::Action;
use crate::services::passwords::Verified;
use crate::services::sessions::{self, SignedIn, describe_user_agent, token_hash};
use crate::storage::challenges::{Flow, NewChallenge, Stage};
use crate::storage::parse_timestamp;

/// What a sign-in waiting for its second factor carries.
#[derive(Debug, Serialize, Deserialize)]
struct Waiting {
    remember: bool,
}

/// `POST /api/v1/session`: signs in, or asks for the second factor. `422` with
/// `credentials.wrong` for an unknown login or a wrong password alike; `429` while delayed.
pub async fn sign_in(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Body(form): Body<Login>,
) -> Result<Response, ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::SignIn, &ip)?;
    form.check(now).map_err(ApiError::Validation)?;
    let login = identifiers::login(&form.login).map_err(|code| invalid("login", code))?;
    let login_key = login.value().to_owned();
    state.limits.may_try_sign_in(&login_key, &ip)?;
    let account = state.db.account_by_login(&login).await?;
    let verified = check_password(
        form.password,
        account.as_ref().map(|a| a.password_hash.clone()),
    )
    .await;
    let (account, rehash) = match (account, verified) {
        (Some(account), Verified::Yes { rehash }) => (account, rehash),
        _ => {
            state.limits.sign_in_failed(&login_key, &ip);
            return Err(invalid("login", codes::CREDENTIALS_WRONG));
        }
    };
    state.limits.sign_in_succeeded(&login_key);
    if let Some(rehash) = rehash {
        state.db.rehash_password(account.id, &rehash).await?;
    }
    if account.second_factor() == SecondFactor::None {
        let (cookie, me) =
            sessions::start(&state, &account, form.remember_me, &headers, &ip, now).await?;
        let answer = SignInAnswer {
            me: Some(me),
            second_factor: SecondFactor::None,
            challenge: String::new(),
        };
        return Ok(sessions::signed_in(StatusCode::OK, cookie, answer));
    }
    let data = serde_json::to_string(&Waiting {
        remember: form.remember_me,
    })
    .map_err(|_| ApiError::Fault(Fault::Internal))?;
    let challenge = start_flow(
        &state,
        &NewChallenge {
            flow: Flow::SignIn,
            account_id: Some(account.id),
            data: &data,
            stage: Stage::SecondFactor,
            lifetime: CODE_LIFETIME,
        },
        now,
    )
    .await?;
    send_second_factor_code(&state, &account, now).await?;
    Ok(Json(SignInAnswer {
        me: None,
        second_factor: account.second_factor(),
        challenge,
    })
    .into_response())
}

/// `POST /api/v1/session/second-factor`: the code from the SMS or the authenticator, or a
/// recovery code → signed in.
pub async fn second_factor(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Body(step): Body<CodeStep>,
) -> Result<Response, ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::CodeChecks, &ip)?;
    let challenge = live_flow(&state, &step.token, Flow::SignIn, "code", now).await?;
    let code = identifiers::second_factor_code(&step.code).map_err(|c| invalid("code", c))?;
    let account = flow_account(&state, &challenge)
        .await?
        .ok_or_else(|| invalid("code", codes::CODE_EXPIRED))?;
    if let Err(refusal) = check_second_factor(&state, &account, &code, now).await? {
        return Err(wrong_code(&state, &challenge, refusal, "code").await);
    }
    let waiting: Waiting =
        serde_json::from_str(&challenge.data).unwrap_or(Waiting { remember: false });
    state.db.end_challenge(challenge.id).await?;
    let (cookie, me) =
        sessions::start(&state, &account, waiting.remember, &headers, &ip, now).await?;
    Ok(sessions::signed_in(StatusCode::OK, cookie, me))
}

/// `GET /api/v1/session`: the signed-in account, or 401.
pub async fn me(signed_in: SignedIn) -> Json<Me> {
    Json(signed_in.me())
}

/// `POST /api/v1/session/extend`: «Продлить» — the request itself restarts the idle clock.
pub async fn extend(signed_in: SignedIn) -> Json<Me> {
    Json(signed_in.me())
}

/// `DELETE /api/v1/session`: signs out — the session ends on the server and the cookie goes.
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(token) = state.cookies.read(&headers)
        && let Some(session) = state.db.session_by_token(&token_hash(&token)).await?
    {
        state.db.end_session(session.account_id, session.id).await?;
        state.chats.end_session(session.id);
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, state.cookies.clear());
    Ok(response)
}

/// `GET /api/v1/sessions`: the account's sessions, the most recently active first.
pub async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Json<Vec<SessionInfo>>, ApiError> {
    let sessions = state.db.sessions_of(signed_in.account.id).await?;
    Ok(Json(
        sessions
            .into_iter()
            .map(|session| {
                let (device, browser) = describe_user_agent(&session.user_agent);
                SessionInfo {
                    id: session.id,
                    device,
                    browser,
                    ip: session.ip,
                    last_seen: parse_timestamp(&session.last_seen_at)
                        .unwrap_or(OffsetDateTime::UNIX_EPOCH),
                    started: parse_timestamp(&session.created_at)
                        .unwrap_or(OffsetDateTime::UNIX_EPOCH),
                    current: session.id == signed_in.session_id,
                }
            })
            .collect(),
    ))
}

/// `DELETE /api/v1/sessions/{id}`: ends one of the account's sessions; another account's id is
/// a 404 like any unknown one.
pub async fn end(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    if state.db.end_session(signed_in.account.id, id).await? {
        state.chats.end_session(id);
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::Fault(Fault::NotFound))
    }
}

/// `POST /api/v1/sessions/end-others`: ends every session of the account but this one.
pub async fn end_others(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .end_other_sessions(signed_in.account.id, signed_in.session_id)
        .await?;
    state
        .chats
        .end_other_sessions(signed_in.account.id, signed_in.session_id);
    Ok(StatusCode::NO_CONTENT)
}
