//! The operator console over the API (SPEC §4, operator actions): the queues of an operator's
//! sections, one request with what the operator may do, internal notes, canned replies,
//! requests registered from calls and letters, queue membership and live updates.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::categories;
use crate::codes;
use crate::forms::FormErrors;
use crate::requests::{RequestChannel, RequestDetail, RequestView};
use crate::status::{OperatorAction, Status};

/// `GET`: a page of the operator's queues ([`QueueFilter`] → [`QueuePage`]); `POST`
/// [`crate::forms::on_behalf::OnBehalf`] with an `Idempotency-Key`: a call or a letter
/// registered as a request → `201` [`crate::api::Created`].
pub const CONSOLE_REQUESTS_PATH: &str = "/api/v1/console/requests";
/// `GET`: a stream of server-sent events, one [`QueueChange`] whenever a request of the
/// operator's sections arrives or changes.
pub const CONSOLE_EVENTS_PATH: &str = "/api/v1/console/events";
/// `GET`: the canned replies of the operator's sections → `Vec<`[`CannedReply`]`>`.
pub const CANNED_REPLIES_PATH: &str = "/api/v1/console/canned-replies";
/// `POST` [`CitizenQuery`]: citizens found by phone, e-mail, INN or SNILS →
/// `Vec<`[`CitizenMatch`]`>`. A `POST`, so no identifier ever travels in an address
/// (SECURITY.md).
pub const CITIZENS_PATH: &str = "/api/v1/console/citizens";
/// `GET`: every canned reply; `POST` [`crate::forms::canned_reply::CannedReplyForm`] → `201`.
/// Administrators only.
pub const ADMIN_CANNED_REPLIES_PATH: &str = "/api/v1/admin/canned-replies";

/// `GET`: one request of the operator's queues → [`OperatorRequest`].
pub fn console_request_path(number: &str) -> String {
    format!("{CONSOLE_REQUESTS_PATH}/{number}")
}

/// `POST`: the operator's `action` on a request; the body is the action's form (none for
/// taking). `204`; `409` when the request no longer allows it.
pub fn console_action_path(number: &str, action: OperatorAction) -> String {
    format!("{CONSOLE_REQUESTS_PATH}/{number}/{}", action.code())
}

/// `GET`: a file of a request of the operator's queues, as a download.
pub fn console_file_path(number: &str, file: &str) -> String {
    format!("{CONSOLE_REQUESTS_PATH}/{number}/files/{file}")
}

/// `PUT` [`CannedReplyForm`](crate::forms::canned_reply::CannedReplyForm) or `DELETE`: one
/// canned reply. Administrators only.
pub fn admin_canned_reply_path(id: i64) -> String {
    format!("{ADMIN_CANNED_REPLIES_PATH}/{id}")
}

/// `PUT` [`Sections`]: the queues a staff member works. Administrators only.
pub fn staff_sections_path(account_id: i64) -> String {
    format!(
        "{}/{account_id}/sections",
        crate::accounts::STAFF_ACCOUNTS_PATH
    )
}

/// Whose requests a queue shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Assignment {
    /// Those the operator has taken.
    Me,
    /// Those nobody has taken yet.
    Nobody,
}

impl Assignment {
    /// Both, in the order offered.
    pub const ALL: [Assignment; 2] = [Assignment::Me, Assignment::Nobody];

    /// The code in the API and in addresses.
    pub fn code(self) -> &'static str {
        match self {
            Assignment::Me => "me",
            Assignment::Nobody => "nobody",
        }
    }

    /// The assignment a code names.
    pub fn from_code(code: &str) -> Option<Assignment> {
        Assignment::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// Which requests of the operator's queues to show, as the console's address carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    /// One status, or all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// A section or a topic code; empty for all of the operator's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    /// Only those past their deadline while the clock runs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overdue: bool,
    /// Only those waiting for, or with, a senior operator.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub escalated: bool,
    /// Mine, or nobody's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned: Option<Assignment>,
    /// A request number or words of the subject and description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    /// 1-based page.
    #[serde(default = "first_page")]
    pub page: u32,
}

