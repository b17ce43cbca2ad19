//! Identity confirmation (SPEC §7): the citizen sends scans of the passport and SNILS named in
//! «Мои данные»; an operator looks at them and confirms or refuses.

use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use shared::accounts::{Identity, NoBody, ProfileView};
use shared::api::Fault;
use shared::attachments::FileKind;
use shared::forms::profile::Profile;
use shared::identity::{self, Decision, Document, IdentityCase, PASSPORT_SCANS, SNILS_SCANS};
use shared::notices;
use time::OffsetDateTime;

use super::extract::{Body, ClientIp};
use super::profile::current_view;
use crate::AppState;
use crate::error::ApiError;
use crate::services::limits::Action;
use crate::services::sessions::{Citizen, Operator};
use crate::services::uploads::{self, Received};
use crate::storage::outbox::{Channel, Outgoing};

/// `POST /api/v1/profile/identity` (multipart: `data` `{}`, `passport_scans`, `snils_scans`):
/// the account waits for an operator; answers the profile. `422` names what is missing or
/// wrong; `409` while earlier scans wait or once the identity is confirmed, or when the profile
/// changed while the scans were on their way; staff accounts have nothing to confirm (403);
/// `429` after ten sendings in an hour by one account (thirty from one address).
pub async fn submit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Citizen(signed_in): Citizen,
    request: Request,
) -> Result<Json<ProfileView>, ApiError> {
    let account = signed_in.account;
    if !matches!(
        Identity::from_code(&account.identity),
        Identity::None | Identity::Refused
    ) {
        return Err(ApiError::Fault(Fault::Conflict));
    }
    state.limits.hit(Action::IdentityScansFromIp, &ip)?;
    state
        .limits
        .hit(Action::IdentityScans, &account.id.to_string())?;
    let Received {
        data: NoBody {},
        files,
        mut file_errors,
        ..
    } = state
        .uploads
        .receive_json_or_multipart(request, &[PASSPORT_SCANS, SNILS_SCANS])
        .await?;
    let profile: Profile = serde_json::from_str(&account.profile).unwrap_or_default();
    let kinds: Vec<(Document, FileKind)> = files
        .iter()
        .filter_map(|file| Some((Document::of_part(&file.part)?, file.kind)))
        .collect();
    if file_errors.is_empty()
        && let Err(errors) = identity::check_submission(&profile, &kinds)
    {
        file_errors.extend(errors);
    }
    if !file_errors.is_empty() {
        state.uploads.discard(&files).await;
        return Err(ApiError::Validation(file_errors));
    }
    state.uploads.keep(&files).await?;
    match state
        .db
        .submit_identity(
            account.id,
            &account.profile,
            &files,
            OffsetDateTime::now_utc(),
        )
        .await
    {
        Ok(Some(replaced)) => state.uploads.remove(&replaced).await,
        Ok(None) => {
            state.uploads.discard(&files).await;
            return Err(ApiError::Fault(Fault::Conflict));
        }
        Err(error) => {
            state.uploads.discard(&files).await;
            return Err(error.into());
        }
    }
    tracing::info!(
        account = account.id,
        scans = files.len(),
        "identity scans received"
    );
    current_view(&state, account.id).await
}

/// `GET /api/v1/staff/identity`: the people waiting, those who sent their scans first at the top.
pub async fn queue(
    State(state): State<AppState>,
    _operator: Operator,
) -> Result<Json<Vec<IdentityCase>>, ApiError> {
    Ok(Json(state.db.identity_queue().await?))
}

/// `GET /api/v1/staff/identity/{account}`: one waiting person; `404` when they are not waiting.
pub async fn case(
    State(state): State<AppState>,
    _operator: Operator,
    Path(account_id): Path<i64>,
) -> Result<Json<IdentityCase>, ApiError> {
    state
        .db
        .identity_case(account_id)
        .await?
        .map(Json)
        .ok_or(ApiError::Fault(Fault::NotFound))
}

/// `GET /api/v1/staff/identity/{account}/scans/{scan}`: one scan, as a download.
pub async fn scan(
    State(state): State<AppState>,
    _operator: Operator,
    Path((account_id, scan_id)): Path<(i64, String)>,
) -> Result<Response, ApiError> {
    let scan = state
        .db
        .identity_scan(account_id, &scan_id)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    uploads::download(
        &state.uploads.path_of(&scan.id),
        &scan.original_name,
        scan.kind,
    )
    .await
}

/// `POST /api/v1/staff/identity/{account}` [`Decision`]: `204`, and the person is told by e-mail;
/// `404` for an account that never sent scans, `409` when another operator decided first or the
/// person has sent other scans since.
pub async fn decide(
    State(state): State<AppState>,
    Operator(operator): Operator,
    Path(account_id): Path<i64>,
    Body(decision): Body<Decision>,
) -> Result<StatusCode, ApiError> {
    decision.check().map_err(ApiError::Validation)?;
    let person = state
        .db
        .account(account_id)
        .await?
        .filter(|person| !person.role().is_staff())
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    let notice = notices::identity_decided(decision.refusal(), person.lang());
    let message = Outgoing {
        channel: Channel::Email,
        recipient: person.email.clone(),
        subject: notice.subject,
        body: notice.body,
    };
    let now = OffsetDateTime::now_utc();
    if !state
        .db
        .decide_identity(person.id, &decision, operator.account.id, &message, now)
        .await?
    {
        return Err(match person.identity.as_str() {
            "none" => ApiError::Fault(Fault::NotFound),
            _ => ApiError::Fault(Fault::Conflict),
        });
    }
    tracing::info!(account = person.id, operator = operator.account.id, verdict = ?decision.verdict, "identity decided");
    state.notified();
    Ok(StatusCode::NO_CONTENT)
}
