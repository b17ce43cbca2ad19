//! Sessions (SECURITY.md «Sessions»): a 128-bit random token in the `__Host-session` cookie,
//! only its hash on the server; idle 30 minutes, absolute 12 hours, «Запомнить меня» 30 days —
//! enforced here on every request by the [`SignedIn`] extractor.
//!
//! Development exception: on plain-HTTP localhost (development mode) the cookie is called
//! `session` and is not `Secure`, because browsers refuse a `__Host-` cookie without `Secure` and
//! a `Secure` cookie over plain HTTP. Production mode serves behind TLS and uses `__Host-session`.

use axum::Json;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde::Serialize;
use sha2::{Digest, Sha256};
use shared::accounts::{ABSOLUTE_HOURS, IDLE_MINUTES, Me, REMEMBER_DAYS, Role};
use shared::api::Fault;
use shared::dates::format_date_time;
use shared::forms::profile::Profile;
use time::{Duration, OffsetDateTime};

use crate::AppState;
use crate::error::ApiError;
use crate::storage::accounts::Account;
use crate::storage::sessions::{NewSession, StoredSession};
use crate::storage::{Db, parse_timestamp};

/// The cookie's name behind TLS.
pub const SECURE_COOKIE: &str = "__Host-session";
/// The cookie's name on plain-HTTP localhost in development.
pub const DEVELOPMENT_COOKIE: &str = "session";

/// How the session cookie is written: `Secure` with the `__Host-` prefix, or the development form.
#[derive(Debug, Clone, Copy)]
pub struct CookiePolicy {
    /// Whether the portal is served over TLS (production mode).
    pub secure: bool,
}

impl CookiePolicy {
    /// The cookie's name.
    pub fn name(self) -> &'static str {
        if self.secure {
            SECURE_COOKIE
        } else {
            DEVELOPMENT_COOKIE
        }
    }

    /// `Set-Cookie` for a new session: a browser-session cookie, or one that lasts 30 days for
    /// «Запомнить меня».
    pub fn set(self, token: &str, remember: bool) -> HeaderValue {
        let mut cookie = format!("{}={token}; Path=/; HttpOnly; SameSite=Strict", self.name());
        if self.secure {
            cookie.push_str("; Secure");
        }
        if remember {
            cookie.push_str(&format!("; Max-Age={}", REMEMBER_DAYS * 24 * 3600));
        }
        HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
    }

    /// `Set-Cookie` that removes the cookie.
    pub fn clear(self) -> HeaderValue {
        let secure = if self.secure { "; Secure" } else { "" };
        HeaderValue::from_str(&format!(
            "{}=; Path=/; HttpOnly; SameSite=Strict{secure}; Max-Age=0",
            self.name()
        ))
        .unwrap_or_else(|_| HeaderValue::from_static(""))
    }

    /// The session token the request carries, if any.
    pub fn read(self, headers: &HeaderMap) -> Option<String> {
        cookie(headers, self.name())
    }
}

/// The value of the cookie `name` in the request's `Cookie` headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value.to_owned())
}

/// 128 random bits from the operating system's CSPRNG, base64url (22 characters).
pub fn new_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// What is stored of a token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// When a session signed in at `now` ends whatever happens.
pub fn absolute_end(now: OffsetDateTime, remember: bool) -> OffsetDateTime {
    if remember {
        now + Duration::days(REMEMBER_DAYS)
    } else {
        now + Duration::hours(ABSOLUTE_HOURS)
    }
}

/// Why a session is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Thirty minutes without a request.
    Idle,
    /// Past its absolute end.
    Expired,
}

/// Whether the session whose token hashes to `token_hash` still holds now: what a live stream
/// asks now and then, without counting as activity. A database fault ends the stream too.
pub async fn session_holds(db: &Db, token_hash: &str) -> bool {
    match db.session_by_token(token_hash).await {
        Ok(Some(stored)) => still_alive(&stored, OffsetDateTime::now_utc()).is_ok(),
        _ => false,
    }
}

/// Whether `session` is still alive at `now`; if so, how long it may stay idle (`None` for
/// «Запомнить меня», which has no idle limit).
pub fn still_alive(
    session: &StoredSession,
    now: OffsetDateTime,
) -> Result<Option<Duration>, Ended> {
    let expires = parse_timestamp(&session.expires_at).ok_or(Ended::Expired)?;
    if now >= expires {
        return Err(Ended::Expired);
    }
    if session.remember {
        return Ok(None);
    }
    let last_seen = parse_timestamp(&session.last_seen_at).ok_or(Ended::Idle)?;
    let idle_end = last_seen + Duration::minutes(IDLE_MINUTES);
    if now >= idle_end {
        return Err(Ended::Idle);
    }
    Ok(Some(Duration::minutes(IDLE_MINUTES).min(expires - now)))
}

