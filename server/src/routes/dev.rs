//! Development-only pages, never routed in production mode: the development outbox.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use crate::AppState;
use crate::error::ApiError;
use crate::services::mail::escape;
use crate::storage::outbox::Channel;

/// Where the development outbox is shown.
pub const OUTBOX_PATH: &str = "/dev/outbox";

/// The development routes.
pub fn router() -> Router<AppState> {
    Router::new().route(OUTBOX_PATH, get(outbox))
}

/// `GET /dev/outbox`: the latest messages, newest first, with their codes readable — the way to
/// confirm a phone or an e-mail on a machine without SMTP or an SMS gateway.
async fn outbox(State(state): State<AppState>) -> Result<Response, ApiError> {
    let messages = state.db.latest_messages(50).await?;
    let items: String = messages
        .iter()
        .map(|shown| {
            let channel = match shown.message.channel {
                Channel::Email => "E-mail",
                Channel::Sms => "SMS",
            };
            format!(
                "<li><p><strong>{channel}</strong> → {to} · {at} · {via}</p><p><strong>{subject}</strong></p><pre>{body}</pre></li>",
                to = escape(&shown.message.recipient),
                at = escape(&shown.created_at),
                via = escape(shown.sent_via.as_deref().unwrap_or("ждёт отправки")),
                subject = escape(&shown.message.subject),
                body = escape(&shown.message.body),
            )
        })
        .collect();
    let page = format!(
        "<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Исходящие сообщения (разработка)</title></head><body><main>\
         <h1>Исходящие сообщения</h1>\
         <p>Только в режиме разработки: письма и СМС, которые портал отправил бы. Новые сверху.</p>\
         <ol>{items}</ol></main></body></html>"
    );
    let mut response = Html(page).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
