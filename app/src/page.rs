//! The pages of the SPA as a type, so links and redirects never spell paths by hand.

use shared::api::encode_component as encode;
use shared::callbacks::{CALLBACKS_PAGE, CONSOLE_CALLBACKS_PAGE, NEW_CALLBACK_PAGE};
use shared::console::{Assignment, QueueFilter};
use shared::notifications::{FEED_PAGE, FeedFilter, Kind, SETTINGS_PAGE};
use shared::requests::{ListOrder, RequestFilter};
use shared::statistics::StatisticsFilter;
use shared::status::{OperatorAction, Status};

/// A page of the portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// Help centre home.
    Home,
    /// Anonymous feedback form.
    Feedback,
    /// Confirmation after feedback was sent.
    FeedbackSent {
        /// The request number.
        number: String,
        /// When the answer is due, `ДД.ММ.ГГГГ`.
        due: String,
    },
    /// Sign-in.
    SignIn {
        /// Shown after an idle session ended: says why.
        timed_out: bool,
    },
    /// Registration.
    Register,
    /// Password recovery.
    Recover,
    /// «Личный кабинет».
    Account {
        /// Just registered: a welcome banner.
        welcome: bool,
    },
    /// «Безопасность»: sessions, password, second factor.
    Security,
    /// «Мои данные».
    Profile,
    /// A new phone (`phone`) or e-mail, confirmed by a code.
    ChangeContact {
        /// The phone rather than the e-mail.
        phone: bool,
    },
    /// «Подтверждение личности»: scans of the passport and SNILS.
    Identity,
    /// «Сотрудники»: an administrator lists and creates contact-centre accounts.
    StaffAccounts,
    /// The people waiting for the confirmation of their identity.
    IdentityQueue {
        /// A decision was just saved: a banner says so.
        decided: bool,
    },
    /// One person's scans and the decision about them.
    IdentityCase {
        /// Their account.
        account_id: i64,
    },
    /// «Мои обращения», filtered.
    MyRequests {
        /// Which requests, in which order, which page.
        filter: RequestFilter,
    },
    /// One of the citizen's requests.
    Request {
        /// Its number.
        number: String,
    },
    /// A message in a request's thread, with files.
    ReplyToRequest {
        /// The request's number.
        number: String,
    },
    /// Rating a closed request.
    RateRequest {
        /// The request's number.
        number: String,
    },
    /// Asking for a senior operator.
    EscalateRequest {
        /// The request's number.
        number: String,
    },
    /// «Новое обращение», first step: the topic.
    NewRequest {
        /// The number of an earlier request it follows from (prefilled from it), or empty.
        related: String,
    },
    /// «Новое обращение»: the topic's own fields, the subject, description, contacts.
    RequestDetails,
    /// «Новое обращение»: files.
    RequestFiles,
    /// The check of a new request's answers before it is sent.
    CheckRequest,
    /// The confirmation of a registered request.
    RequestSent {
        /// Its number.
        number: String,
        /// When the answer is expected, `ДД.ММ.ГГГГ`.
        due: String,
    },
    /// «Рабочее место»: the operator's queues, filtered.
    Queue {
        /// Which requests, which page.
        filter: QueueFilter,
    },
    /// One request of the operator's queues.
    ConsoleRequest {
        /// Its number.
        number: String,
        /// The action just done: a banner says so.
        done: Option<OperatorAction>,
    },
    /// The form of one operator action on a request.
    ConsoleAction {
        /// The request's number.
        number: String,
        /// Which action.
        action: OperatorAction,
    },
    /// A call or a letter registered as a request.
    RegisterCall,
    /// The confirmation of a registered call or letter.
    CallRegistered {
        /// The new request's number.
        number: String,
        /// When the answer is due, `ДД.ММ.ГГГГ`.
        due: String,
    },
    /// The statistics of a period.
    Statistics {
        /// The period.
        filter: StatisticsFilter,
    },
    /// «Шаблоны ответов»: an administrator keeps the canned replies.
    CannedReplies,
    /// The queues one operator works, as an administrator sets them.
    StaffSections {
        /// Their account.
        account_id: i64,
    },
    /// The feed of notifications, filtered.
    Notifications {
        /// Which notifications.
        filter: FeedFilter,
    },
    /// «Настройки → Уведомления»: what to be told about, and how.
    NotificationSettings,
    /// «Обратные звонки»: the citizen's call-backs.
    Callbacks {
        /// One was just booked: a banner says so.
        booked: bool,
    },
    /// «Заказать обратный звонок».
    NewCallback,
    /// The operators' call-backs.
    ConsoleCallbacks {
        /// The finished ones instead of those to make.
        finished: bool,
    },
}

