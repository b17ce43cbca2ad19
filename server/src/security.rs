//! Security of every answer and every state change (SECURITY.md): response headers, the CSP with
//! the hash of trunk's start-up script, and the cross-site request check.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use shared::api::Fault;

use crate::error::ApiError;
use crate::services::sessions::{DEVELOPMENT_COOKIE, SECURE_COOKIE, cookie};

/// The Content-Security-Policy for a page whose inline scripts hash to `script_hashes`
/// (base64 SHA-256 digests).
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes
        .iter()
        .map(|hash| format!(" 'sha256-{hash}'"))
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

/// Base64 SHA-256 digests of the inline `<script>` elements of an HTML page (trunk's start-up
/// script), so the CSP can allow exactly them.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        let content = &after[body_start..body_start + close];
        if !tag.contains(" src=") && !content.is_empty() {
            let digest = Sha256::digest(content.as_bytes());
            hashes.push(base64::engine::general_purpose::STANDARD.encode(digest));
        }
        rest = &after[body_start + close..];
    }
    hashes
}

/// Adds the headers an answer carries. A built file of the SPA (`built_file`: a content-hashed
/// script, module or style sheet) carries only `nosniff`: the CSP and the framing, referrer and
/// permissions policies act on documents alone, and together they are half a kilobyte that the
/// browser would receive again with each of the split build's hundreds of files.
pub fn add_common_headers(headers: &mut HeaderMap, csp: &HeaderValue, built_file: bool) {
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if built_file {
        return;
    }
    headers.insert(header::CONTENT_SECURITY_POLICY, csp.clone());
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
}

fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether the request carries a session cookie (under either of its names).
fn carries_session_cookie(headers: &HeaderMap) -> bool {
    [SECURE_COOKIE, DEVELOPMENT_COOKIE]
        .into_iter()
        .any(|name| cookie(headers, name).is_some())
}

/// Whether a state-changing request may come from where it says it comes from.
/// `Sec-Fetch-Site` decides when the browser sends it; otherwise `Origin` must name this host.
/// The fallback when neither is sent: a request without a session cookie acts for nobody and may
/// pass (a non-browser client); one with a session cookie is refused, as a page could have made it.
pub fn is_same_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    if !headers.contains_key(header::ORIGIN) {
        return !carries_session_cookie(headers);
    }
    origin_is_this_host(headers)
}

/// Whether the request's `Origin` names the host it was sent to. A WebSocket handshake needs it
/// without exception: browsers always send it there, and `Sec-Fetch-Site` is not checked on it.
pub fn origin_is_this_host(headers: &HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = headers
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        .and_then(|o| o.split_once("://").map(|(_, host)| host));
    matches!((origin_host, host), (Some(a), Some(b)) if a.eq_ignore_ascii_case(b))
}

/// Whether the body type is one the API accepts for state changes.
fn has_accepted_body_type(headers: &HeaderMap) -> bool {
    let Some(content_type) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence == "multipart/form-data"
}

/// Whether the request has no body at all (a `DELETE`, say).
fn has_no_body(headers: &HeaderMap) -> bool {
    let length_zero = headers
        .get(header::CONTENT_LENGTH)
        .is_none_or(|length| length.as_bytes() == b"0");
    length_zero && !headers.contains_key(header::TRANSFER_ENCODING)
}

/// Refuses cross-site state changes (403) and bodies that are neither JSON nor multipart (415).
pub async fn guard_state_changes(request: Request, next: Next) -> Response {
    if is_state_changing(request.method()) {
        if !is_same_site(request.headers()) {
            return ApiError::Fault(Fault::Forbidden).into_response();
        }
        if !has_accepted_body_type(request.headers()) && !has_no_body(request.headers()) {
            return ApiError::Fault(Fault::UnsupportedMediaType).into_response();
        }
    }
    next.run(request).await
}

/// API answers may carry personal data: never stored by caches.
pub async fn no_store(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
