//! «Безопасность»: changing the password (the current one is needed) and the second factor
//! (SMS, an authenticator app with recovery codes, or none). Each change is told to the owner.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use shared::accounts::{CodeStep, RecoveryCodes, SecondFactor, SecondFactorChoice, TotpEnrolment};
use shared::api::Fault;
use shared::codes;
use shared::forms::Form;
use shared::forms::password_change::PasswordChange;
use shared::identifiers;
use shared::notices::CredentialChange;
use time::OffsetDateTime;

use super::extract::{Body, ClientIp};
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::accounts::{check_password, hash_password};
use crate::services::passwords::Verified;
use crate::services::sessions::SignedIn;
use crate::services::totp;

/// Checks the current password of the signed-in account, with the sign-in delays: a stolen
/// session cannot be used to guess it.
async fn require_password(
    state: &AppState,
    signed_in: &SignedIn,
    password: String,
    field: &str,
    ip: &str,
) -> Result<(), ApiError> {
    let key = &signed_in.account.email;
    state.limits.may_try_sign_in(key, ip)?;
    let verified = check_password(password, Some(signed_in.account.password_hash.clone())).await;
    if verified == Verified::No {
        state.limits.sign_in_failed(key, ip);
        return Err(invalid(field, codes::CURRENT_PASSWORD_WRONG));
    }
    Ok(())
}

/// `POST /api/v1/account/password`: `204`; ends the other sessions when asked.
pub async fn change_password(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    signed_in: SignedIn,
    Body(form): Body<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    form.check(now).map_err(ApiError::Validation)?;
    require_password(
        &state,
        &signed_in,
        form.current_password,
        "current_password",
        &ip,
    )
    .await?;
    let password_hash = hash_password(form.password).await?;
    state
        .db
        .change_password(
            &signed_in.account,
            &password_hash,
            CredentialChange::Password,
            form.end_other_sessions,
            Some(signed_in.session_id),
            now,
        )
        .await?;
    if form.end_other_sessions {
        state
            .chats
            .end_other_sessions(signed_in.account.id, signed_in.session_id);
    }
    state.notified();
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/account/second-factor`: SMS or none, with the password; `204`.
pub async fn set_second_factor(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    signed_in: SignedIn,
    Body(choice): Body<SecondFactorChoice>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    if choice.confirm_password.is_empty() {
        return Err(invalid(
            "confirm_password",
            codes::CURRENT_PASSWORD_REQUIRED,
        ));
    }
    match choice.second_factor {
        SecondFactor::Totp => return Err(ApiError::Fault(Fault::BadRequest)),
        SecondFactor::Sms if signed_in.account.phone.is_none() => {
            return Err(invalid("second_factor", codes::PHONE_REQUIRED));
        }
        _ => {}
    }
    require_password(
        &state,
        &signed_in,
        choice.confirm_password,
        "confirm_password",
        &ip,
    )
    .await?;
    state
        .db
        .set_second_factor(&signed_in.account, choice.second_factor, now)
        .await?;
    state.notified();
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/account/totp`: a new secret to scan; it is used only once a code from the app
/// confirms it.
pub async fn start_totp(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Json<TotpEnrolment>, ApiError> {
    let secret = totp::new_secret().map_err(|_| ApiError::Fault(Fault::Internal))?;
    state
        .db
        .set_pending_totp(signed_in.account.id, &secret)
        .await?;
    let uri = totp::uri(&secret, &signed_in.account.email);
    let qr_svg = totp::qr_svg(&uri).ok_or(ApiError::Fault(Fault::Internal))?;
    Ok(Json(TotpEnrolment {
        secret: totp::grouped(&secret),
        uri,
        qr_svg,
    }))
}

/// `POST /api/v1/account/totp/confirm`: the first code from the app turns the authenticator on
/// and answers ten recovery codes, shown this once.
pub async fn confirm_totp(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    signed_in: SignedIn,
    Body(step): Body<CodeStep>,
) -> Result<Json<RecoveryCodes>, ApiError> {
    let now = OffsetDateTime::now_utc();
    state
        .limits
        .hit(crate::services::limits::Action::CodeChecks, &ip)?;
    let code = identifiers::one_time_code(&step.code).map_err(|c| invalid("code", c))?;
    let secret = signed_in
        .account
        .totp_pending_secret
        .clone()
        .ok_or_else(|| invalid("code", codes::CODE_EXPIRED))?;
    let step = totp::accepted_step(&secret, &code, now.unix_timestamp(), 0)
        .ok_or_else(|| invalid("code", codes::CODE_WRONG))?;
    let recovery = totp::new_recovery_codes().map_err(|_| ApiError::Fault(Fault::Internal))?;
    let hashes: Vec<String> = recovery
        .iter()
        .map(|c| totp::recovery_code_hash(c))
        .collect();
    state
        .db
        .enable_totp(&signed_in.account, &secret, step, &hashes, now)
        .await?;
    state.notified();
    Ok(Json(RecoveryCodes {
        codes: recovery
            .iter()
            .map(|c| totp::shown_recovery_code(c))
            .collect(),
    }))
}