/// Which bundle shows a page. Each is its own download, so a citizen reading the help centre never
/// loads the account pages' code, and each stays within the size budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The help centre and feedback (`index.html`).
    HelpCentre,
    /// Sign-in, registration and recovery (`access.html`).
    Access,
    /// «Личный кабинет» and «Безопасность» (`account.html`).
    Account,
    /// «Мои данные» and changing a contact (`profile.html`).
    Profile,
    /// «Подтверждение личности» (`identity.html`): the file upload is a bundle's worth of code.
    Identity,
    /// The operators' pages (`staff.html`).
    Staff,
    /// The administrator's pages (`admin.html`).
    Admin,
    /// «Мои обращения» (`requests.html`).
    Requests,
    /// One request (`request.html`).
    Request,
    /// A reply in a request's thread (`request-reply.html`).
    RequestReply,
    /// Rating and escalating a request (`request-feedback.html`).
    RequestFeedback,
    /// «Новое обращение»: the topic (`request-topic.html`).
    RequestTopic,
    /// «Новое обращение»: the details (`request-details.html`).
    RequestDetails,
    /// «Новое обращение»: files, check and confirmation (`request-send.html`).
    RequestSend,
    /// «Рабочее место»: the queues (`console.html`).
    Console,
    /// One request in the console (`console-request.html`).
    ConsoleRequest,
    /// The operator's writing: reply, documents, answer, note (`console-write.html`).
    ConsoleWrite,
    /// The operator's decisions: refusal, extension, escalation, transfer
    /// (`console-decide.html`).
    ConsoleDecide,
    /// A call or a letter registered (`console-new.html`).
    ConsoleNew,
    /// The statistics (`statistics.html`).
    Statistics,
    /// «Шаблоны ответов» (`canned.html`).
    Canned,
    /// Anonymous feedback and its confirmation (`feedback.html`).
    Feedback,
    /// An operator's sections, as an administrator sets them (`sections.html`).
    Sections,
    /// The notifications' feed and settings (`notifications.html`).
    Notifications,
    /// The citizen's call-backs (`callbacks.html`).
    Callbacks,
    /// «Заказать обратный звонок» (`callback-new.html`): the form is a bundle's worth of code.
    NewCallback,
    /// The operators' call-backs (`console-callbacks.html`).
    ConsoleCallbacks,
}

impl Area {
    /// The bundle's folder in `dist`, as `shared::accounts::BUNDLES` names it.
    pub fn folder(self) -> Option<&'static str> {
        match self {
            Area::HelpCentre => None,
            Area::Access => Some("access-app"),
            Area::Account => Some("account-app"),
            Area::Profile => Some("profile-app"),
            Area::Identity => Some("identity-app"),
            Area::Staff => Some("staff-app"),
            Area::Admin => Some("admin-app"),
            Area::Requests => Some("requests-app"),
            Area::Request => Some("request-app"),
            Area::RequestReply => Some("request-reply-app"),
            Area::RequestFeedback => Some("request-feedback-app"),
            Area::RequestTopic => Some("request-topic-app"),
            Area::RequestDetails => Some("request-details-app"),
            Area::RequestSend => Some("request-send-app"),
            Area::Console => Some("console-app"),
            Area::ConsoleRequest => Some("console-request-app"),
            Area::ConsoleWrite => Some("console-write-app"),
            Area::ConsoleDecide => Some("console-decide-app"),
            Area::ConsoleNew => Some("console-new-app"),
            Area::Statistics => Some("statistics-app"),
            Area::Canned => Some("canned-app"),
            Area::Feedback => Some("feedback-app"),
            Area::Sections => Some("sections-app"),
            Area::Notifications => Some("notifications-app"),
            Area::Callbacks => Some("callbacks-app"),
            Area::NewCallback => Some("callback-new-app"),
            Area::ConsoleCallbacks => Some("console-callbacks-app"),
        }
    }
}

