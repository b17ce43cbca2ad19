//! The typed client of the portal's API, over `shared`'s request and answer types: `fetch`
//! through gloo-net's request builder (its `json` feature left out: the browser parses the
//! answer, and serde_json would be a second JSON reader in the bundle), and `XMLHttpRequest` for
//! multipart uploads, whose progress `fetch` cannot report. Measured in the portal's main module:
//! gloo-net's HTTP part costs 1.7 KB brotli over the hand-written `fetch` call it replaced.

use std::collections::BTreeMap;

use gloo_net::http::{Method, RequestBuilder};
use serde::Serialize;
use serde::de::DeserializeOwned;
use shared::api::{
    Created, ErrorBody, FEEDBACK_PATH, Fault, FieldError, MULTIPART_DATA, MULTIPART_FILES,
};
use shared::forms::feedback::Feedback;
use shared::requests::IDEMPOTENCY_KEY_HEADER;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FormData, ProgressEvent, Response, XmlHttpRequest};

use crate::lang;

/// Why a submission did not go through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// The server found problems with fields (422).
    Invalid(BTreeMap<String, Vec<FieldError>>),
    /// The server refused or failed, with words for it.
    Fault(String),
    /// Someone changed it first (409), with the server's words.
    Conflict(String),
    /// There is no such thing, or not for this person (404), with the server's words.
    Missing(String),
    /// The server could not be reached.
    Network,
}

impl SendError {
    /// The words for a failure where no field is to blame (an action without a form).
    pub fn words(self) -> String {
        match self {
            SendError::Fault(words) | SendError::Conflict(words) | SendError::Missing(words) => {
                words
            }
            SendError::Network => shared::ui::faults::NETWORK.get(lang()).to_owned(),
            SendError::Invalid(_) => Fault::BadRequest.text().get(lang()).to_owned(),
        }
    }
}

