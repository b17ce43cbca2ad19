//! Support requests over the API (SPEC §4): the paths, the idempotency key every creation
//! carries (SECURITY.md), and a request as its owner sees it.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::attachments::FileKind;
use crate::categories::{self, Priority};
use crate::codes;
use crate::dates::{MOSCOW, parse_date};
use crate::forms::FormErrors;
use crate::forms::rating::Rating;
use crate::forms::rejection::Rejection;
use crate::forms::support_request::SupportRequest;
use crate::lang::Text;
use crate::status::{Action, Actor, CitizenAction, Status};

/// `POST` a [`crate::forms::support_request::SupportRequest`] (JSON, or multipart with a `data`
/// part and `files` parts) with an [`IDEMPOTENCY_KEY_HEADER`] → `201` [`crate::api::Created`].
pub const REQUESTS_PATH: &str = "/api/v1/requests";

/// `GET` one of the signed-in person's requests → [`RequestDetail`]; anyone else's is `404`.
pub fn request_path(number: &str) -> String {
    format!("{REQUESTS_PATH}/{number}")
}

/// `GET` a file of one's own request or of its thread, as a download.
pub fn request_file_path(number: &str, file: &str) -> String {
    format!("{REQUESTS_PATH}/{number}/files/{file}")
}

/// Where the citizen takes `action`: `POST` a [`crate::forms::reply::Reply`] (JSON, or
/// multipart `data` and `files`) with an [`IDEMPOTENCY_KEY_HEADER`] to reply (a creation), `{}`
/// to close or reopen, a [`crate::forms::escalation::Escalation`] to escalate, a [`Rating`] to
/// rate (state changes: a retry after a lost answer gets `409`, and the request shows the change)
/// → `204` (a reply `201`); `409` when
/// the request, as it stands now, does not allow it. Filing a
/// linked request is a new request naming this one, so it has no path here.
pub fn action_path(number: &str, action: CitizenAction) -> Option<String> {
    let segment = match action {
        CitizenAction::Reply => "messages",
        CitizenAction::Close => "close",
        CitizenAction::Reopen => "reopen",
        CitizenAction::Escalate => "escalation",
        CitizenAction::Rate => "rating",
        CitizenAction::FileLinked => return None,
    };
    Some(format!("{REQUESTS_PATH}/{number}/{segment}"))
}

/// The header that names one submission: a retry with the same key and body gets the first
/// answer, never a second request.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
/// Fewest characters of a key: enough randomness not to collide by chance.
pub const IDEMPOTENCY_KEY_MIN: usize = 16;
/// Most characters of a key.
pub const IDEMPOTENCY_KEY_MAX: usize = 100;

/// Whether `key` can name a submission: 16–100 letters, digits, `-` or `_` (a UUID will do).
pub fn is_idempotency_key(key: &str) -> bool {
    (IDEMPOTENCY_KEY_MIN..=IDEMPOTENCY_KEY_MAX).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A request as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    /// `2026-000123`.
    pub number: String,
    /// Where it stands.
    pub status: Status,
    /// The subcategory's code.
    pub category: String,
    /// The subject as written.
    pub subject: String,
    /// How urgent it is.
    pub priority: Priority,
    /// When it was registered.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When the first answer is due.
    #[serde(with = "time::serde::rfc3339")]
    pub first_response_due: OffsetDateTime,
    /// When it must be resolved.
    #[serde(with = "time::serde::rfc3339")]
    pub due: OffsetDateTime,
}

/// A file of a request or of a message in its thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileView {
    /// Its id, for [`request_file_path`].
    pub id: String,
    /// The name it was sent with, cleaned.
    pub name: String,
    /// Its type, by its content.
    pub kind: FileKind,
    /// Bytes.
    pub size: u64,
}

/// Who wrote a message of the thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    /// The person who filed the request.
    Citizen,
    /// The contact centre.
    Operator,
}

/// One message of a request's thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadMessage {
    /// Who wrote it.
    pub author: Author,
    /// What they wrote.
    pub text: String,
    /// When.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Its files.
    pub files: Vec<FileView>,
}

/// What happened to a request, as its journal says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// It was filed.
    Registered,
    /// A status change of the transition table.
    Moved(Action),
    /// The citizen or an operator asked for a senior operator.
    Escalated,
    /// An operator extended the deadline.
    Extended,
    /// An operator took a request already in work (after a transfer, an escalation or a
    /// reopening).
    Assigned,
    /// An operator wrote in the thread.
    Replied,
    /// Moved to another section's queue (the topic shows where).
    Transferred,
    /// A senior operator kept the answer or refusal the citizen disputed.
    Upheld,
}