impl Page {
    /// The bundle that shows the page.
    pub fn area(&self) -> Area {
        match self {
            Page::Home => Area::HelpCentre,
            Page::Feedback | Page::FeedbackSent { .. } => Area::Feedback,
            Page::SignIn { .. } | Page::Register | Page::Recover => Area::Access,
            Page::Account { .. } | Page::Security => Area::Account,
            Page::Profile | Page::ChangeContact { .. } => Area::Profile,
            Page::Identity => Area::Identity,
            Page::IdentityQueue { .. } | Page::IdentityCase { .. } => Area::Staff,
            Page::StaffAccounts => Area::Admin,
            Page::StaffSections { .. } => Area::Sections,
            Page::CannedReplies => Area::Canned,
            Page::MyRequests { .. } => Area::Requests,
            Page::Request { .. } => Area::Request,
            Page::ReplyToRequest { .. } => Area::RequestReply,
            Page::RateRequest { .. } | Page::EscalateRequest { .. } => Area::RequestFeedback,
            Page::NewRequest { .. } => Area::RequestTopic,
            Page::RequestDetails => Area::RequestDetails,
            Page::RequestFiles | Page::CheckRequest | Page::RequestSent { .. } => Area::RequestSend,
            Page::Queue { .. } => Area::Console,
            Page::ConsoleRequest { .. } => Area::ConsoleRequest,
            Page::ConsoleAction { action, .. } if is_decision(*action) => Area::ConsoleDecide,
            Page::ConsoleAction { .. } => Area::ConsoleWrite,
            Page::RegisterCall | Page::CallRegistered { .. } => Area::ConsoleNew,
            Page::Statistics { .. } => Area::Statistics,
            Page::Notifications { .. } | Page::NotificationSettings => Area::Notifications,
            Page::Callbacks { .. } => Area::Callbacks,
            Page::NewCallback => Area::NewCallback,
            Page::ConsoleCallbacks { .. } => Area::ConsoleCallbacks,
        }
    }

    /// The page's path with its query.
    pub fn href(&self) -> String {
        match self {
            Page::Home => "/".to_owned(),
            Page::Feedback => "/feedback".to_owned(),
            Page::FeedbackSent { number, due } => {
                format!(
                    "/feedback/sent?number={}&due={}",
                    encode(number),
                    encode(due)
                )
            }
            Page::SignIn { timed_out: false } => "/sign-in".to_owned(),
            Page::SignIn { timed_out: true } => "/sign-in?timeout=1".to_owned(),
            Page::Register => "/register".to_owned(),
            Page::Recover => "/recover".to_owned(),
            Page::Account { welcome: false } => "/account".to_owned(),
            Page::Account { welcome: true } => "/account?welcome=1".to_owned(),
            Page::Security => "/account/security".to_owned(),
            Page::Profile => "/account/profile".to_owned(),
            Page::ChangeContact { phone: true } => {
                "/account/profile/contact?channel=phone".to_owned()
            }
            Page::ChangeContact { phone: false } => {
                "/account/profile/contact?channel=email".to_owned()
            }
            Page::Identity => "/account/profile/identity".to_owned(),
            Page::StaffAccounts => "/admin/staff".to_owned(),
            Page::IdentityQueue { decided: false } => "/staff/identity".to_owned(),
            Page::IdentityQueue { decided: true } => "/staff/identity?decided=1".to_owned(),
            Page::IdentityCase { account_id } => {
                format!("/staff/identity/case?account={account_id}")
            }
            Page::MyRequests { filter } => with_query("/account/requests", &filter_query(filter)),
            Page::Request { number } => shared::requests::request_page(number),
            Page::ReplyToRequest { number } => {
                format!("/account/requests/reply?number={}", encode(number))
            }
            Page::RateRequest { number } => {
                format!("/account/requests/rate?number={}", encode(number))
            }
            Page::EscalateRequest { number } => {
                format!("/account/requests/escalate?number={}", encode(number))
            }
            Page::RequestDetails => "/account/requests/new/details".to_owned(),
            Page::RequestFiles => "/account/requests/new/files".to_owned(),
            Page::NewRequest { related } => {
                with_query("/account/requests/new", &[("related", related.clone())])
            }
            Page::CheckRequest => "/account/requests/new/check".to_owned(),
            Page::RequestSent { number, due } => format!(
                "/account/requests/new/sent?number={}&due={}",
                encode(number),
                encode(due)
            ),
            Page::Queue { filter } => with_query("/staff/requests", &queue_query(filter)),
            Page::ConsoleRequest { number, done } => with_query(
                "/staff/requests/view",
                &[
                    ("number", number.clone()),
                    (
                        "done",
                        done.map(|a| a.code().to_owned()).unwrap_or_default(),
                    ),
                ],
            ),
            Page::ConsoleAction { number, action } => format!(
                "/staff/requests/{}?number={}&action={}",
                if is_decision(*action) {
                    "decide"
                } else {
                    "write"
                },
                encode(number),
                action.code()
            ),
            Page::RegisterCall => "/staff/requests/new".to_owned(),
            Page::CallRegistered { number, due } => format!(
                "/staff/requests/new/done?number={}&due={}",
                encode(number),
                encode(due)
            ),
            Page::Statistics { filter } => with_query(
                "/staff/statistics",
                &[("from", filter.from.clone()), ("to", filter.to.clone())],
            ),
            Page::CannedReplies => "/admin/canned-replies".to_owned(),
            Page::StaffSections { account_id } => {
                format!("/admin/staff/sections?account={account_id}")
            }
            Page::Notifications { filter } => with_query(FEED_PAGE, &feed_query(filter)),
            Page::NotificationSettings => SETTINGS_PAGE.to_owned(),
            Page::Callbacks { booked } => with_query(CALLBACKS_PAGE, &[("booked", flag(*booked))]),
            Page::NewCallback => NEW_CALLBACK_PAGE.to_owned(),
            Page::ConsoleCallbacks { finished } => {
                with_query(CONSOLE_CALLBACKS_PAGE, &[("finished", flag(*finished))])
            }
        }
    }
}

