//! Registration (SPEC §7): phone, e-mail and password, then a code by SMS and a code by e-mail.
//! The answer never tells whether the phone or the e-mail has an account already: where one does,
//! its owner gets a notice instead of a code, and the flow runs on and can never be confirmed.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use shared::accounts::{CodeChannel, ConfirmRegistration, Resend, Role, Started};
use shared::api::Fault;
use shared::codes;
use shared::forms::registration::Registration;
use shared::forms::{Form, FormErrors};
use shared::identifiers;
use shared::lang::Lang;
use shared::notices::{self, CodePurpose};
use time::OffsetDateTime;

use super::extract::{Body, ClientIp, ClientLang};
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::accounts::{
    count_wrong_code, hash_password, live_flow, send_code_or_notice, start_flow,
};
use crate::services::codes::{CODE_LIFETIME, CodeRefusal};
use crate::services::limits::Action;
use crate::services::sessions;
use crate::storage::accounts::{CreateError, NewAccount};
use crate::storage::challenges::{Flow, NewChallenge, Stage};
use crate::storage::outbox::Channel;

/// What a registration carries between its steps.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    phone: String,
    email: String,
    password_hash: String,
    lang: String,
    /// The phone has an account already: no code was sent to it.
    phone_taken: bool,
    /// The e-mail has an account already: no code was sent to it.
    email_taken: bool,
    phone_confirmed: bool,
    email_confirmed: bool,
}

/// `POST /api/v1/registration`: `202 {"token"}` for any well-formed form; `422` otherwise.
pub async fn start(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ClientLang(lang): ClientLang,
    Body(form): Body<Registration>,
) -> Result<(StatusCode, Json<Started>), ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::Registration, &ip)?;
    form.check(now).map_err(ApiError::Validation)?;
    let (Ok(phone), Ok(email)) = (
        identifiers::mobile_phone(&form.phone),
        identifiers::email(&form.email),
    ) else {
        return Err(ApiError::Fault(Fault::BadRequest));
    };
    state.limits.hit(Action::Codes, &phone)?;
    state.limits.hit(Action::Codes, &email)?;
    // Hashed whether or not the registration can succeed: both answers take the same time.
    let password_hash = hash_password(form.password).await?;
    let holders = state.db.accounts_holding(&phone, &email).await?;
    let phone_taken = holders.iter().any(|a| a.phone.as_deref() == Some(&phone));
    let email_taken = holders.iter().any(|a| a.email.eq_ignore_ascii_case(&email));
    let pending = Pending {
        phone: phone.clone(),
        email: email.clone(),
        password_hash,
        lang: lang.tag().to_owned(),
        phone_taken,
        email_taken,
        phone_confirmed: false,
        email_confirmed: false,
    };
    let data = serde_json::to_string(&pending).map_err(|_| internal())?;
    let token = start_flow(
        &state,
        &NewChallenge {
            flow: Flow::Registration,
            account_id: None,
            data: &data,
            stage: Stage::Code,
            lifetime: CODE_LIFETIME,
        },
        now,
    )
    .await?;
    send_code(&state, &pending, CodeChannel::Phone, lang, now).await?;
    send_code(&state, &pending, CodeChannel::Email, lang, now).await?;
    state.notified();
    Ok((StatusCode::ACCEPTED, Json(Started { token })))
}

/// Sends the code for `channel`, or, where the contact has an account, a notice to it instead.
async fn send_code(
    state: &AppState,
    pending: &Pending,
    channel: CodeChannel,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let (purpose, target, out, taken) = match channel {
        CodeChannel::Phone => (
            CodePurpose::ConfirmPhone,
            &pending.phone,
            Channel::Sms,
            pending.phone_taken,
        ),
        CodeChannel::Email => (
            CodePurpose::ConfirmEmail,
            &pending.email,
            Channel::Email,
            pending.email_taken,
        ),
    };
    let if_taken = taken.then(|| notices::already_registered(lang));
    send_code_or_notice(state, purpose, target, out, if_taken, lang, now).await
}

