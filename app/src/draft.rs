//! Drafts kept in the browser's `localStorage`, so that what was typed survives a reload or a
//! lost connection until it is sent.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Where the draft of «Новое обращение» is kept.
pub const REQUEST_DRAFT: &str = "portal.request-draft";
/// Where the key of the request being sent is kept until it is registered.
pub const REQUEST_KEY: &str = "portal.request-key";
/// Set when the details step passed its check, cleared by any later change of the draft.
pub const REQUEST_CHECKED: &str = "portal.request-checked";
/// Where the key of a reply being sent is kept, by request number.
pub const REPLY_KEY_PREFIX: &str = "portal.reply-key.";
/// This browser's random token for «Была ли статья полезной?»: its answer to an article counts
/// once. It names nobody, so it outlives sessions.
pub const ARTICLE_VOTER: &str = "portal.article-voter";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Keeps `value` under `key` (quietly not, where the browser refuses storage).
pub fn save<T: Serialize>(key: &str, value: &T) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let text = value
        .serialize(&serializer)
        .ok()
        .and_then(|json| js_sys::JSON::stringify(&json).ok())
        .and_then(|text| text.as_string());
    if let (Some(storage), Some(text)) = (storage(), text) {
        let _ = storage.set_item(key, &text);
    }
}

/// The value kept under `key`, if any and if it still reads as a `T`.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok()??;
    let json = js_sys::JSON::parse(&text).ok()?;
    serde_wasm_bindgen::from_value(json).ok()
}

/// Forgets the value under `key`.
pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Forgets what one person left in this browser (the request draft and its key): called when a
/// session starts or ends, so that the next person on a shared computer finds none of it.
/// (Reply keys are random and name nothing personal; they go when their reply is sent.)
pub fn forget_personal() {
    for key in [REQUEST_DRAFT, REQUEST_KEY, REQUEST_CHECKED] {
        clear(key);
    }
}

/// The idempotency key kept under `name`, made and kept now if there is none: a reload after a
/// lost answer sends the same submission again, not a second one. Forget it once it succeeded.
pub fn lasting_key(name: &str) -> String {
    if let Some(key) = load::<String>(name) {
        return key;
    }
    let key = crate::api::new_key();
    save(name, &key);
    key
}

/// Where the articles read in this browser tab are kept: `sessionStorage`, so they go with the
/// tab and are not left to the next person.
const READ_KEY: &str = "portal.articles-read";

fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The articles read in this tab, oldest first, at most
/// [`READ_ARTICLES_MAX`](shared::forms::support_request::READ_ARTICLES_MAX).
pub fn read_in_this_tab() -> Vec<i64> {
    tab_storage()
        .and_then(|storage| storage.get_item(READ_KEY).ok().flatten())
        .map(|kept| kept.split(',').filter_map(|id| id.parse().ok()).collect())
        .unwrap_or_default()
}

/// Notes that article `id` was read here: a request filed next counts for it.
pub fn remember_read(id: i64) {
    let mut read = read_in_this_tab();
    read.retain(|other| *other != id);
    read.push(id);
    let start = read
        .len()
        .saturating_sub(shared::forms::support_request::READ_ARTICLES_MAX);
    let kept: Vec<String> = read[start..].iter().map(i64::to_string).collect();
    if let Some(storage) = tab_storage() {
        let _ = storage.set_item(READ_KEY, &kept.join(","));
    }
}

/// Forgets the articles read: the request they led to is filed, or the session ended (not when
/// it starts: what was read before signing in led to the request).
pub fn forget_read() {
    if let Some(storage) = tab_storage() {
        let _ = storage.remove_item(READ_KEY);
    }
}