/// Reads a query parameter of the address.
pub type Query<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The pages one bundle shows, read from an address. Each bundle starts its router with its own
/// table, so it carries the reading of its own pages only.
#[derive(Debug, Clone, Copy)]
pub struct Pages {
    /// The page an address names (its path, and a way to read its query), if it is one of the
    /// bundle's.
    pub read: fn(&str, Query) -> Option<Page>,
}

/// The pages of [`Area::HelpCentre`].
pub const HELP_CENTRE: Pages = Pages {
    read: help_centre_pages,
};

/// The pages of [`Area::Access`].
pub const ACCESS: Pages = Pages { read: access_pages };

/// The pages of [`Area::Account`].
pub const ACCOUNT: Pages = Pages {
    read: account_pages,
};

/// The pages of [`Area::Profile`].
pub const PROFILE: Pages = Pages {
    read: profile_pages,
};

/// The pages of [`Area::Identity`].
pub const IDENTITY: Pages = Pages {
    read: identity_pages,
};

/// The pages of [`Area::Staff`].
pub const STAFF: Pages = Pages { read: staff_pages };

/// The pages of [`Area::Admin`].
pub const ADMIN: Pages = Pages { read: admin_pages };

/// The pages of [`Area::Requests`].
pub const REQUESTS: Pages = Pages {
    read: requests_pages,
};

/// The pages of [`Area::Request`].
pub const REQUEST: Pages = Pages {
    read: request_pages,
};

/// The pages of [`Area::RequestReply`].
pub const REQUEST_REPLY: Pages = Pages {
    read: request_reply_pages,
};

/// The pages of [`Area::RequestFeedback`].
pub const REQUEST_FEEDBACK: Pages = Pages {
    read: request_feedback_pages,
};

/// The pages of [`Area::RequestTopic`].
pub const REQUEST_TOPIC: Pages = Pages {
    read: request_topic_pages,
};

/// The pages of [`Area::RequestDetails`].
pub const REQUEST_DETAILS: Pages = Pages {
    read: request_details_pages,
};

/// The pages of [`Area::RequestSend`].
pub const REQUEST_SEND: Pages = Pages {
    read: request_send_pages,
};

/// The pages of [`Area::Console`].
pub const CONSOLE: Pages = Pages {
    read: console_pages,
};

/// The pages of [`Area::ConsoleRequest`].
pub const CONSOLE_REQUEST: Pages = Pages {
    read: console_request_pages,
};

/// The pages of [`Area::ConsoleWrite`].
pub const CONSOLE_WRITE: Pages = Pages {
    read: console_write_pages,
};

/// The pages of [`Area::ConsoleDecide`].
pub const CONSOLE_DECIDE: Pages = Pages {
    read: console_decide_pages,
};

/// The pages of [`Area::ConsoleNew`].
pub const CONSOLE_NEW: Pages = Pages {
    read: console_new_pages,
};

