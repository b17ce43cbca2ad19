//! Identity confirmation (SPEC §7): the citizen sends scans of the passport and SNILS named in
//! «Мои данные»; an operator looks at them and confirms or refuses.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use shared::accounts::{NoBody, ProfileView};
use shared::api::Fault;
use shared::attachments::FileKind;
use shared::codes;
use shared::forms::profile::Profile;
use shared::identity::{self, Decision, Document, IdentityCase, PASSPORT_SCANS, SNILS_SCANS};
use shared::notices;
use time::OffsetDateTime;

use super::extract::{Body, ClientIp};
use super::profile::current_view;
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::limits::Action;
use crate::services::sessions::{SignedIn, Staff};
use crate::services::uploads::{self, Received, StoredFile};
use crate::storage::outbox::{Channel, Outgoing};

/// `POST /api/v1/profile/identity` (multipart: `data` `{}`, `passport_scans`, `snils_scans`):
/// the account waits for an operator; answers the profile. `422` names what is missing or
/// wrong; staff accounts have nothing to confirm (403); `429` after ten sendings in an hour by
/// one account or from one address.
pub async fn submit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    signed_in: SignedIn,
    request: Request,
) -> Result<Json<ProfileView>, ApiError> {
    let account = signed_in.account;
    if account.role().is_staff() {
        return Err(ApiError::Fault(Fault::Forbidden));
    }
    state.limits.hit(Action::IdentityScans, &ip)?;
    state
        .limits
        .hit(Action::IdentityScans, &format!("account {}", account.id))?;
    let multipart = Multipart::from_request(request, &state)
        .await
        .map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    let Received {
        data: NoBody {},
        files,
        mut file_errors,
    } = state
        .uploads
        .receive(multipart, &[PASSPORT_SCANS, SNILS_SCANS])
        .await?;
    let profile: Profile = serde_json::from_str(&account.profile).unwrap_or_default();
    let scans: Vec<(Document, &StoredFile)> = files
        .iter()
        .filter_map(|file| Some((Document::of_part(&file.part)?, file)))
        .collect();
    let kinds: Vec<(Document, FileKind)> = scans.iter().map(|(doc, f)| (*doc, f.kind)).collect();
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
        .submit_identity(account.id, &scans, OffsetDateTime::now_utc())
        .await
    {
        Ok(Some(replaced)) => state.uploads.remove(&replaced).await,
        Ok(None) => {
            state.uploads.discard(&files).await;
            return Err(invalid(PASSPORT_SCANS, codes::IDENTITY_NOT_EXPECTED));
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
    _staff: Staff,
) -> Result<Json<Vec<IdentityCase>>, ApiError> {
    Ok(Json(state.db.identity_queue().await?))
}

/// `GET /api/v1/staff/identity/{account}/scans/{scan}`: one scan, as a download.
pub async fn scan(
    State(state): State<AppState>,
    _staff: Staff,
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
/// `404` for an account that never sent scans, `409` when another operator decided first.
pub async fn decide(
    State(state): State<AppState>,
    Staff(operator): Staff,
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
    state.delivery.wake();
    Ok(StatusCode::NO_CONTENT)
}
