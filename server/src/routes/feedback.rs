//! Anonymous feedback.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use shared::api::{Created, MULTIPART_FILES};
use shared::categories::{self, RequestKind};
use shared::dates::{format_date, in_moscow};
use shared::deadlines;
use shared::forms::feedback::Feedback;
use shared::notices;
use time::OffsetDateTime;

use super::extract::{ClientIp, ClientLang};
use crate::AppState;
use crate::error::ApiError;
use crate::services::limits::Action;
use crate::services::uploads::Received;
use crate::storage::outbox::{Channel, Outgoing};

/// `POST /api/v1/feedback`: JSON, or multipart with a `data` part and `files` parts.
/// `201 {"number"}` when stored; `422` naming every bad field otherwise; `429` after 30 sendings
/// from one address in ten minutes.
pub async fn create(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ClientLang(lang): ClientLang,
    request: Request,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::Feedback, &ip)?;
    let received: Received<Feedback> = state
        .uploads
        .receive_json_or_multipart(request, &[MULTIPART_FILES])
        .await?;
    let Received {
        data,
        files,
        mut file_errors,
        ..
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
        let notice = notices::request_received(number, &due_date, lang);
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
            state.notified();
            Ok((StatusCode::CREATED, Json(Created { number, due })))
        }
        Err(error) => {
            state.uploads.discard(&files).await;
            Err(error.into())
        }
    }
}