/// The pages of [`Area::Statistics`].
pub const STATISTICS: Pages = Pages {
    read: statistics_pages,
};

/// The pages of [`Area::Canned`].
pub const CANNED: Pages = Pages { read: canned_pages };

/// The pages of [`Area::Feedback`].
pub const FEEDBACK: Pages = Pages {
    read: feedback_pages,
};

/// The pages of [`Area::Sections`].
pub const SECTIONS: Pages = Pages {
    read: sections_pages,
};

/// The pages of [`Area::Notifications`].
pub const NOTIFICATIONS: Pages = Pages {
    read: notifications_pages,
};

/// The pages of [`Area::Callbacks`].
pub const CALLBACKS: Pages = Pages {
    read: callbacks_pages,
};

/// The pages of [`Area::NewCallback`].
pub const NEW_CALLBACK: Pages = Pages {
    read: new_callback_pages,
};

/// The pages of [`Area::ConsoleCallbacks`].
pub const CONSOLE_CALLBACKS: Pages = Pages {
    read: console_callbacks_pages,
};

/// Every bundle's pages.
const ALL: [Pages; 27] = [
    HELP_CENTRE,
    ACCESS,
    ACCOUNT,
    PROFILE,
    IDENTITY,
    STAFF,
    ADMIN,
    REQUESTS,
    REQUEST,
    REQUEST_REPLY,
    REQUEST_FEEDBACK,
    REQUEST_TOPIC,
    REQUEST_DETAILS,
    REQUEST_SEND,
    CONSOLE,
    CONSOLE_REQUEST,
    CONSOLE_WRITE,
    CONSOLE_DECIDE,
    CONSOLE_NEW,
    STATISTICS,
    CANNED,
    FEEDBACK,
    SECTIONS,
    NOTIFICATIONS,
    CALLBACKS,
    NEW_CALLBACK,
    CONSOLE_CALLBACKS,
];

impl Page {
    /// The page an address names, whichever bundle shows it; `None` when there is no such page.
    pub fn from_address(path: &str, query: impl Fn(&str) -> Option<String>) -> Option<Page> {
        ALL.iter().find_map(|pages| (pages.read)(path, &query))
    }
}

/// Every page of the portal: the single application's table.
pub const PORTAL: Pages = Pages {
    read: |path, query| Page::from_address(path, query),
};

fn help_centre_pages(path: &str, _query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "" => Some(Page::Home),
        _ => None,
    }
}

fn feedback_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/feedback" => Some(Page::Feedback),
        "/feedback/sent" => Some(Page::FeedbackSent {
            number: query("number").unwrap_or_default(),
            due: query("due").unwrap_or_default(),
        }),
        _ => None,
    }
}

fn access_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/sign-in" => Some(Page::SignIn {
            timed_out: query("timeout").is_some(),
        }),
        "/register" => Some(Page::Register),
        "/recover" => Some(Page::Recover),
        _ => None,
    }
}

fn account_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account" => Some(Page::Account {
            welcome: query("welcome").is_some(),
        }),
        "/account/security" => Some(Page::Security),
        _ => None,
    }
}

fn profile_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/profile" => Some(Page::Profile),
        "/account/profile/contact" => Some(Page::ChangeContact {
            phone: query("channel").as_deref() == Some("phone"),
        }),
        _ => None,
    }
}

fn identity_pages(path: &str, _query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/profile/identity" => Some(Page::Identity),
        _ => None,
    }
}

fn staff_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/staff/identity" => Some(Page::IdentityQueue {
            decided: query("decided").is_some(),
        }),
        "/staff/identity/case" => Some(Page::IdentityCase {
            account_id: query("account")?.parse().ok()?,
        }),
        _ => None,
    }
}

fn admin_pages(path: &str, _query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/admin/staff" => Some(Page::StaffAccounts),
        _ => None,
    }
}

fn sections_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/admin/staff/sections" => Some(Page::StaffSections {
            account_id: query("account")?.parse().ok()?,
        }),
        _ => None,
    }
}

fn requests_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/requests" => Some(Page::MyRequests {
            filter: RequestFilter {
                status: query("status").as_deref().and_then(Status::from_code),
                category: query("category").unwrap_or_default(),
                from: query("from").unwrap_or_default(),
                to: query("to").unwrap_or_default(),
                q: query("q").unwrap_or_default(),
                order: if query("order").as_deref() == Some("by_status") {
                    ListOrder::ByStatus
                } else {
                    ListOrder::Newest
                },
                page: query("page").and_then(|p| p.parse().ok()).unwrap_or(1),
            },
        }),
        _ => None,
    }
}

