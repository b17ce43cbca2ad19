//! Types of the HTTP API, shared by the server and the SPA's client.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::forms::FormErrors;
use crate::lang::{Lang, Text};

/// `GET`: the category tree.
pub const CATEGORIES_PATH: &str = "/api/v1/categories";
/// `POST`: anonymous feedback.
pub const FEEDBACK_PATH: &str = "/api/v1/feedback";
/// A request the page makes by itself (the console's live refresh), not the person: it does not
/// count as activity, so an unattended page still times out.
pub const BACKGROUND_HEADER: &str = "x-portal-background";
/// Name of the multipart part holding the JSON of a form.
pub const MULTIPART_DATA: &str = "data";
/// Name of the multipart parts holding files.
pub const MULTIPART_FILES: &str = "files";
/// Field name under which file problems are reported.
pub const FILES_FIELD: &str = "files";

/// `value` percent-encoded for an address's query: every byte but the unreserved ones of RFC 3986.
pub fn encode_component(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A created request: `201` with its number and when the answer is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    /// The request number, `2026-000123`.
    pub number: String,
    /// When the answer is due, by the topic's kind over the production calendar.
    #[serde(with = "time::serde::rfc3339")]
    pub due: time::OffsetDateTime,
}

/// One problem with a field, in the language the client asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Stable code.
    pub code: String,
    /// Words in the asked language.
    pub message: String,
}

/// Faults that are not about what the user typed; each has its own page or banner in the SPA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// The body was not the JSON the endpoint expects.
    BadRequest,
    /// No session, or it has ended.
    Unauthorized,
    /// The request came from another site or without the required headers, or the account may
    /// not do this.
    Forbidden,
    /// Nothing here, or not yours.
    NotFound,
    /// The body is larger than the endpoint accepts.
    PayloadTooLarge,
    /// Neither `application/json` nor `multipart/form-data`.
    UnsupportedMediaType,
    /// Someone changed it first (another operator decided, a request was sent already).
    Conflict,
    /// Too many attempts; try later.
    TooManyRequests,
    /// Something broke on the server.
    Internal,
}

impl Fault {
    /// The words shown for the fault.
    pub fn text(self) -> Text {
        match self {
            Fault::BadRequest => Text {
                ru: "Сервер не смог прочитать запрос. Обновите страницу и отправьте форму ещё раз",
                en: "The server could not read the request. Reload the page and send the form again",
            },
            Fault::Unauthorized => Text {
                ru: "Войдите на портал, чтобы продолжить",
                en: "Sign in to continue",
            },
            Fault::Forbidden => Text {
                ru: "Запрос отклонён: отправьте форму со страницы портала",
                en: "The request was refused: send the form from the portal's page",
            },
            Fault::NotFound => Text {
                ru: "Страница не найдена",
                en: "Page not found",
            },
            Fault::PayloadTooLarge => Text {
                ru: "Запрос слишком большой: все файлы вместе должны быть не больше 20 МБ",
                en: "The request is too large: all files together must be smaller than 20 MB",
            },
            Fault::UnsupportedMediaType => Text {
                ru: "Сервер принимает только JSON или multipart/form-data",
                en: "The server accepts only JSON or multipart/form-data",
            },
            Fault::Conflict => Text {
                ru: "Это уже изменили. Обновите страницу, чтобы увидеть, что сейчас",
                en: "This has changed already. Reload the page to see where it stands",
            },
            Fault::TooManyRequests => Text {
                ru: "Слишком много попыток. Подождите немного и попробуйте снова",
                en: "Too many attempts. Wait a little and try again",
            },
            Fault::Internal => Text {
                ru: "Сервис временно не работает. Попробуйте позже или позвоните 8 800 100-70-10",
                en: "The service is not working right now. Try later or call 8 800 100-70-10",
            },
        }
    }
}

/// The `error` of a validation answer.
pub const VALIDATION_ERROR: &str = "validation";

impl Fault {
    /// The fault's stable code, as in the `error` field: `not_found`.
    pub fn code(self) -> &'static str {
        match self {
            Fault::BadRequest => "bad_request",
            Fault::Unauthorized => "unauthorized",
            Fault::Forbidden => "forbidden",
            Fault::NotFound => "not_found",
            Fault::PayloadTooLarge => "payload_too_large",
            Fault::UnsupportedMediaType => "unsupported_media_type",
            Fault::Conflict => "conflict",
            Fault::TooManyRequests => "too_many_requests",
            Fault::Internal => "internal",
        }
    }
}

/// The body of every error answer: `{"error":"validation","fields":{...}}` for a form that did not
/// pass (naming every bad field and no good one), `{"error":"<fault>","message":"..."}` otherwise.
/// A flat struct rather than an enum: it reads in one pass, which keeps the browser bundle small.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// `validation`, or a [`Fault`] code.
    pub error: String,
    /// For `validation`: field → its problems.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, Vec<FieldError>>,
    /// For faults: words for what went wrong.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
}

impl ErrorBody {
    /// The body for a form's problems, worded in `lang`.
    pub fn validation(errors: &FormErrors, lang: Lang) -> ErrorBody {
        let fields = errors
            .fields()
            .iter()
            .map(|(field, problems)| {
                let list = problems
                    .iter()
                    .map(|p| FieldError {
                        code: p.code.clone(),
                        message: p.message.get(lang).to_owned(),
                    })
                    .collect();
                (field.clone(), list)
            })
            .collect();
        ErrorBody {
            error: VALIDATION_ERROR.to_owned(),
            fields,
            message: String::new(),
        }
    }

    /// The body for a fault, worded in `lang`.
    pub fn fault(fault: Fault, lang: Lang) -> ErrorBody {
        ErrorBody {
            error: fault.code().to_owned(),
            fields: BTreeMap::new(),
            message: fault.text().get(lang).to_owned(),
        }
    }

    /// Whether this is a validation answer.
    pub fn is_validation(&self) -> bool {
        self.error == VALIDATION_ERROR
    }
}