/// What the SPA is told about a signed-in account whose session may stay idle for `idle_left`.
pub fn me_of(account: &Account, idle_left: Option<Duration>) -> Me {
    let given_name = serde_json::from_str::<Profile>(&account.profile)
        .map(|profile| profile.given_name)
        .unwrap_or_default();
    Me {
        name: if given_name.trim().is_empty() {
            account.email.clone()
        } else {
            given_name
        },
        role: account.role(),
        second_factor: account.second_factor(),
        idle_seconds_left: idle_left.map(|left| u32::try_from(left.whole_seconds()).unwrap_or(0)),
    }
}

/// Starts a new session for `account` (a new token on every sign-in); answers its `Set-Cookie`
/// and what the SPA is told.
pub async fn start(
    state: &AppState,
    account: &Account,
    remember: bool,
    headers: &HeaderMap,
    ip: &str,
    now: OffsetDateTime,
) -> Result<(HeaderValue, Me), ApiError> {
    let token = new_token().map_err(|_| ApiError::Fault(Fault::Internal))?;
    let user_agent: String = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .chars()
        .take(512)
        .collect();
    let (device, browser) = describe_user_agent(&user_agent);
    let described = [browser.as_str(), device.as_str(), &format_date_time(now)]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let session = NewSession {
        account_id: account.id,
        remember,
        expires_at: absolute_end(now, remember),
        user_agent,
        ip: ip.to_owned(),
        described,
    };
    state
        .db
        .create_session(&token_hash(&token), &session, now)
        .await?;
    state.notified();
    let idle_left = (!remember).then(|| Duration::minutes(IDLE_MINUTES));
    Ok((
        state.cookies.set(&token, remember),
        me_of(account, idle_left),
    ))
}

/// The answer that signs the browser in: `status`, `body` as JSON and the cookie.
pub fn signed_in(status: StatusCode, cookie: HeaderValue, body: impl Serialize) -> Response {
    let mut response = (status, Json(body)).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    response
}

/// The account of a request's live session. Extracting it records the activity, so the idle
/// clock starts again; a request without a live session gets 401.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The account.
    pub account: Account,
    /// The session's row.
    pub session_id: i64,
    /// The hash of the session's token: what a live stream checks again while it runs.
    pub token_hash: String,
    /// How long the session may stay idle now (`None` for «Запомнить меня»).
    pub idle_left: Option<Duration>,
}

impl SignedIn {
    /// What the SPA is told about the signed-in account.
    pub fn me(&self) -> Me {
        me_of(&self.account, self.idle_left)
    }
}

