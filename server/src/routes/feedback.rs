//! Anonymous feedback.

use axum::Json;
use axum::body::to_bytes;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{StatusCode, header};
use shared::api::{Created, Fault, MULTIPART_FILES};
use shared::categories::{self, RequestKind};
use shared::dates::{format_date, in_moscow};
use shared::deadlines;
use shared::forms::feedback::Feedback;
use shared::lang::Lang;
use shared::notices;
use time::OffsetDateTime;

use super::extract::ClientIp;
use crate::AppState;
use crate::error::ApiError;
use crate::services::limits::Action;
use crate::services::uploads::Received;
use crate::storage::outbox::{Channel, Outgoing};

/// Largest JSON body of the feedback form.
const JSON_BODY_MAX: usize = 64 * 1024;

/// `POST /api/v1/feedback`: JSON, or multipart with a `data` part and `files` parts.
/// `201 {"number"}` when stored; `422` naming every bad field otherwise; `429` after 30 sendings
/// from one address in ten minutes.
pub async fn create(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    request: Request,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::Feedback, &ip)?;
    let lang = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::Ru, Lang::from_accept_language);
    let is_multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    let received: Received<Feedback> = if is_multipart {
        let multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|_| ApiError::Fault(Fault::BadRequest))?;
        state.uploads.receive(multipart, &[MULTIPART_FILES]).await?
    } else {
        let bytes = to_bytes(request.into_body(), JSON_BODY_MAX)
            .await
            .map_err(|_| ApiError::Fault(Fault::PayloadTooLarge))?;
        let data =
            serde_json::from_slice(&bytes).map_err(|_| ApiError::Fault(Fault::BadRequest))?;
        Received {
            data,
            files: Vec::new(),
            file_errors: Default::default(),
        }
    };
    let Received {
        data,
        files,
        mut file_errors,
    } = received;
    let cleaned = match data.clean(now) {
        Ok(cleaned) if file_errors.is_empty() => cleaned,
        result => {
            if let Err(form_errors) = result {
                file_errors.extend(form_errors);
            }
            state.uploads.discard(&files).await;
            return Err(ApiError::Validation(file_errors));
        }
    };
    state.uploads.keep(&files).await?;
    let kind = categories::find(&cleaned.topic).map_or(RequestKind::Reference, |(_, sub)| sub.kind);
    let due = deadlines::resolution_due(now, kind);
    let due_date = format_date(in_moscow(due).date());
    let receipt = |number: &str| {
        let notice = notices::feedback_received(number, &due_date, lang);
        Outgoing {
            channel: Channel::Email,
            recipient: cleaned.email.clone(),
            subject: notice.subject,
            body: notice.body,
        }
    };
    match state
        .db
        .create_feedback(&cleaned, &files, now, receipt)
        .await
    {
        Ok(number) => {
            tracing::info!(%number, files = files.len(), "feedback registered");
            state.delivery.wake();
            Ok((StatusCode::CREATED, Json(Created { number, due })))
        }
        Err(error) => {
            state.uploads.discard(&files).await;
            Err(error.into())
        }
    }
}
