//! HTTP routes, grouped by area. Handlers stay thin: parse, call `shared` and storage, answer.

pub mod categories;
pub mod dev;
pub mod feedback;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{any, get, post};
use shared::api::{CATEGORIES_PATH, FEEDBACK_PATH};
use shared::attachments::TOTAL_MAX_BYTES;

use crate::AppState;
use crate::error::api_not_found;

/// Body limit of every API route but uploads.
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;
/// Body limit of routes that take files: all files of a submission plus room for the form.
pub const UPLOAD_BODY_LIMIT: usize = TOTAL_MAX_BYTES as usize + 1024 * 1024;

/// Every `/api/` route.
pub fn api() -> Router<AppState> {
    Router::new()
        .route(CATEGORIES_PATH, get(categories::list))
        .route(
            FEEDBACK_PATH,
            post(feedback::create).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/api/{*rest}", any(api_not_found))
        .layer(DefaultBodyLimit::max(DEFAULT_BODY_LIMIT))
}
