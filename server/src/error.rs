//! The one mapping from what can go wrong to the API's error shape (`shared::api::ErrorBody`).
//!
//! Handlers return [`ApiError`]; its response carries the error as an extension, and the
//! [`render_in_client_language`] middleware writes the body in the language of the request's
//! `Accept-Language`.

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use shared::api::{ErrorBody, Fault};
use shared::forms::FormErrors;
use shared::lang::Lang;

use crate::services::limits::RetryAfter;

/// Anything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The form has problems (422).
    #[error("the form did not pass validation")]
    Validation(FormErrors),
    /// A fault with its own status.
    #[error("fault: {0:?}")]
    Fault(Fault),
    /// A rate limit or sign-in delay: 429 with `Retry-After`.
    #[error("rate limited for {0:?}")]
    Limited(RetryAfter),
    /// The database failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// The disk failed.
    #[error("storage: {0}")]
    Io(#[from] std::io::Error),
}

/// What the middleware needs to render the body.
#[derive(Debug, Clone)]
enum Rendered {
    Validation(FormErrors),
    Fault(Fault),
}

fn status_of(fault: Fault) -> StatusCode {
    match fault {
        Fault::BadRequest => StatusCode::BAD_REQUEST,
        Fault::Unauthorized => StatusCode::UNAUTHORIZED,
        Fault::Forbidden => StatusCode::FORBIDDEN,
        Fault::NotFound => StatusCode::NOT_FOUND,
        Fault::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        Fault::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        Fault::Conflict => StatusCode::CONFLICT,
        Fault::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
        Fault::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn body(rendered: &Rendered, lang: Lang) -> ErrorBody {
    match rendered {
        Rendered::Validation(errors) => ErrorBody::validation(errors, lang),
        Rendered::Fault(fault) => ErrorBody::fault(*fault, lang),
    }
}

fn json_response(status: StatusCode, body: &ErrorBody) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let mut response = (status, bytes).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, rendered) = match self {
            ApiError::Validation(errors) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                Rendered::Validation(errors),
            ),
            ApiError::Fault(fault) => (status_of(fault), Rendered::Fault(fault)),
            ApiError::Limited(retry) => {
                let rendered = Rendered::Fault(Fault::TooManyRequests);
                let mut response =
                    json_response(StatusCode::TOO_MANY_REQUESTS, &body(&rendered, Lang::Ru));
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry.seconds()));
                response.extensions_mut().insert(rendered);
                return response;
            }
            ApiError::Database(error) => {
                tracing::error!(%error, "database failure");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Rendered::Fault(Fault::Internal),
                )
            }
            ApiError::Io(error) => {
                tracing::error!(%error, "storage failure");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Rendered::Fault(Fault::Internal),
                )
            }
        };
        let mut response = json_response(status, &body(&rendered, Lang::Ru));
        response.extensions_mut().insert(rendered);
        response
    }
}

/// Re-renders error bodies in the language the client asked for.
pub async fn render_in_client_language(request: Request, next: Next) -> Response {
    let lang = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::Ru, Lang::from_accept_language);
    let response = next.run(request).await;
    match response.extensions().get::<Rendered>() {
        Some(rendered) if lang != Lang::Ru => {
            let mut localised = json_response(response.status(), &body(rendered, lang));
            for (name, value) in response.headers() {
                if name != header::CONTENT_LENGTH && name != header::CONTENT_TYPE {
                    localised.headers_mut().insert(name.clone(), value.clone());
                }
            }
            localised
        }
        _ => response,
    }
}

impl From<RetryAfter> for ApiError {
    fn from(retry: RetryAfter) -> ApiError {
        ApiError::Limited(retry)
    }
}

/// A form's single problem: `code` against `field` (422).
pub fn invalid(field: &str, code: &str) -> ApiError {
    let mut errors = FormErrors::new();
    errors.add(field, code);
    ApiError::Validation(errors)
}

/// The answer for an API path that does not exist.
pub async fn api_not_found() -> ApiError {
    ApiError::Fault(Fault::NotFound)
}
