//! What the account routes share: hashing and checking passwords off the async threads, the
//! tokens of multi-step flows, and checking a second factor (TOTP, SMS or a recovery code).

use shared::accounts::SecondFactor;
use shared::api::Fault;
use shared::codes;
use shared::identifiers::SecondFactorCode;
use shared::lang::Lang;
use shared::notices::{CodePurpose, Notice};
use time::OffsetDateTime;

use super::codes::{CodeRefusal, MAX_ATTEMPTS};
use super::passwords::{self, Verified};
use super::sessions::{new_token, token_hash};
use super::totp;
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::storage::accounts::Account;
use crate::storage::challenges::{Challenge, Flow, NewChallenge};
use crate::storage::codes::IssueError;
use crate::storage::outbox::{Channel, Outgoing};

impl From<IssueError> for ApiError {
    fn from(error: IssueError) -> ApiError {
        match error {
            IssueError::Database(error) => ApiError::Database(error),
            IssueError::Random(_) => ApiError::Fault(Fault::Internal),
        }
    }
}

/// The PHC hash of `password`, computed on the blocking pool.
pub async fn hash_password(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || passwords::hash(&password))
        .await
        .map_err(|_| ApiError::Fault(Fault::Internal))?
        .map_err(|error| {
            tracing::error!(%error, "password hashing failed");
            ApiError::Fault(Fault::Internal)
        })
}

/// Checks `password` against `stored` (or against the dummy hash when there is no account, so
/// both cost the same), on the blocking pool.
pub async fn check_password(password: String, stored: Option<String>) -> Verified {
    tokio::task::spawn_blocking(move || match stored {
        Some(stored) => passwords::verify(&password, &stored),
        None => {
            passwords::verify_unknown(&password);
            Verified::No
        }
    })
    .await
    .unwrap_or(Verified::No)
}

/// Starts a flow; answers the token the client names it by.
pub async fn start_flow(
    state: &AppState,
    challenge: &NewChallenge<'_>,
    now: OffsetDateTime,
) -> Result<String, ApiError> {
    let token = new_token().map_err(|_| ApiError::Fault(Fault::Internal))?;
    state
        .db
        .start_challenge(&token_hash(&token), challenge, now)
        .await?;
    Ok(token)
}

/// The live flow a token names, or the error for `field` when it has lapsed, never existed or
/// had too many wrong codes.
pub async fn live_flow(
    state: &AppState,
    token: &str,
    flow: Flow,
    field: &str,
    now: OffsetDateTime,
) -> Result<Challenge, ApiError> {
    let challenge = state
        .db
        .challenge(&token_hash(token), flow)
        .await?
        .ok_or_else(|| invalid(field, codes::CODE_EXPIRED))?;
    if now >= challenge.expires_at {
        return Err(invalid(field, codes::CODE_EXPIRED));
    }
    if challenge.attempts >= MAX_ATTEMPTS {
        return Err(invalid(field, codes::CODE_ATTEMPTS));
    }
    Ok(challenge)
}

/// The account a flow belongs to (`None` where the login named none).
pub async fn flow_account(
    state: &AppState,
    challenge: &Challenge,
) -> Result<Option<Account>, ApiError> {
    match challenge.account_id {
        Some(id) => Ok(state.db.account(id).await?),
        None => Ok(None),
    }
}

/// Counts a wrong code against the flow; answers whether the flow has now had all its attempts.
pub async fn count_wrong_code(state: &AppState, challenge: &Challenge) -> Result<bool, ApiError> {
    state.db.count_wrong_code(challenge.id).await?;
    Ok(challenge.attempts + 1 >= MAX_ATTEMPTS)
}

/// Counts a wrong code against the flow and answers the error for `field`: the refusal's own
/// code, or «too many attempts» once the flow has had its five.
pub async fn wrong_code(
    state: &AppState,
    challenge: &Challenge,
    refusal: CodeRefusal,
    field: &str,
) -> ApiError {
    match count_wrong_code(state, challenge).await {
        Ok(true) => invalid(field, codes::CODE_ATTEMPTS),
        Ok(false) => invalid(field, refusal.code()),
        Err(error) => error,
    }
}

/// Sends a code for `purpose` to `target` — or, when the phone or e-mail has an account already,
/// the notice `if_taken` to it instead, so the page answers the same and only the owner learns of
/// the attempt.
pub async fn send_code_or_notice(
    state: &AppState,
    purpose: CodePurpose,
    target: &str,
    channel: Channel,
    if_taken: Option<Notice>,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    if let Some(notice) = if_taken {
        let message = Outgoing {
            channel,
            recipient: target.to_owned(),
            subject: notice.subject,
            body: notice.body,
        };
        state.db.enqueue_alone(&message, now).await?;
    } else {
        state
            .db
            .issue_code(purpose, target, channel, lang, now)
            .await?;
    }
    state.notified();
    Ok(())
}

/// Sends a sign-in code by SMS when the account's second factor is SMS.
pub async fn send_second_factor_code(
    state: &AppState,
    account: &Account,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    if account.second_factor() == SecondFactor::Sms
        && let Some(phone) = &account.phone
    {
        state
            .db
            .issue_code(
                CodePurpose::SignIn,
                phone,
                Channel::Sms,
                account.lang(),
                now,
            )
            .await?;
        state.notified();
    }
    Ok(())
}

/// Checks a second factor of `account`: six digits from its authenticator or SMS, or one of its
/// recovery codes (authenticator accounts only). A code is accepted once.
pub async fn check_second_factor(
    state: &AppState,
    account: &Account,
    code: &SecondFactorCode,
    now: OffsetDateTime,
) -> Result<Result<(), CodeRefusal>, ApiError> {
    let wrong = Err(CodeRefusal::Wrong { attempts_left: 0 });
    match (account.second_factor(), code) {
        (SecondFactor::Totp, SecondFactorCode::OneTime(digits)) => {
            let Some(secret) = &account.totp_secret else {
                return Ok(wrong);
            };
            let step =
                totp::accepted_step(secret, digits, now.unix_timestamp(), account.totp_last_step);
            match step {
                Some(step) if state.db.accept_totp_step(account.id, step).await? => Ok(Ok(())),
                _ => Ok(wrong),
            }
        }
        (SecondFactor::Totp, SecondFactorCode::Recovery(recovery)) => {
            let used = state
                .db
                .use_recovery_code(account.id, &totp::recovery_code_hash(recovery), now)
                .await?;
            Ok(if used { Ok(()) } else { wrong })
        }
        (SecondFactor::Sms, SecondFactorCode::OneTime(digits)) => {
            let Some(phone) = &account.phone else {
                return Ok(wrong);
            };
            Ok(state
                .db
                .check_code(CodePurpose::SignIn, phone, digits, now)
                .await?)
        }
        _ => Ok(wrong),
    }
}