/// `POST /api/v1/feedback`: JSON without files; multipart with them, reporting the bytes sent
/// (`on_progress(sent, total)`) so each file can show how far it got.
pub async fn send_feedback(
    form: &Feedback,
    files: &[File],
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<Created, SendError> {
    if files.is_empty() {
        post(FEEDBACK_PATH, form).await
    } else {
        post_files(
            FEEDBACK_PATH,
            form,
            &[(MULTIPART_FILES, files)],
            on_progress,
        )
        .await
    }
}

/// `POST path` as multipart: `data` as JSON, then each part's files in order, reporting the
/// bytes sent (`on_progress(sent, total)`) so each file can show how far it got.
pub async fn post_files<T: Serialize, R: DeserializeOwned>(
    path: &str,
    data: &T,
    parts: &[(&str, &[File])],
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<R, SendError> {
    post_files_once(path, data, parts, "", on_progress).await
}

/// [`post_files`] with an idempotency key (unless empty): a retry of the same submission, after
/// a lost answer, makes nothing twice.
pub async fn post_files_once<T: Serialize, R: DeserializeOwned>(
    path: &str,
    data: &T,
    parts: &[(&str, &[File])],
    key: &str,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<R, SendError> {
    let body = multipart(data, parts).ok_or(SendError::Network)?;
    let (status, json) = post_multipart(path, &body, key, on_progress).await?;
    read_answer(status, json)
}

/// [`post`] with an idempotency key.
pub async fn post_once<T: Serialize, R: DeserializeOwned>(
    path: &str,
    data: &T,
    key: &str,
) -> Result<R, SendError> {
    let body = to_json(data).ok_or(SendError::Network)?;
    let (status, json) = fetch_json(Method::POST, path, Some(body), key).await?;
    read_answer(status, json)
}

/// A fresh idempotency key: 32 random hexadecimal digits from the browser's generator.
pub fn new_key() -> String {
    (0..4)
        .map(|_| {
            format!(
                "{:08x}",
                (js_sys::Math::random() * f64::from(u32::MAX)) as u32
            )
        })
        .collect()
}

/// `POST path` with `data` as JSON; the answer as `R` (use `()` for an empty answer).
pub async fn post<T: Serialize, R: DeserializeOwned>(path: &str, data: &T) -> Result<R, SendError> {
    let body = to_json(data).ok_or(SendError::Network)?;
    let (status, json) = fetch_json(Method::POST, path, Some(body), "").await?;
    read_answer(status, json)
}

/// `GET path`; the answer as `R`.
pub async fn get<R: DeserializeOwned>(path: &str) -> Result<R, SendError> {
    let (status, json) = fetch_json(Method::GET, path, None, "").await?;
    read_answer(status, json)
}

/// `GET path` made by the page itself (a live refresh), not by the person: the server does not
/// count it as activity and the session's idle clock here runs on, so an unattended page still
/// times out. A 401 still ends the session.
pub async fn get_in_background<R: DeserializeOwned>(path: &str) -> Result<R, SendError> {
    let (status, json) = fetch_json(Method::GET, path, None, BACKGROUND).await?;
    if status == 401 {
        crate::session::answered(status);
    }
    decode(status, json)
}

/// The `key` of [`fetch_json`] that marks a background request rather than an idempotency key.
const BACKGROUND: &str = "\u{0}background";

/// `PUT path` with `data` as JSON; the answer as `R`.
pub async fn put<T: Serialize, R: DeserializeOwned>(path: &str, data: &T) -> Result<R, SendError> {
    let body = to_json(data).ok_or(SendError::Network)?;
    let (status, json) = fetch_json(Method::PUT, path, Some(body), "").await?;
    read_answer(status, json)
}

/// `DELETE path`.
pub async fn delete(path: &str) -> Result<(), SendError> {
    let (status, json) = fetch_json(Method::DELETE, path, None, "").await?;
    read_answer(status, json)
}

/// Sends a request with `fetch` (JSON body when given, idempotency key unless empty); answers
/// the status and the parsed body.
async fn fetch_json(
    method: Method,
    path: &str,
    body: Option<String>,
    key: &str,
) -> Result<(u16, JsValue), SendError> {
    let mut request = RequestBuilder::new(path)
        .method(method)
        .header("Accept-Language", lang().tag());
    if key == BACKGROUND {
        request = request.header(shared::api::BACKGROUND_HEADER, "1");
    } else if !key.is_empty() {
        request = request.header(IDEMPOTENCY_KEY_HEADER, key);
    }
    let request = match body {
        Some(body) => request
            .header("Content-Type", "application/json")
            .body(body),
        None => request.build(),
    };
    let response: Response = request
        .map_err(|_| SendError::Network)?
        .send()
        .await
        .map_err(|_| SendError::Network)?
        .into();
    // The browser parses the JSON; only the typed mapping runs in wasm.
    let json = match response.json() {
        Ok(promise) => JsFuture::from(promise).await.unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    };
    Ok((response.status(), json))
}

/// POSTs a multipart body with `XMLHttpRequest`, the one browser API that reports upload
/// progress; answers the status and the parsed body.
async fn post_multipart(
    path: &str,
    body: &FormData,
    key: &str,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<(u16, JsValue), SendError> {
    let request = XmlHttpRequest::new().map_err(|_| SendError::Network)?;
    request.open("POST", path).map_err(|_| SendError::Network)?;
    let _ = request.set_request_header("Accept-Language", lang().tag());
    if !key.is_empty() {
        let _ = request.set_request_header(IDEMPOTENCY_KEY_HEADER, key);
    }
    let progress = Closure::<dyn Fn(ProgressEvent)>::new(move |event: ProgressEvent| {
        if event.length_computable() {
            on_progress(event.loaded(), event.total());
        }
    });
    if let Ok(upload) = request.upload() {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    let finished = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onload(Some(&resolve));
        request.set_onerror(Some(&reject));
        request.set_onabort(Some(&reject));
    });
    request
        .send_with_opt_form_data(Some(body))
        .map_err(|_| SendError::Network)?;
    let outcome = JsFuture::from(finished).await;
    // The listener must outlive the request; it is dropped only once the request is over.
    drop(progress);
    outcome.map_err(|_| SendError::Network)?;
    let status = request.status().map_err(|_| SendError::Network)?;
    let text = request.response_text().ok().flatten().unwrap_or_default();
    let json = js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL);
    Ok((status, json))
}

/// Reads a 2xx answer as `R`, anything else as the API's error shape. Every answer, by `fetch`
/// or by `XMLHttpRequest`, passes here: any answer to a signed-in person's request restarted the
/// session's idle clock on the server, so the SPA's own clock starts again too; a 401 means the
/// session is over.
fn read_answer<R: DeserializeOwned>(status: u16, json: JsValue) -> Result<R, SendError> {
    crate::session::answered(status);
    decode(status, json)
}

/// A 2xx answer as `R`, anything else as the API's error shape.
fn decode<R: DeserializeOwned>(status: u16, json: JsValue) -> Result<R, SendError> {
    if (200..300).contains(&status) {
        return serde_wasm_bindgen::from_value(json).map_err(|_| SendError::Network);
    }
    match serde_wasm_bindgen::from_value::<ErrorBody>(json) {
        Ok(body) if body.is_validation() => Err(SendError::Invalid(body.fields)),
        Ok(body) if status == 409 => Err(SendError::Conflict(body.message)),
        Ok(body) if status == 404 => Err(SendError::Missing(if body.message.is_empty() {
            Fault::NotFound.text().get(lang()).to_owned()
        } else {
            body.message
        })),
        Ok(body) if !body.message.is_empty() => Err(SendError::Fault(body.message)),
        _ => Err(SendError::Fault(
            Fault::Internal.text().get(lang()).to_owned(),
        )),
    }
}

/// The JSON text of `data`, written by the browser's `JSON.stringify`.
/// Maps (a flattened struct is one) become plain objects, not JS `Map`s, which `JSON.stringify`
/// would write as `{}`.
fn to_json<T: Serialize>(data: &T) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = data.serialize(&serializer).ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}

fn multipart<T: Serialize>(data: &T, parts: &[(&str, &[File])]) -> Option<FormData> {
    let form = FormData::new().ok()?;
    form.append_with_str(MULTIPART_DATA, &to_json(data)?).ok()?;
    for (part, files) in parts {
        for file in *files {
            form.append_with_blob_and_filename(part, file, &file.name())
                .ok()?;
        }
    }
    Some(form)
}
