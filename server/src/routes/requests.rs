//! Support requests, the citizen's side (SPEC §4): filing one, safe to retry with its
//! idempotency key, and reading it back.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use shared::api::{Created, Fault, MULTIPART_FILES};
use shared::categories;
use shared::codes;
use shared::dates::{format_date, in_moscow};
use shared::deadlines;
use shared::forms::Form;
use shared::forms::support_request::SupportRequest;
use shared::identifiers;
use shared::lang::Lang;
use shared::notices;
use shared::requests::{
    IDEMPOTENCY_KEY_HEADER, RequestFilter, RequestPage, RequestView, is_idempotency_key,
    search_text,
};
use time::OffsetDateTime;

use super::extract::ClientLang;
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::sessions::SignedIn;
use crate::services::uploads::Received;
use crate::storage::accounts::Account;
use crate::storage::outbox::{Channel, Outgoing};
use crate::storage::requests::{Claim, NewRequest};

/// `POST /api/v1/requests` (JSON, or multipart with `data` and `files`) with an
/// `Idempotency-Key`: `201 {"number","due"}`. The same key again: the first answer replayed
/// (`409` while the first is still being made, `422` with another body). Staff file requests
/// for people through the console, not here (403).
pub async fn create(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    signed_in: SignedIn,
    request: Request,
) -> Result<Response, ApiError> {
    let now = OffsetDateTime::now_utc();
    let account = signed_in.account;
    if account.role().is_staff() {
        return Err(ApiError::Fault(Fault::Forbidden));
    }
    let key = request
        .headers()
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|value| value.to_str().ok())
        .filter(|key| is_idempotency_key(key))
        .ok_or(ApiError::Fault(Fault::BadRequest))?
        .to_owned();
    let received: Received<SupportRequest> = state
        .uploads
        .receive_json_or_multipart(request, &[MULTIPART_FILES])
        .await?;
    let claim = state
        .db
        .claim_idempotency_key(account.id, &key, &received.fingerprint, now)
        .await;
    let claim = match claim {
        Ok(Claim::Fresh(claim)) => claim,
        refused => {
            state.uploads.discard(&received.files).await;
            return match refused {
                Ok(Claim::Done(status, answer)) => Ok(replay(status, answer)),
                Ok(Claim::InFlight) => Err(ApiError::Fault(Fault::Conflict)),
                Ok(Claim::Reused) => Err(invalid("idempotency_key", codes::IDEMPOTENCY_KEY_REUSED)),
                Ok(Claim::Fresh(_)) => Err(ApiError::Fault(Fault::Internal)),
                Err(error) => Err(error.into()),
            };
        }
    };
    // From here the creation runs to its end even if the client goes away: a handler dropped
    // half-way would leave its key held and its files kept.
    let finish = tokio::spawn(async move {
        let outcome = register(&state, &account, received, &key, &claim, lang, now).await;
        if outcome.is_err()
            && let Err(error) = state
                .db
                .release_idempotency_key(account.id, &key, &claim)
                .await
        {
            tracing::error!(%error, "an idempotency key could not be released");
        }
        outcome
    });
    let created = finish
        .await
        .map_err(|_| ApiError::Fault(Fault::Internal))??;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

/// The answer a finished creation gave, again.
fn replay(status: u16, answer: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
    let mut response = (status, answer).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// Judges and stores the request; every file is discarded when it is refused.
async fn register(
    state: &AppState,
    account: &Account,
    received: Received<SupportRequest>,
    key: &str,
    claim: &str,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<Created, ApiError> {
    let Received {
        data: mut form,
        files,
        mut file_errors,
        ..
    } = received;
    form.attached_files = files.len();
    if let Err(errors) = form.check(now) {
        file_errors.extend(errors);
    }
    let subcategory = categories::find(form.category.trim()).map(|(_, sub)| sub);
    let (Some(subcategory), true) = (subcategory, file_errors.is_empty()) else {
        state.uploads.discard(&files).await;
        return Err(ApiError::Validation(file_errors));
    };
    normalise(&mut form);
    let priority = form.priority().unwrap_or(subcategory.default_priority);
    let first_response_due = deadlines::first_response_due(now, priority);
    let due = deadlines::resolution_due(now, subcategory.kind);
    let json = serde_json::to_string(&form).map_err(|_| ApiError::Fault(Fault::Internal))?;
    let new = NewRequest {
        account_id: account.id,
        form: &json,
        category: subcategory.code,
        subject: form.subject.trim(),
        search_text: &search_text(&form.subject, &form.description),
        priority,
        first_response_due,
        resolution_due: due,
        key,
        claim,
    };
    let due_date = format_date(in_moscow(due).date());
    let answer = |number: &str| {
        serde_json::to_string(&Created {
            number: number.to_owned(),
            due,
        })
        .unwrap_or_default()
    };
    let receipt = |number: &str| {
        let notice = notices::request_received(number, &due_date, lang);
        Outgoing {
            channel: Channel::Email,
            recipient: form.email.clone(),
            subject: notice.subject,
            body: notice.body,
        }
    };
    state.uploads.keep(&files).await?;
    match state
        .db
        .create_request(&new, &files, now, answer, receipt)
        .await
    {
        Ok(Some(number)) => {
            tracing::info!(%number, files = files.len(), "request registered");
            state.delivery.wake();
            Ok(Created { number, due })
        }
        Ok(None) => {
            state.uploads.discard(&files).await;
            Err(ApiError::Fault(Fault::Conflict))
        }
        Err(error) => {
            state.uploads.discard(&files).await;
            Err(error.into())
        }
    }
}

/// Keeps identifiers and contacts in their stored forms (the form has judged them already).
fn normalise(form: &mut SupportRequest) {
    let stored = identifiers::normalised_if_given;
    form.phone = stored(&form.phone, identifiers::phone);
    form.email = stored(&form.email, identifiers::email);
    form.snils = stored(&form.snils, identifiers::snils);
    form.inn = stored(&form.inn, identifiers::inn);
    form.passport = stored(&form.passport, identifiers::passport);
    form.ogrn = stored(&form.ogrn, identifiers::ogrn);
    form.ogrnip = stored(&form.ogrnip, identifiers::ogrnip);
    form.category = form.category.trim().to_owned();
}

/// `GET /api/v1/requests?status=&category=&from=&to=&q=&order=&page=`: a page of the signed-in
/// person's requests; `422` naming a bad date or category.
pub async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    filter: Result<Query<RequestFilter>, QueryRejection>,
) -> Result<Json<RequestPage>, ApiError> {
    let Query(filter) = filter.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    let period = filter.check().map_err(ApiError::Validation)?;
    Ok(Json(
        state
            .db
            .requests_of(signed_in.account.id, &filter, period)
            .await?,
    ))
}

/// `GET /api/v1/requests/{number}`: one of the signed-in person's requests; `404` for anyone
/// else's, exactly as for a number that does not exist.
pub async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(number): Path<String>,
) -> Result<Json<RequestView>, ApiError> {
    state
        .db
        .request_of(signed_in.account.id, &number)
        .await?
        .map(Json)
        .ok_or(ApiError::Fault(Fault::NotFound))
}