fn first_page() -> u32 {
    1
}

impl Default for QueueFilter {
    fn default() -> QueueFilter {
        QueueFilter {
            status: None,
            category: String::new(),
            overdue: false,
            escalated: false,
            assigned: None,
            q: String::new(),
            page: 1,
        }
    }
}

impl QueueFilter {
    /// The problem with the category, when it names no section or topic.
    pub fn check(&self) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        let category = self.category.trim();
        if !category.is_empty() && !categories::is_section_or_topic(category) {
            errors.add("category", codes::CATEGORY_UNKNOWN);
        }
        errors.into_result()
    }
}

/// One request in a queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    /// What the citizen's list shows too.
    pub summary: RequestView,
    /// How it came.
    pub channel: RequestChannel,
    /// Who has taken it (their e-mail), if anyone.
    pub assignee: Option<String>,
    /// Whether it waits for, or is with, a senior operator.
    pub escalated: bool,
    /// Whether anyone has answered yet.
    pub answered: bool,
}

/// A page of the operator's queues, ordered by deadline, then priority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuePage {
    /// The requests of the page.
    pub items: Vec<QueueItem>,
    /// How many match the filter.
    pub total: u64,
    /// This page, 1-based.
    pub page: u32,
    /// How many pages there are.
    pub pages: u32,
    /// The section codes the operator works, in the tree's order.
    pub sections: Vec<String>,
}

/// Who a request is from, as an operator sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requester {
    /// Full name, or empty when the profile has none.
    pub name: String,
    /// Contact phone.
    pub phone: String,
    /// Contact e-mail.
    pub email: String,
    /// Whether they have an account on the portal.
    pub has_account: bool,
    /// Whether an operator has confirmed their identity.
    pub identity_confirmed: bool,
}

/// An internal note on a request: operators only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InternalNote {
    /// Who wrote it (their e-mail).
    pub author: String,
    /// The note.
    pub text: String,
    /// When.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// One request of the operator's queues, whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorRequest {
    /// What the citizen sees (its `actions` are the citizen's, left empty here).
    pub detail: RequestDetail,
    /// Who it is from.
    pub requester: Requester,
    /// Who has taken it (their e-mail), if anyone.
    pub assignee: Option<String>,
    /// Whether it waits for, or is with, a senior operator.
    pub escalated: bool,
    /// Internal notes, oldest first.
    pub notes: Vec<InternalNote>,
    /// What this operator may do now.
    pub actions: Vec<OperatorAction>,
    /// The notifications the requester was sent about it, newest first, with their delivery.
    #[serde(default)]
    pub notifications: Vec<crate::notifications::SentNotification>,
}

/// A canned reply, to insert and edit before sending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CannedReply {
    /// Its id.
    pub id: i64,
    /// What it is picked by.
    pub title: String,
    /// The text.
    pub text: String,
    /// The section it is for; empty for all.
    pub section: String,
}

/// A citizen found for a call or a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenMatch {
    /// The account's id, sent back in the registration form.
    pub id: i64,
    /// Full name, or empty when the profile has none.
    pub name: String,
    /// Phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
}

/// The body of [`CITIZENS_PATH`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenQuery {
    /// A phone number, e-mail, INN or SNILS in any usual spelling.
    #[serde(default)]
    pub q: String,
}

/// The sections a staff member works.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sections {
    /// Section codes of the category tree.
    pub sections: Vec<String>,
}

impl Sections {
    /// The problem when a code names no section.
    pub fn check(&self) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        if self
            .sections
            .iter()
            .any(|code| categories::section(code).is_none())
        {
            errors.add("sections", codes::SECTION_UNKNOWN);
        }
        errors.into_result()
    }
}

/// What the live stream says: this request arrived or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueChange {
    /// Its number.
    pub number: String,
}