/// `POST /api/v1/registration/resend`: a new code replacing the old one; `202`.
pub async fn resend(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ClientLang(lang): ClientLang,
    Body(request): Body<Resend>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::Codes, &ip)?;
    let field = match request.channel {
        CodeChannel::Phone => "phone_code",
        CodeChannel::Email => "email_code",
    };
    let challenge = live_flow(&state, &request.token, Flow::Registration, field, now).await?;
    let pending: Pending = serde_json::from_str(&challenge.data).map_err(|_| internal())?;
    let target = match request.channel {
        CodeChannel::Phone => &pending.phone,
        CodeChannel::Email => &pending.email,
    };
    state.limits.hit(Action::Codes, target)?;
    send_code(&state, &pending, request.channel, lang, now).await?;
    state.notified();
    Ok(StatusCode::ACCEPTED)
}

/// `POST /api/v1/registration/confirm`: both codes right → the account is created and signed in
/// (`201`, [`shared::accounts::Me`], `Set-Cookie`); a code that is right is remembered, so only
/// the wrong one has to be typed again.
pub async fn confirm(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Body(request): Body<ConfirmRegistration>,
) -> Result<Response, ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::CodeChecks, &ip)?;
    let challenge = live_flow(
        &state,
        &request.token,
        Flow::Registration,
        "phone_code",
        now,
    )
    .await?;
    let mut pending: Pending = serde_json::from_str(&challenge.data).map_err(|_| internal())?;
    request
        .check(pending.phone_confirmed, pending.email_confirmed)
        .map_err(ApiError::Validation)?;
    let mut errors = FormErrors::new();
    let phone_code = (!pending.phone_confirmed)
        .then(|| identifiers::one_time_code(&request.phone_code).ok())
        .flatten();
    let email_code = (!pending.email_confirmed)
        .then(|| identifiers::one_time_code(&request.email_code).ok())
        .flatten();
    let mut any_wrong = false;
    for (field, code, purpose, target, taken, confirmed) in [
        (
            "phone_code",
            phone_code,
            CodePurpose::ConfirmPhone,
            pending.phone.clone(),
            pending.phone_taken,
            &mut pending.phone_confirmed,
        ),
        (
            "email_code",
            email_code,
            CodePurpose::ConfirmEmail,
            pending.email.clone(),
            pending.email_taken,
            &mut pending.email_confirmed,
        ),
    ] {
        let Some(code) = code else { continue };
        let verdict = if taken {
            Err(CodeRefusal::Wrong { attempts_left: 0 })
        } else {
            state.db.check_code(purpose, &target, &code, now).await?
        };
        match verdict {
            Ok(()) => *confirmed = true,
            Err(why) => {
                errors.add(field, why.code());
                any_wrong = true;
            }
        }
    }
    if any_wrong {
        let data = serde_json::to_string(&pending).map_err(|_| internal())?;
        state.db.set_challenge_data(challenge.id, &data).await?;
        if count_wrong_code(&state, &challenge).await? {
            let mut exhausted = FormErrors::new();
            for field in errors.fields().keys() {
                exhausted.add(field, codes::CODE_ATTEMPTS);
            }
            return Err(ApiError::Validation(exhausted));
        }
        return Err(ApiError::Validation(errors));
    }
    let account = NewAccount {
        role: Role::Citizen,
        phone: Some(pending.phone.clone()),
        email: pending.email.clone(),
        password_hash: pending.password_hash.clone(),
        lang: Lang::from_accept_language(&pending.lang),
        profile: "{}".to_owned(),
    };
    let id = match state.db.create_account(&account, now).await {
        Ok(id) => id,
        // Taken between the steps: as far as anyone can tell, the codes were wrong.
        Err(CreateError::Taken) => return Err(invalid("phone_code", codes::CODE_WRONG)),
        Err(CreateError::Database(error)) => return Err(error.into()),
    };
    state.db.end_challenge(challenge.id).await?;
    let account = state.db.account(id).await?.ok_or_else(internal)?;
    let (cookie, me) = sessions::start(&state, &account, false, &headers, &ip, now).await?;
    Ok(sessions::signed_in(StatusCode::CREATED, cookie, me))
}

fn internal() -> ApiError {
    ApiError::Fault(Fault::Internal)
}
