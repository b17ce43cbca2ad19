//! Administration: contact-centre accounts are created by an administrator (the first
//! administrator by the server's `create-admin` command).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use shared::accounts::{NewStaffAccount, Role, StaffMember};
use shared::api::Fault;
use time::OffsetDateTime;

use super::extract::Body;
use crate::AppState;
use crate::error::ApiError;
use crate::services::sessions::SignedIn;
use crate::services::staff;

/// `GET /api/v1/admin/accounts`: the contact centre's accounts, newest first; anyone but an
/// administrator gets 403.
pub async fn list_staff_accounts(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Json<Vec<StaffMember>>, ApiError> {
    if signed_in.account.role() != Role::Administrator {
        return Err(ApiError::Fault(Fault::Forbidden));
    }
    Ok(Json(state.db.staff_members().await?))
}

/// `POST /api/v1/admin/accounts`: `201`; the colleague is e-mailed how to set a password.
/// Anyone but an administrator gets 403.
pub async fn create_staff_account(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Body(form): Body<NewStaffAccount>,
) -> Result<StatusCode, ApiError> {
    if signed_in.account.role() != Role::Administrator {
        return Err(ApiError::Fault(Fault::Forbidden));
    }
    staff::create(&state.db, &form, None, OffsetDateTime::now_utc()).await?;
    state.delivery.wake();
    Ok(StatusCode::CREATED)
}