fn request_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/requests/view" => Some(Page::Request {
            number: request_number(query)?,
        }),
        _ => None,
    }
}

fn request_reply_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/requests/reply" => Some(Page::ReplyToRequest {
            number: request_number(query)?,
        }),
        _ => None,
    }
}

fn request_feedback_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/requests/rate" => Some(Page::RateRequest {
            number: request_number(query)?,
        }),
        "/account/requests/escalate" => Some(Page::EscalateRequest {
            number: request_number(query)?,
        }),
        _ => None,
    }
}

fn request_topic_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/requests/new" => Some(Page::NewRequest {
            related: query("related")
                .and_then(|number| shared::numbers::parse_request_number(&number).ok())
                .unwrap_or_default(),
        }),
        _ => None,
    }
}

fn request_details_pages(path: &str, _query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/requests/new/details" => Some(Page::RequestDetails),
        _ => None,
    }
}

fn request_send_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/account/requests/new/files" => Some(Page::RequestFiles),
        "/account/requests/new/check" => Some(Page::CheckRequest),
        "/account/requests/new/sent" => Some(Page::RequestSent {
            number: query("number").unwrap_or_default(),
            due: query("due").unwrap_or_default(),
        }),
        _ => None,
    }
}

fn canned_pages(path: &str, _query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/admin/canned-replies" => Some(Page::CannedReplies),
        _ => None,
    }
}

fn console_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/staff/requests" => Some(Page::Queue {
            filter: QueueFilter {
                status: query("status").as_deref().and_then(Status::from_code),
                category: query("category").unwrap_or_default(),
                overdue: query("overdue").is_some(),
                escalated: query("escalated").is_some(),
                assigned: query("assigned").as_deref().and_then(Assignment::from_code),
                q: query("q").unwrap_or_default(),
                page: query("page").and_then(|p| p.parse().ok()).unwrap_or(1),
            },
        }),
        _ => None,
    }
}

fn console_request_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/staff/requests/view" => Some(Page::ConsoleRequest {
            number: request_number(query)?,
            done: query("done").as_deref().and_then(OperatorAction::from_code),
        }),
        _ => None,
    }
}

/// Whether an action decides about the request (a form of its own bundle) rather than writes
/// in it; taking and reopening are buttons on the request's page and have no form.
fn is_decision(action: OperatorAction) -> bool {
    matches!(
        action,
        OperatorAction::Reject
            | OperatorAction::Extend
            | OperatorAction::Escalate
            | OperatorAction::Transfer
    )
}

/// The action of a form's address, when it is one with a form.
fn form_action(query: Query) -> Option<OperatorAction> {
    OperatorAction::from_code(&query("action")?)
        .filter(|action| !matches!(action, OperatorAction::Take | OperatorAction::Reopen))
}

fn console_write_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/staff/requests/write" => Some(Page::ConsoleAction {
            number: request_number(query)?,
            action: form_action(query).filter(|action| !is_decision(*action))?,
        }),
        _ => None,
    }
}

fn console_decide_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/staff/requests/decide" => Some(Page::ConsoleAction {
            number: request_number(query)?,
            action: form_action(query).filter(|action| is_decision(*action))?,
        }),
        _ => None,
    }
}

fn console_new_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/staff/requests/new" => Some(Page::RegisterCall),
        "/staff/requests/new/done" => Some(Page::CallRegistered {
            number: request_number(query)?,
            due: query("due").unwrap_or_default(),
        }),
        _ => None,
    }
}

fn statistics_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        "/staff/statistics" => Some(Page::Statistics {
            filter: StatisticsFilter {
                from: query("from").unwrap_or_default(),
                to: query("to").unwrap_or_default(),
            },
        }),
        _ => None,
    }
}

fn notifications_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        FEED_PAGE => Some(Page::Notifications {
            filter: FeedFilter {
                unread: query("unread").is_some(),
                week: query("week").is_some(),
                kind: query("kind").as_deref().and_then(Kind::from_code),
            },
        }),
        SETTINGS_PAGE => Some(Page::NotificationSettings),
        _ => None,
    }
}

fn callbacks_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        CALLBACKS_PAGE => Some(Page::Callbacks {
            booked: query("booked").is_some(),
        }),
        _ => None,
    }
}

