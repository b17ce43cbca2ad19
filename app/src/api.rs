//! The typed client of the portal's API, over `shared`'s request and answer types. It calls the
//! browser's `fetch` directly: a general HTTP client would add more to the bundle than it saves.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;
use shared::api::{
    Created, ErrorBody, FEEDBACK_PATH, Fault, FieldError, MULTIPART_DATA, MULTIPART_FILES,
};
use shared::forms::feedback::Feedback;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FormData, Headers, RequestInit, Response};

use crate::lang;

/// Why a submission did not go through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// The server found problems with fields (422).
    Invalid(BTreeMap<String, Vec<FieldError>>),
    /// The server refused or failed, with words for it.
    Fault(String),
    /// The server could not be reached.
    Network,
}

/// A request body: JSON, or multipart with files.
enum Body<'a, T> {
    Json(&'a T),
    Multipart(&'a T, &'a [File]),
}

/// `POST /api/v1/feedback`: JSON without files, multipart with them.
pub async fn send_feedback(form: &Feedback, files: &[File]) -> Result<Created, SendError> {
    let body = if files.is_empty() {
        Body::Json(form)
    } else {
        Body::Multipart(form, files)
    };
    post(FEEDBACK_PATH, body).await
}

/// POSTs `body` and reads a `201` answer as `R`, anything else as the API's error shape.
async fn post<T: Serialize, R: DeserializeOwned>(
    path: &str,
    body: Body<'_, T>,
) -> Result<R, SendError> {
    let headers = Headers::new().map_err(|_| SendError::Network)?;
    let _ = headers.set("Accept-Language", lang().tag());
    let init = RequestInit::new();
    init.set_method("POST");
    match body {
        Body::Json(data) => {
            let _ = headers.set("Content-Type", "application/json");
            init.set_body(&JsValue::from_str(
                &to_json(data).ok_or(SendError::Network)?,
            ));
        }
        Body::Multipart(data, files) => {
            let form: JsValue = multipart(data, files).ok_or(SendError::Network)?.into();
            init.set_body(&form);
        }
    }
    init.set_headers(&headers);
    let window = web_sys::window().ok_or(SendError::Network)?;
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|_| SendError::Network)?
        .dyn_into()
        .map_err(|_| SendError::Network)?;
    // The browser parses the JSON; only the typed mapping runs in wasm.
    let json = match response.json() {
        Ok(promise) => JsFuture::from(promise).await.unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    };
    if response.status() == 201 {
        return serde_wasm_bindgen::from_value(json).map_err(|_| SendError::Network);
    }
    match serde_wasm_bindgen::from_value::<ErrorBody>(json) {
        Ok(body) if body.is_validation() => Err(SendError::Invalid(body.fields)),
        Ok(body) if !body.message.is_empty() => Err(SendError::Fault(body.message)),
        _ => Err(SendError::Fault(
            Fault::Internal.text().get(lang()).to_owned(),
        )),
    }
}

/// The JSON text of `data`, written by the browser's `JSON.stringify`.
fn to_json<T: Serialize>(data: &T) -> Option<String> {
    let value = serde_wasm_bindgen::to_value(data).ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}

fn multipart<T: Serialize>(data: &T, files: &[File]) -> Option<FormData> {
    let form = FormData::new().ok()?;
    form.append_with_str(MULTIPART_DATA, &to_json(data)?).ok()?;
    for file in files {
        form.append_with_blob_and_filename(MULTIPART_FILES, file, &file.name())
            .ok()?;
    }
    Some(form)
}
