//! Call-backs (SPEC §3 «callback», §4 «work callbacks»): citizens book, list and cancel theirs;
//! operators list those of their sections, set the time of each call (the citizen is told) and
//! record how it went. A call-back outside the person's reach is `404`, as one that does not
//! exist; an action the call-back no longer allows is `409`.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use shared::api::Fault;
use shared::callbacks::{
    CallAction, CallbackBooked, CallbackQueue, CallbackQueueFilter, MyCallbacks,
};
use shared::categories;
use shared::dates::parse_date;
use shared::forms::callback::{CallRecord, Callback, ScheduledCall, window_passed};
use shared::identifiers;
use time::OffsetDateTime;

use super::console::checked;
use super::extract::Body;
use super::requests::{idempotency_key, submit_once};
use crate::AppState;
use crate::error::ApiError;
use crate::services::sessions::{Citizen, Operator};
use crate::services::uploads::receive_json;
use crate::storage::callbacks::{Booked, CallStep, Moved, NewCallback};
use crate::storage::requests::KeyHold;

/// The answer to a move: `204`, `404` or `409`.
fn answer(moved: Moved) -> Result<StatusCode, ApiError> {
    match moved {
        Moved::Moved => Ok(StatusCode::NO_CONTENT),
        Moved::NotFound => Err(ApiError::Fault(Fault::NotFound)),
        Moved::NotNow => Err(ApiError::Fault(Fault::Conflict)),
    }
}

/// `GET /api/v1/callbacks`: the citizen's call-backs.
pub async fn mine(
    State(state): State<AppState>,
    Citizen(signed_in): Citizen,
) -> Result<Json<MyCallbacks>, ApiError> {
    let account_id = signed_in.account.id;
    Ok(Json(MyCallbacks {
        items: state.db.my_callbacks(account_id).await?,
    }))
}

/// `POST /api/v1/callbacks` [`Callback`] with an `Idempotency-Key`: `201` [`CallbackBooked`];
/// the same key again: the first answer replayed (`409` while the first is being made, `422`
/// with another body); `422` with the form's problems; `409` while another call-back of the
/// citizen is open.
pub async fn book(
    State(state): State<AppState>,
    Citizen(signed_in): Citizen,
    request: Request,
) -> Result<Response, ApiError> {
    let account_id = signed_in.account.id;
    let key = idempotency_key(&request)?;
    let received = receive_json::<Callback>(request).await?;
    let submitted = submit_once(
        state,
        account_id,
        key,
        received,
        |state, held, received| async move { book_checked(&state, received.data, &held.hold()).await },
    );
    Ok(submitted.await?.answer(StatusCode::CREATED))
}

/// Judges and books the call-back of the submission that holds `hold`.
async fn book_checked(
    state: &AppState,
    form: Callback,
    hold: &KeyHold<'_>,
) -> Result<CallbackBooked, ApiError> {
    let form = checked(form)?;
    // The checks passed, so each value below is there; a miss is a rule out of step.
    let phone = identifiers::phone(&form.phone).map_err(|_| ApiError::Fault(Fault::Internal))?;
    let (section, topic) =
        categories::find(form.topic.trim()).ok_or(ApiError::Fault(Fault::Internal))?;
    let day = parse_date(&form.day).ok_or(ApiError::Fault(Fault::Internal))?;
    let callback = NewCallback {
        phone: &phone,
        topic: topic.code,
        section: section.code,
        day,
        window: form.window.trim(),
        comment: form.comment.trim(),
    };
    let now = OffsetDateTime::now_utc();
    match state.db.book_callback(&callback, hold, now).await? {
        Booked::Booked(id) => Ok(CallbackBooked { id }),
        Booked::AnotherOpen | Booked::KeyTaken => Err(ApiError::Fault(Fault::Conflict)),
    }
}

/// `POST /api/v1/callbacks/{id}/cancel`: the citizen cancels it.
pub async fn cancel(
    State(state): State<AppState>,
    Citizen(signed_in): Citizen,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let account_id = signed_in.account.id;
    let now = OffsetDateTime::now_utc();
    answer(state.db.cancel_callback(account_id, id, now).await?)
}

/// `GET /api/v1/console/callbacks?finished=`: the call-backs of the operator's sections.
pub async fn queue(
    State(state): State<AppState>,
    operator: Operator,
    filter: Result<Query<CallbackQueueFilter>, QueryRejection>,
) -> Result<Json<CallbackQueue>, ApiError> {
    let Query(filter) = filter.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    let now = OffsetDateTime::now_utc();
    let items = state
        .db
        .callback_queue(operator.staff().id, filter.finished, now)
        .await?;
    Ok(Json(CallbackQueue { items }))
}

/// `POST /api/v1/console/callbacks/{id}/schedule` [`ScheduledCall`]: the time of the call,
/// inside the window the citizen chose; the citizen is told.
pub async fn schedule(
    State(state): State<AppState>,
    operator: Operator,
    Path(id): Path<i64>,
    Body(form): Body<ScheduledCall>,
) -> Result<StatusCode, ApiError> {
    let staff_id = operator.staff().id;
    let callback = state
        .db
        .operator_callback(staff_id, id)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    let now = OffsetDateTime::now_utc();
    // A call-back that no longer takes a time says so before its time is judged.
    let window_over = window_passed(&callback.day, &callback.window, now);
    if CallAction::Schedule
        .from(callback.state, window_over)
        .is_none()
    {
        return Err(ApiError::Fault(Fault::Conflict));
    }
    let call_at = form
        .moment(&callback.day, &callback.window, now)
        .map_err(ApiError::Validation)?;
    let moved = state
        .db
        .act_on_callback(
            staff_id,
            id,
            CallAction::Schedule,
            CallStep::At(call_at),
            now,
        )
        .await?;
    if moved == Moved::Moved {
        state.notified();
    }
    answer(moved)
}

/// Records how the call went.
async fn record(
    state: &AppState,
    operator: &Operator,
    id: i64,
    action: CallAction,
    form: CallRecord,
) -> Result<StatusCode, ApiError> {
    let form = checked(form)?;
    let now = OffsetDateTime::now_utc();
    answer(
        state
            .db
            .act_on_callback(
                operator.staff().id,
                id,
                action,
                CallStep::Record(form.note.trim()),
                now,
            )
            .await?,
    )
}

/// `POST /api/v1/console/callbacks/{id}/done` [`CallRecord`]: the call took place.
pub async fn done(
    State(state): State<AppState>,
    operator: Operator,
    Path(id): Path<i64>,
    Body(form): Body<CallRecord>,
) -> Result<StatusCode, ApiError> {
    record(&state, &operator, id, CallAction::Done, form).await
}

/// `POST /api/v1/console/callbacks/{id}/not-reached` [`CallRecord`]: nobody answered.
pub async fn not_reached(
    State(state): State<AppState>,
    operator: Operator,
    Path(id): Path<i64>,
    Body(form): Body<CallRecord>,
) -> Result<StatusCode, ApiError> {
    record(&state, &operator, id, CallAction::NotReached, form).await
}