impl Event {
    /// The event as the timeline names it.
    pub fn name(self) -> Text {
        let text = |ru, en| Text { ru, en };
        match self {
            Event::Registered => text("Обращение зарегистрировано", "Request registered"),
            Event::Moved(Action::Take) => text("Взято в работу", "Taken into work"),
            Event::Moved(Action::RequestDocuments) => {
                text("Запрошены документы или сведения", "Documents requested")
            }
            Event::Moved(Action::CitizenReplied) => {
                text("Получен ответ заявителя", "Your reply received")
            }
            Event::Moved(Action::Resolve) => text("Дан ответ", "Answered"),
            Event::Moved(Action::CitizenClose) => text("Завершено заявителем", "Closed by you"),
            Event::Moved(Action::Reject) => text("Отказано", "Rejected"),
            Event::Moved(Action::Reopen) => text("Открыто повторно", "Reopened"),
            Event::Escalated => text("Передано старшему оператору", "Passed to a senior operator"),
            Event::Extended => text("Срок продлён", "Deadline extended"),
            Event::Assigned => text("Назначен оператор", "Operator assigned"),
            Event::Replied => text("Ответ оператора", "Operator replied"),
            Event::Transferred => text("Передано в другой раздел", "Moved to another section"),
            Event::Upheld => text(
                "Старший оператор оставил решение в силе",
                "A senior operator kept the decision",
            ),
        }
    }
}

/// One line of a request's journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    /// When.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Who.
    pub actor: Actor,
    /// What happened.
    pub event: Event,
    /// The status before, if it changed.
    pub from: Option<Status>,
    /// The status after.
    pub to: Status,
    /// What the actor wrote with it (a reason, what is needed).
    pub note: String,
}

/// The deadline's one extension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    /// The deadline before it was extended.
    #[serde(with = "time::serde::rfc3339")]
    pub previous_due: OffsetDateTime,
    /// Why.
    pub reason: String,
}

/// How a request reached the portal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestChannel {
    /// Filed by the citizen on the portal.
    #[default]
    Portal,
    /// A call to the contact centre, registered by an operator.
    Phone,
    /// An e-mail to the contact centre, registered by an operator.
    Email,
    /// A conversation in the online chat: the citizen's message left when no operator could
    /// answer, or registered by the chat's operator.
    Chat,
}

impl RequestChannel {
    /// Every channel.
    pub const ALL: [RequestChannel; 4] = [
        RequestChannel::Portal,
        RequestChannel::Phone,
        RequestChannel::Email,
        RequestChannel::Chat,
    ];

    /// The channel's code in the API and the database.
    pub fn code(self) -> &'static str {
        match self {
            RequestChannel::Portal => "portal",
            RequestChannel::Phone => "phone",
            RequestChannel::Email => "email",
            RequestChannel::Chat => "chat",
        }
    }

    /// The channel a code names.
    pub fn from_code(code: &str) -> Option<RequestChannel> {
        RequestChannel::ALL.into_iter().find(|c| c.code() == code)
    }

    /// How the request came, in words.
    pub fn name(self) -> Text {
        match self {
            RequestChannel::Portal => Text {
                ru: "Через портал",
                en: "On the portal",
            },
            RequestChannel::Phone => Text {
                ru: "По телефону",
                en: "By phone",
            },
            RequestChannel::Email => Text {
                ru: "По электронной почте",
                en: "By email",
            },
            RequestChannel::Chat => Text {
                ru: "Из чата",
                en: "From the chat",
            },
        }
    }
}

/// One request, whole, as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestDetail {
    /// What the list shows; `due` is the deadline now in force.
    pub summary: RequestView,
    /// The form as filed.
    pub form: SupportRequest,
    /// The files filed with it.
    pub files: Vec<FileView>,
    /// The conversation, oldest first.
    pub thread: Vec<ThreadMessage>,
    /// Status changes and other events, oldest first.
    pub journal: Vec<JournalEntry>,
    /// The deadline's extension, if any.
    pub extension: Option<Extension>,
    /// The citizen's rating, once given.
    pub rating: Option<Rating>,
    /// How it came: on the portal, or by a call or an e-mail an operator registered.
    #[serde(default)]
    pub channel: RequestChannel,
    /// Why it was refused and what to fix, once refused.
    #[serde(default)]
    pub rejection: Option<Rejection>,
    /// What the citizen may do now.
    pub actions: Vec<CitizenAction>,
}

/// Requests on one page of «Мои обращения».
pub const PAGE_SIZE: u32 = 20;

/// How «Мои обращения» is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListOrder {
    /// Newest first.
    #[default]
    Newest,
    /// Grouped by status in the order of the journey, newest first within each.
    ByStatus,
}

fn first_page() -> u32 {
    1
}

