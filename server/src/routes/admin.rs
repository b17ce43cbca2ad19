//! Administration: contact-centre accounts (the first administrator comes from the server's
//! `create-admin` command), the queues each operator works, and canned replies.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use shared::accounts::{NewStaffAccount, StaffMember};
use shared::api::Fault;
use shared::console::{CannedReply, Sections};
use shared::forms::Form;
use shared::forms::canned_reply::CannedReplyForm;
use time::OffsetDateTime;

use super::extract::Body;
use crate::AppState;
use crate::error::ApiError;
use crate::services::sessions::Administrator;
use crate::services::staff;

/// `GET /api/v1/admin/accounts`: the contact centre's accounts, newest first, with their
/// sections; anyone but an administrator gets 403.
pub async fn list_staff_accounts(
    State(state): State<AppState>,
    _: Administrator,
) -> Result<Json<Vec<StaffMember>>, ApiError> {
    Ok(Json(state.db.staff_members().await?))
}

/// `POST /api/v1/admin/accounts`: `201`; the colleague is e-mailed how to set a password.
pub async fn create_staff_account(
    State(state): State<AppState>,
    _: Administrator,
    Body(form): Body<NewStaffAccount>,
) -> Result<StatusCode, ApiError> {
    staff::create(&state.db, &form, None, OffsetDateTime::now_utc()).await?;
    state.notified();
    Ok(StatusCode::CREATED)
}

/// `PUT /api/v1/admin/accounts/{id}/sections` [`Sections`]: the queues an operator or senior
/// operator works; `204`. `404` for any other account, `422` for an unknown section.
pub async fn set_sections(
    State(state): State<AppState>,
    _: Administrator,
    Path(account_id): Path<i64>,
    Body(sections): Body<Sections>,
) -> Result<StatusCode, ApiError> {
    sections.check().map_err(ApiError::Validation)?;
    if state
        .db
        .set_sections(account_id, &sections.sections)
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::Fault(Fault::NotFound))
    }
}

/// `GET /api/v1/admin/canned-replies`: every canned reply, by title.
pub async fn canned_replies(
    State(state): State<AppState>,
    _: Administrator,
) -> Result<Json<Vec<CannedReply>>, ApiError> {
    Ok(Json(state.db.canned_replies().await?))
}

/// `POST /api/v1/admin/canned-replies` [`CannedReplyForm`]: `201` with the reply as kept.
pub async fn add_canned_reply(
    State(state): State<AppState>,
    _: Administrator,
    Body(form): Body<CannedReplyForm>,
) -> Result<(StatusCode, Json<CannedReply>), ApiError> {
    let now = OffsetDateTime::now_utc();
    form.check(now).map_err(ApiError::Validation)?;
    let id = state.db.add_canned_reply(&form, now).await?;
    Ok((StatusCode::CREATED, Json(kept(id, &form))))
}

/// `PUT /api/v1/admin/canned-replies/{id}` [`CannedReplyForm`]: the reply as kept; `404` for
/// no such reply.
pub async fn update_canned_reply(
    State(state): State<AppState>,
    _: Administrator,
    Path(id): Path<i64>,
    Body(form): Body<CannedReplyForm>,
) -> Result<Json<CannedReply>, ApiError> {
    let now = OffsetDateTime::now_utc();
    form.check(now).map_err(ApiError::Validation)?;
    if state.db.update_canned_reply(id, &form, now).await? {
        Ok(Json(kept(id, &form)))
    } else {
        Err(ApiError::Fault(Fault::NotFound))
    }
}

/// `DELETE /api/v1/admin/canned-replies/{id}`: `204`; `404` for no such reply.
pub async fn delete_canned_reply(
    State(state): State<AppState>,
    _: Administrator,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    if state.db.delete_canned_reply(id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::Fault(Fault::NotFound))
    }
}

/// A canned reply as the storage keeps a checked form.
fn kept(id: i64, form: &CannedReplyForm) -> CannedReply {
    CannedReply {
        id,
        title: form.title.trim().to_owned(),
        text: form.text.trim().to_owned(),
        section: form.section.trim().to_owned(),
    }
}
