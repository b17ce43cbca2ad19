//! Responses the handlers share.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// A text the browser saves as a file: its media type (with its charset) and its file name.
pub struct TextFile {
    /// The text.
    pub body: String,
    /// `text/plain; charset=utf-8`, `text/csv; charset=utf-8`.
    pub media_type: &'static str,
    /// The name it is saved under.
    pub name: String,
}

impl IntoResponse for TextFile {
    fn into_response(self) -> Response {
        let mut response = self.body.into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.media_type),
        );
        if let Ok(disposition) =
            HeaderValue::from_str(&format!("attachment; filename=\"{}\"", self.name))
        {
            headers.insert(header::CONTENT_DISPOSITION, disposition);
        }
        response
    }
}