/// Extractors of a signed-in account whose role the gate allows: anyone else gets 403 (401
/// without a session). Each staff endpoint names its gate in its signature.
macro_rules! role_gates {
    ($($(#[$doc:meta])* $name:ident => $allowed:expr;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name(pub SignedIn);

        impl FromRequestParts<AppState> for $name {
            type Rejection = ApiError;

            async fn from_request_parts(
                parts: &mut Parts,
                state: &AppState,
            ) -> Result<Self, ApiError> {
                let signed_in = SignedIn::from_request_parts(parts, state).await?;
                let allowed: fn(Role) -> bool = $allowed;
                if allowed(signed_in.account.role()) {
                    Ok($name(signed_in))
                } else {
                    Err(ApiError::Fault(Fault::Forbidden))
                }
            }
        }
    )*};
}

role_gates! {
    /// A signed-in operator or senior operator.
    Operator => Role::is_operator;
    /// A signed-in administrator.
    Administrator => |role| role == Role::Administrator;
    /// A signed-in senior operator or administrator: who reads the statistics.
    Supervisor => Role::sees_statistics;
    /// A signed-in citizen or organisation representative: who files requests, confirms an
    /// identity and books call-backs (staff do none of these).
    Citizen => |role| !role.is_staff();
    /// Anyone of the contact centre: operators, senior operators and administrators.
    ContactCentre => Role::is_staff;
}

impl Operator {
    /// The operator as the console's storage knows them.
    pub fn staff(&self) -> crate::storage::console::Staff {
        crate::storage::console::Staff {
            id: self.0.account.id,
            senior: self.0.account.role() == Role::SeniorOperator,
        }
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let unauthorized = || ApiError::Fault(Fault::Unauthorized);
        let token = state
            .cookies
            .read(&parts.headers)
            .ok_or_else(unauthorized)?;
        let hash = token_hash(&token);
        let session = state
            .db
            .session_by_token(&hash)
            .await?
            .ok_or_else(unauthorized)?;
        let now = OffsetDateTime::now_utc();
        let idle_left = match still_alive(&session, now) {
            Ok(left) => left,
            Err(_) => {
                state.db.end_session(session.account_id, session.id).await?;
                return Err(unauthorized());
            }
        };
        // The console's own refreshes are not the person at work: the idle clock runs on.
        if !parts.headers.contains_key(shared::api::BACKGROUND_HEADER) {
            state.db.touch_session(session.id, now).await?;
        }
        let account = state
            .db
            .account(session.account_id)
            .await?
            .ok_or_else(unauthorized)?;
        Ok(SignedIn {
            account,
            session_id: session.id,
            token_hash: hash,
            idle_left,
        })
    }
}

/// The device and browser a `User-Agent` names, for the sessions list: («Windows», «Chrome 131»);
/// a part it does not recognise comes back empty, for the page to word.
pub fn describe_user_agent(user_agent: &str) -> (String, String) {
    let device = [
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(needle, _)| user_agent.contains(needle))
    .map_or("", |(_, name)| name);
    // Order matters: Edge and Yandex also say «Chrome», Chrome also says «Safari».
    let browser = [
        ("YaBrowser/", "Яндекс Браузер"),
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("HeadlessChrome/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Version/", "Safari"),
    ]
    .iter()
    .find_map(|(needle, name)| {
        let start = user_agent.find(needle)? + needle.len();
        let major: String = user_agent[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        Some(if major.is_empty() {
            (*name).to_owned()
        } else {
            format!("{name} {major}")
        })
    })
    .unwrap_or_default();
    (device.to_owned(), browser)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(
        remember: bool,
        created: OffsetDateTime,
        last_seen: OffsetDateTime,
    ) -> StoredSession {
        StoredSession {
            id: 1,
            account_id: 1,
            remember,
            created_at: crate::storage::timestamp(created),
            last_seen_at: crate::storage::timestamp(last_seen),
            expires_at: crate::storage::timestamp(absolute_end(created, remember)),
            user_agent: String::new(),
            ip: String::new(),
        }
    }

    #[test]
    fn a_session_ends_after_thirty_idle_minutes_or_twelve_hours() {
        let start = OffsetDateTime::now_utc();
        let active = session(false, start, start + Duration::minutes(29));
        assert!(still_alive(&active, start + Duration::minutes(58)).is_ok());
        assert_eq!(
            still_alive(&active, start + Duration::minutes(59)),
            Err(Ended::Idle)
        );
        let busy = session(
            false,
            start,
            start + Duration::hours(12) - Duration::minutes(1),
        );
        assert_eq!(
            still_alive(&busy, start + Duration::hours(12)),
            Err(Ended::Expired)
        );
    }

    #[test]
    fn remember_me_lasts_thirty_days_without_an_idle_limit() {
        let start = OffsetDateTime::now_utc();
        let remembered = session(true, start, start);
        assert_eq!(
            still_alive(&remembered, start + Duration::days(29)),
            Ok(None)
        );
        assert_eq!(
            still_alive(&remembered, start + Duration::days(30)),
            Err(Ended::Expired)
        );
    }

    #[test]
    fn the_cookie_is_host_only_http_only_strict_and_secure_behind_tls() {
        let secure = CookiePolicy { secure: true }.set("abc", false);
        assert_eq!(
            secure,
            "__Host-session=abc; Path=/; HttpOnly; SameSite=Strict; Secure"
        );
        let remembered = CookiePolicy { secure: true }.set("abc", true);
        assert!(remembered.to_str().unwrap().ends_with("; Max-Age=2592000"));
        let development = CookiePolicy { secure: false }.set("abc", false);
        assert_eq!(
            development,
            "session=abc; Path=/; HttpOnly; SameSite=Strict"
        );
    }

    #[test]
    fn tokens_carry_128_random_bits() {
        let token = new_token().unwrap();
        assert_eq!(token.len(), 22);
        assert_ne!(token, new_token().unwrap());
        assert_eq!(token_hash(&token).len(), 64);
    }

    #[test]
    fn user_agents_are_described_in_words() {
        let chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        assert_eq!(
            describe_user_agent(chrome),
            ("Windows".to_owned(), "Chrome 131".to_owned())
        );
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert_eq!(
            describe_user_agent(iphone),
            ("iPhone".to_owned(), "Safari 17".to_owned())
        );
        assert_eq!(
            describe_user_agent("curl/8.5"),
            (String::new(), String::new())
        );
    }
}
