//! The category tree.

use axum::Json;
use shared::categories::{SECTIONS, Section};

/// `GET /api/v1/categories`: the tree of `shared`, with every subcategory's fields, kind and priority.
pub async fn list() -> Json<&'static [Section]> {
    Json(SECTIONS)
}