/// `GET /api/v1/requests?...`: which of the signed-in person's requests to list. Every field is
/// optional; the dates are `ДД.ММ.ГГГГ`, Moscow time, both days included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestFilter {
    /// Only this status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Only this subcategory (or every subcategory of this section).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    /// Registered on or after this day.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// Registered on or before this day.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub to: String,
    /// A request number, or words of the subject or description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    /// The order.
    #[serde(default)]
    pub order: ListOrder,
    /// The page, from 1.
    #[serde(default = "first_page")]
    pub page: u32,
}

impl Default for RequestFilter {
    fn default() -> RequestFilter {
        RequestFilter {
            status: None,
            category: String::new(),
            from: String::new(),
            to: String::new(),
            q: String::new(),
            order: ListOrder::Newest,
            page: 1,
        }
    }
}

/// The moments a checked filter's dates stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// The start of the first day, if any.
    pub from: Option<OffsetDateTime>,
    /// The start of the day after the last, if any (exclusive).
    pub until: Option<OffsetDateTime>,
}

impl RequestFilter {
    /// Every problem of the filter (`from`, `to`, `category`), or the period its dates cover.
    pub fn check(&self) -> Result<Period, FormErrors> {
        let mut errors = FormErrors::new();
        let day = |raw: &str, field: &str, errors: &mut FormErrors| {
            if raw.trim().is_empty() {
                return None;
            }
            let date = parse_date(raw);
            if date.is_none() {
                errors.add(field, codes::DATE_FORMAT);
            }
            date
        };
        let from = day(&self.from, "from", &mut errors);
        let to = day(&self.to, "to", &mut errors);
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            errors.add("to", codes::DATE_RANGE_ORDER);
        }
        let category = self.category.trim();
        if !category.is_empty() && !categories::is_section_or_topic(category) {
            errors.add("category", codes::CATEGORY_UNKNOWN);
        }
        errors.into_result()?;
        let start = |date: time::Date| date.midnight().assume_offset(MOSCOW);
        Ok(Period {
            from: from.map(start),
            // The last day there is has no day after it: the period is open then.
            until: to.and_then(time::Date::next_day).map(start),
        })
    }
}

/// One page of «Мои обращения».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestPage {
    /// The requests of this page.
    pub items: Vec<RequestView>,
    /// How many match the filter in all.
    pub total: u64,
    /// This page, from 1.
    pub page: u32,
    /// How many pages there are (at least 1).
    pub pages: u32,
}

/// The words of a request that searching looks in: subject and description, lower-cased.
pub fn search_text(subject: &str, description: &str) -> String {
    format!("{} {}", subject.trim(), description.trim()).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_checks_its_dates_and_category() {
        let filter = RequestFilter {
            from: "10.11.2026".into(),
            to: "01.11.2026".into(),
            category: "no.such".into(),
            ..RequestFilter::default()
        };
        let errors = filter.check().unwrap_err();
        assert_eq!(errors.codes("to"), [codes::DATE_RANGE_ORDER]);
        assert_eq!(errors.codes("category"), [codes::CATEGORY_UNKNOWN]);
        let bad_day = RequestFilter {
            from: "31.02.2026".into(),
            ..RequestFilter::default()
        };
        assert_eq!(
            bad_day.check().unwrap_err().codes("from"),
            [codes::DATE_FORMAT]
        );
        let period = RequestFilter {
            from: "01.11.2026".into(),
            to: "01.11.2026".into(),
            category: "cabinet".into(),
            ..RequestFilter::default()
        }
        .check()
        .unwrap();
        assert_eq!(
            period.from,
            Some(time::macros::datetime!(2026-11-01 00:00 +3))
        );
        assert_eq!(
            period.until,
            Some(time::macros::datetime!(2026-11-02 00:00 +3))
        );
    }

    #[test]
    fn the_last_day_there_is_does_not_overflow() {
        let filter = RequestFilter {
            from: "01.01.1000".into(),
            to: "31.12.9999".into(),
            ..RequestFilter::default()
        };
        let period = filter.check().unwrap();
        assert_eq!(period.until, None);
    }

    #[test]
    fn the_searched_text_is_subject_and_description() {
        assert_eq!(search_text(" Тема ", "Описание"), "тема описание");
    }

    #[test]
    fn keys_are_long_enough_and_plain() {
        assert!(is_idempotency_key("0b6f3c2e-6a1d-4f7e-9a57-3c2d1e0f9a8b"));
        assert!(!is_idempotency_key("short"));
        assert!(!is_idempotency_key(&"a".repeat(101)));
        assert!(!is_idempotency_key("ключ-ключ-ключ-ключ"));
        assert!(!is_idempotency_key("with space in the middle"));
    }
}
