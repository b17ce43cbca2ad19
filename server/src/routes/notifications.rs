//! Notifications (SPEC §5): the signed-in person's feed with its marks, the bell's live count, and
//! «Настройки → Уведомления». A person reaches only their own notifications: any other id is `404`.

use std::convert::Infallible;
use std::time::Duration;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use futures_util::Stream;
use shared::api::Fault;
use shared::notifications::{Feed, FeedFilter, Settings, SettingsChange, Unread};
use time::OffsetDateTime;

use super::extract::{Body, ClientLang};
use crate::AppState;
use crate::error::ApiError;
use crate::services::live;
use crate::services::sessions::{SignedIn, session_holds};
use crate::storage::notifications::Mark;

/// How often a live stream checks that its session still holds.
const SESSION_CHECK: Duration = Duration::from_secs(30);

/// `GET /api/v1/notifications?unread=&week=&kind=`: the feed, newest first, in the client's
/// language.
pub async fn feed(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ClientLang(lang): ClientLang,
    filter: Result<Query<FeedFilter>, QueryRejection>,
) -> Result<Json<Feed>, ApiError> {
    let Query(filter) = filter.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    let now = OffsetDateTime::now_utc();
    Ok(Json(
        state
            .db
            .feed(signed_in.account.id, &filter, lang, now)
            .await?,
    ))
}

/// `POST /api/v1/notifications/{id}/read`.
pub async fn mark_read(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    marked(&state, &signed_in, id, Mark::Read).await
}

/// `DELETE /api/v1/notifications/{id}`.
pub async fn delete(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    marked(&state, &signed_in, id, Mark::Deleted).await
}

/// Marks one of the person's notifications; another's id is the same 404 as one that does not
/// exist.
async fn marked(
    state: &AppState,
    signed_in: &SignedIn,
    id: i64,
    mark: Mark,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    if !state
        .db
        .mark_notification(signed_in.account.id, id, mark, now)
        .await?
    {
        return Err(ApiError::Fault(Fault::NotFound));
    }
    state.live.feeds_changed();
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/notifications/read-all`.
pub async fn mark_all_read(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    state
        .db
        .mark_all_notifications_read(signed_in.account.id, now)
        .await?;
    state.live.feeds_changed();
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/notifications/events`: server-sent events, an [`Unread`] at once and after every
/// change of the count, for the bell and the feed. The stream ends when the session does and
/// when the server stops.
pub async fn events(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Sse<impl Stream<Item = Result<SseEvent, Infallible>>>, ApiError> {
    let account_id = signed_in.account.id;
    let session = signed_in.token_hash.clone();
    let mut changes = state.live.watch_feeds();
    // The first event tells the count as it is now.
    changes.mark_changed();
    let mut check = tokio::time::interval(SESSION_CHECK);
    check.tick().await;
    let told: Option<u32> = None;
    let stream = futures_util::stream::unfold(
        (changes, check, state, session, told),
        move |(mut changes, mut check, state, session, told)| async move {
            loop {
                tokio::select! {
                    () = live::stopped() => return None,
                    changed = changes.changed() => {
                        if changed.is_err() {
                            return None;
                        }
                        let Ok(unread) = state.db.unread_count(account_id).await else {
                            return None;
                        };
                        if told != Some(unread) {
                            let data = serde_json::to_string(&Unread { unread }).unwrap_or_default();
                            let event = SseEvent::default().data(data);
                            return Some((Ok(event), (changes, check, state, session, Some(unread))));
                        }
                    }
                    _ = check.tick() => {
                        if !session_holds(&state.db, &session).await {
                            return None;
                        }
                    }
                }
            }
        },
    );
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// `GET /api/v1/account/notifications`: every kind by every channel, as it goes now.
pub async fn settings(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Json<Settings>, ApiError> {
    let account = &signed_in.account;
    Ok(Json(
        state
            .db
            .notification_settings(account.id, account.phone.is_some())
            .await?,
    ))
}

/// `PUT /api/v1/account/notifications`: saves the choices the person may make and answers the
/// settings as saved.
pub async fn save_settings(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Body(change): Body<SettingsChange>,
) -> Result<Json<Settings>, ApiError> {
    let account = &signed_in.account;
    let has_phone = account.phone.is_some();
    state
        .db
        .save_notification_settings(account.id, has_phone, &change.choices)
        .await?;
    Ok(Json(
        state
            .db
            .notification_settings(account.id, has_phone)
            .await?,
    ))
}