fn new_callback_pages(path: &str, _query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        NEW_CALLBACK_PAGE => Some(Page::NewCallback),
        _ => None,
    }
}

fn console_callbacks_pages(path: &str, query: Query) -> Option<Page> {
    match path.trim_end_matches('/') {
        // The same name and value the API's filter takes.
        CONSOLE_CALLBACKS_PAGE => Some(Page::ConsoleCallbacks {
            finished: query("finished").is_some(),
        }),
        _ => None,
    }
}

/// `true` for a flag that is on, nothing for one that is off (so the address leaves it out).
fn flag(on: bool) -> String {
    if on { "true" } else { "" }.to_owned()
}

/// The query of the feed (the same names and values the API takes), without its defaults.
pub fn feed_query(filter: &FeedFilter) -> [(&'static str, String); 3] {
    [
        ("unread", flag(filter.unread)),
        ("week", flag(filter.week)),
        ("kind", filter.kind.map_or("", Kind::code).to_owned()),
    ]
}

/// The query of «Рабочее место» (the same names the API takes), without its defaults.
pub fn queue_query(filter: &QueueFilter) -> Vec<(&'static str, String)> {
    let assigned = filter.assigned.map_or("", Assignment::code);
    let mut pairs = vec![
        (
            "status",
            filter
                .status
                .map(|s| s.code().to_owned())
                .unwrap_or_default(),
        ),
        ("category", filter.category.clone()),
        ("overdue", flag(filter.overdue)),
        ("escalated", flag(filter.escalated)),
        ("assigned", assigned.to_owned()),
        ("q", filter.q.clone()),
    ];
    if filter.page > 1 {
        pairs.push(("page", filter.page.to_string()));
    }
    pairs
}

/// The request number in the address, when it is one: a number goes into API paths.
fn request_number(query: Query) -> Option<String> {
    shared::numbers::parse_request_number(&query("number")?).ok()
}

/// The query of «Мои обращения» (the same names the API takes), without its defaults.
pub fn filter_query(filter: &RequestFilter) -> Vec<(&'static str, String)> {
    let mut pairs = vec![
        (
            "status",
            filter
                .status
                .map(|s| s.code().to_owned())
                .unwrap_or_default(),
        ),
        ("category", filter.category.clone()),
        ("from", filter.from.clone()),
        ("to", filter.to.clone()),
        ("q", filter.q.clone()),
    ];
    if filter.order == ListOrder::ByStatus {
        pairs.push(("order", "by_status".to_owned()));
    }
    if filter.page > 1 {
        pairs.push(("page", filter.page.to_string()));
    }
    pairs
}

/// `path` with the pairs whose value is not empty as its query.
pub fn with_query(path: &str, pairs: &[(&str, String)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(name, value)| format!("{name}={}", encode(value)))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::Page;

    fn query_of(href: &str) -> impl Fn(&str) -> Option<String> + '_ {
        move |key| {
            let (_, query) = href.split_once('?')?;
            query.split('&').find_map(|pair| {
                let (k, v) = pair.split_once('=')?;
                (k == key).then(|| decode(v))
            })
        }
    }

    fn decode(value: &str) -> String {
        let bytes = value.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&value[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    /// One page of each kind, with the parameters each address carries.
    fn every_page() -> Vec<Page> {
        vec![
            Page::Home,
            Page::Feedback,
            Page::FeedbackSent {
                number: "ОБР-2026-000017".to_owned(),
                due: "03.12.2026".to_owned(),
            },
            Page::SignIn { timed_out: false },
            Page::SignIn { timed_out: true },
            Page::Register,
            Page::Recover,
            Page::Account { welcome: false },
            Page::Account { welcome: true },
            Page::Security,
            Page::Profile,
            Page::ChangeContact { phone: true },
            Page::ChangeContact { phone: false },
            Page::Identity,
            Page::StaffAccounts,
            Page::IdentityQueue { decided: false },
            Page::IdentityQueue { decided: true },
            Page::IdentityCase { account_id: 42 },
            Page::MyRequests {
                filter: shared::requests::RequestFilter::default(),
            },
            Page::MyRequests {
                filter: shared::requests::RequestFilter {
                    status: Some(shared::status::Status::AwaitingDocuments),
                    category: "payments".to_owned(),
                    from: "01.11.2026".to_owned(),
                    to: "30.11.2026".to_owned(),
                    q: "адрес & регистрация".to_owned(),
                    order: shared::requests::ListOrder::ByStatus,
                    page: 3,
                },
            },
            Page::Request {
                number: "2026-000123".to_owned(),
            },
            Page::NewRequest {
                related: String::new(),
            },
            Page::NewRequest {
                related: "2026-000123".to_owned(),
            },
            Page::ReplyToRequest {
                number: "2026-000002".to_owned(),
            },
            Page::RateRequest {
                number: "2026-000002".to_owned(),
            },
            Page::EscalateRequest {
                number: "2026-000002".to_owned(),
            },
            Page::RequestDetails,
            Page::RequestFiles,
            Page::CheckRequest,
            Page::RequestSent {
                number: "2026-000123".to_owned(),
                due: "03.12.2026".to_owned(),
            },
            Page::Queue {
                filter: shared::console::QueueFilter::default(),
            },
            Page::Queue {
                filter: shared::console::QueueFilter {
                    status: Some(shared::status::Status::InProgress),
                    category: "tech.site".to_owned(),
                    overdue: true,
                    escalated: true,
                    assigned: Some(shared::console::Assignment::Me),
                    q: "пароль".to_owned(),
                    page: 2,
                },
            },
            Page::ConsoleRequest {
                number: "2026-000123".to_owned(),
                done: None,
            },
            Page::ConsoleRequest {
                number: "2026-000123".to_owned(),
                done: Some(shared::status::OperatorAction::RequestDocuments),
            },
            Page::ConsoleAction {
                number: "2026-000123".to_owned(),
                action: shared::status::OperatorAction::Transfer,
            },
            Page::ConsoleAction {
                number: "2026-000123".to_owned(),
                action: shared::status::OperatorAction::Resolve,
            },
            Page::RegisterCall,
            Page::CallRegistered {
                number: "2026-000124".to_owned(),
                due: "04.12.2026".to_owned(),
            },
            Page::Statistics {
                filter: shared::statistics::StatisticsFilter::default(),
            },
            Page::Statistics {
                filter: shared::statistics::StatisticsFilter {
                    from: "01.11.2026".to_owned(),
                    to: "30.11.2026".to_owned(),
                },
            },
            Page::CannedReplies,
            Page::StaffSections { account_id: 5 },
            Page::Notifications {
                filter: shared::notifications::FeedFilter::default(),
            },
            Page::Notifications {
                filter: shared::notifications::FeedFilter {
                    unread: true,
                    week: true,
                    kind: Some(shared::notifications::Kind::DocumentsRequested),
                },
            },
            Page::Notifications {
                filter: shared::notifications::FeedFilter {
                    unread: false,
                    week: false,
                    kind: Some(shared::notifications::Kind::SignedIn),
                },
            },
            Page::NotificationSettings,
            Page::Callbacks { booked: false },
            Page::Callbacks { booked: true },
            Page::NewCallback,
            Page::ConsoleCallbacks { finished: false },
            Page::ConsoleCallbacks { finished: true },
        ]
    }

    #[test]
    fn every_page_is_found_at_its_own_address() {
        for page in every_page() {
            let href = page.href();
            let path = href.split('?').next().unwrap();
            assert_eq!(
                Page::from_address(path, query_of(&href)),
                Some(page),
                "{href}"
            );
        }
        assert_eq!(
            Page::from_address("/feedback/", |_| None),
            Some(Page::Feedback)
        );
        assert_eq!(Page::from_address("/no/such/page", |_| None), None);
    }

    #[test]
    fn the_feeds_address_carries_its_filter_as_the_api_reads_it() {
        let filter = shared::notifications::FeedFilter {
            unread: true,
            week: true,
            kind: Some(shared::notifications::Kind::DocumentsRequested),
        };
        // serde_urlencoded's form of the filter, which the server reads.
        assert_eq!(
            super::with_query("", &super::feed_query(&filter)),
            "?unread=true&week=true&kind=documents_requested"
        );
        assert_eq!(
            Page::Notifications {
                filter: Default::default()
            }
            .href(),
            "/notifications"
        );
    }

    #[test]
    fn the_server_serves_each_page_the_bundle_that_shows_it() {
        for page in every_page() {
            let href = page.href();
            let path = href.split('?').next().unwrap();
            assert_eq!(
                shared::accounts::bundle_of(path),
                page.area().folder(),
                "{href}"
            );
        }
    }
}
