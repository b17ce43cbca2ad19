//! Every page of the portal in one table ([`ROUTES`]): its address, who may open it and the
//! chunk of the application that shows it. Links and redirects ([`Page::href`]), the
//! application's router ([`Page::from_address`]) and the server's answer to an address
//! ([`route_at`]) are all read from it, so a page is added in one place.
//!
//! Adding a page: a variant of [`Page`], its [`Route`] in [`ROUTES`] (with the reading of its
//! query), its arm in [`Page::route`] and [`Page::query`] (the compiler asks for both), and its
//! view in the application's chunk.

use crate::accounts::Role;
use crate::api::encode_component as encode;
use crate::articles::{ArticleKind, ArticleSearch};
use crate::console::{Assignment, QueueFilter};
use crate::notifications::{FeedFilter, Kind};
use crate::requests::{ListOrder, RequestFilter};
use crate::statistics::StatisticsFilter;
use crate::status::{OperatorAction, Status};

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
    /// «База знаний»: the search and its results.
    KnowledgeBase {
        /// The words, the filters and the page, as the API takes them.
        search: ArticleSearch,
    },
    /// One article of the knowledge base.
    Article {
        /// Its id.
        id: i64,
    },
    /// Sign-in.
    SignIn {
        /// Shown after an idle session ended: says why.
        timed_out: bool,
        /// The portal page to show once signed in (its path and query), or empty for
        /// «Личный кабинет»; only a path of [`ROUTES`] is kept, never another site.
        then: String,
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
        /// A question searched for in the knowledge base, the subject to start with, or empty.
        question: String,
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
    /// The knowledge base's articles, drafts too, with their figures (the contact centre).
    AdminArticles {
        /// An article was just deleted: a banner says so.
        deleted: bool,
    },
    /// An administrator writes a new article (`id` is `None`) or changes one.
    EditArticle {
        /// The article.
        id: Option<i64>,
        /// Just saved: a banner says so.
        saved: bool,
    },
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

/// The part of the single application that holds a page's code: a WebAssembly module
/// downloaded the first time one of its pages is shown. Pages a person goes through together
/// share one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chunk {
    /// The help centre's home: the first page most people see, without any form's code.
    HelpCentre,
    /// «База знаний» and its articles.
    KnowledgeBase,
    /// Anonymous feedback and its confirmation.
    Feedback,
    /// Signing in: a form of its own, the first one most people fill.
    Access,
    /// Registration and recovery.
    Registration,
    /// «Личный кабинет»: links only, so it loads without any form's code.
    AccountHome,
    /// «Безопасность», «Мои данные» and changing a contact.
    Account,
    /// «Подтверждение личности».
    Identity,
    /// «Мои обращения»: the list, without the request's page and its forms.
    MyRequests,
    /// One request, replying, rating and escalating.
    Requests,
    /// «Новое обращение»: its three steps, the check and the confirmation.
    NewRequest,
    /// The notifications and their settings.
    Notifications,
    /// The citizen's call-backs and booking one.
    Callbacks,
    /// «Рабочее место»: the queues, where an operator starts.
    Queue,
    /// The console's call-backs and registering a call or a letter.
    Console,
    /// One request in the console with the operator's writing and decisions.
    ConsoleRequest,
    /// The statistics.
    Statistics,
    /// The identity checks.
    Staff,
    /// The administrator's pages: staff accounts, their sections, canned replies.
    Admin,
    /// The knowledge base's articles for the contact centre, and an article's form.
    ArticlesAdmin,
}

/// Who may open a page. Anyone else signed out is sent to sign in; anyone else signed in is
/// told the page is not theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Signed in or not.
    Anyone,
    /// Anyone signed in.
    SignedIn,
    /// Operators and senior operators: they work requests and check identities.
    Operators,
    /// Senior operators and administrators.
    StatisticsReaders,
    /// Administrators.
    Administrators,
    /// The contact centre: operators, senior operators and administrators.
    ContactCentre,
}

impl Audience {
    /// Whether someone signed in with `role` (`None`: signed out) may open the page.
    pub fn admits(self, role: Option<Role>) -> bool {
        match (self, role) {
            (Audience::Anyone, _) => true,
            (_, None) => false,
            (Audience::SignedIn, Some(_)) => true,
            (Audience::Operators, Some(role)) => role.is_operator(),
            (Audience::StatisticsReaders, Some(role)) => role.sees_statistics(),
            (Audience::Administrators, Some(role)) => role == Role::Administrator,
            (Audience::ContactCentre, Some(role)) => role.is_staff(),
        }
    }

    /// Whether signing in is not enough: only some roles may open the page.
    pub fn depends_on_role(self) -> bool {
        matches!(
            self,
            Audience::Operators
                | Audience::StatisticsReaders
                | Audience::Administrators
                | Audience::ContactCentre
        )
    }
}

/// Reads a query parameter of the address.
pub type Query<'a> = &'a dyn Fn(&str) -> Option<String>;

/// One address of the portal.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// Its path, without a query.
    pub path: &'static str,
    /// Who may open it.
    pub audience: Audience,
    /// The chunk that shows it.
    pub chunk: Chunk,
    /// The page at this path with this query; `None` when the query is not one of the page's
    /// (a request page without a valid number, say).
    read: fn(Query) -> Option<Page>,
}

impl Route {
    /// The page this route shows for `query`.
    pub fn read(&self, query: Query) -> Option<Page> {
        (self.read)(query)
    }
}

/// A route of the table, written out; `read` may be a closure without captures.
const fn route(
    path: &'static str,
    audience: Audience,
    chunk: Chunk,
    read: fn(Query) -> Option<Page>,
) -> Route {
    Route {
        path,
        audience,
        chunk,
        read,
    }
}

use Audience::{Administrators, Anyone, ContactCentre, Operators, SignedIn, StatisticsReaders};

/// Help centre home.
pub const HOME: Route = route("/", Anyone, Chunk::HelpCentre, |_| Some(Page::Home));
/// Anonymous feedback.
pub const FEEDBACK: Route = route("/feedback", Anyone, Chunk::Feedback, |_| {
    Some(Page::Feedback)
});
/// Feedback sent.
pub const FEEDBACK_SENT: Route = route("/feedback/sent", Anyone, Chunk::Feedback, |query| {
    Some(Page::FeedbackSent {
        number: query("number").unwrap_or_default(),
        due: query("due").unwrap_or_default(),
    })
});
/// «База знаний».
pub const KNOWLEDGE_BASE: Route = route("/articles", Anyone, Chunk::KnowledgeBase, |query| {
    Some(Page::KnowledgeBase {
        search: ArticleSearch {
            q: query("q").unwrap_or_default(),
            kind: query("type").as_deref().and_then(ArticleKind::from_code),
            section: query("section").unwrap_or_default(),
            page: query("page").and_then(|p| p.parse().ok()).unwrap_or(1),
        },
    })
});
/// One article.
pub const ARTICLE: Route = route("/articles/view", Anyone, Chunk::KnowledgeBase, |query| {
    Some(Page::Article {
        id: query("id")?.parse().ok()?,
    })
});
/// Sign-in.
pub const SIGN_IN: Route = route("/sign-in", Anyone, Chunk::Access, |query| {
    Some(Page::SignIn {
        timed_out: query("timeout").is_some(),
        then: query("then")
            .filter(|then| is_page_address(then))
            .unwrap_or_default(),
    })
});
/// Registration.
pub const REGISTER: Route = route("/register", Anyone, Chunk::Registration, |_| {
    Some(Page::Register)
});
/// Password recovery.
pub const RECOVER: Route = route("/recover", Anyone, Chunk::Registration, |_| {
    Some(Page::Recover)
});
/// «Личный кабинет».
pub const ACCOUNT: Route = route("/account", SignedIn, Chunk::AccountHome, |query| {
    Some(Page::Account {
        welcome: query("welcome").is_some(),
    })
});
/// «Безопасность».
pub const SECURITY: Route = route("/account/security", SignedIn, Chunk::Account, |_| {
    Some(Page::Security)
});
/// «Мои данные».
pub const PROFILE: Route = route("/account/profile", SignedIn, Chunk::Account, |_| {
    Some(Page::Profile)
});
/// A new phone or e-mail.
pub const CHANGE_CONTACT: Route = route(
    "/account/profile/contact",
    SignedIn,
    Chunk::Account,
    |query| {
        Some(Page::ChangeContact {
            phone: query("channel").as_deref() == Some("phone"),
        })
    },
);
/// «Подтверждение личности».
pub const IDENTITY: Route = route(
    "/account/profile/identity",
    SignedIn,
    Chunk::Identity,
    |_| Some(Page::Identity),
);
/// «Мои обращения».
pub const MY_REQUESTS: Route = route("/account/requests", SignedIn, Chunk::MyRequests, |query| {
    Some(Page::MyRequests {
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
    })
});
/// One of the citizen's requests.
pub const REQUEST: Route = route(
    "/account/requests/view",
    SignedIn,
    Chunk::Requests,
    |query| {
        Some(Page::Request {
            number: request_number(query)?,
        })
    },
);
/// A message in a request's thread.
pub const REPLY_TO_REQUEST: Route = route(
    "/account/requests/reply",
    SignedIn,
    Chunk::Requests,
    |query| {
        Some(Page::ReplyToRequest {
            number: request_number(query)?,
        })
    },
);
/// Rating a closed request.
pub const RATE_REQUEST: Route = route(
    "/account/requests/rate",
    SignedIn,
    Chunk::Requests,
    |query| {
        Some(Page::RateRequest {
            number: request_number(query)?,
        })
    },
);
/// Asking for a senior operator.
pub const ESCALATE_REQUEST: Route = route(
    "/account/requests/escalate",
    SignedIn,
    Chunk::Requests,
    |query| {
        Some(Page::EscalateRequest {
            number: request_number(query)?,
        })
    },
);
/// «Новое обращение»: the topic.
pub const NEW_REQUEST: Route = route(
    "/account/requests/new",
    SignedIn,
    Chunk::NewRequest,
    |query| {
        Some(Page::NewRequest {
            related: query("related")
                .and_then(|number| crate::numbers::parse_request_number(&number).ok())
                .unwrap_or_default(),
            question: query("question")
                .map(|question| question.trim().to_owned())
                .unwrap_or_default(),
        })
    },
);
/// «Новое обращение»: the details.
pub const REQUEST_DETAILS: Route = route(
    "/account/requests/new/details",
    SignedIn,
    Chunk::NewRequest,
    |_| Some(Page::RequestDetails),
);
/// «Новое обращение»: files.
pub const REQUEST_FILES: Route = route(
    "/account/requests/new/files",
    SignedIn,
    Chunk::NewRequest,
    |_| Some(Page::RequestFiles),
);
/// «Новое обращение»: the check.
pub const CHECK_REQUEST: Route = route(
    "/account/requests/new/check",
    SignedIn,
    Chunk::NewRequest,
    |_| Some(Page::CheckRequest),
);
/// «Новое обращение»: the confirmation.
pub const REQUEST_SENT: Route = route(
    "/account/requests/new/sent",
    SignedIn,
    Chunk::NewRequest,
    |query| {
        Some(Page::RequestSent {
            number: query("number").unwrap_or_default(),
            due: query("due").unwrap_or_default(),
        })
    },
);
/// The notifications' feed.
pub const NOTIFICATIONS: Route = route("/notifications", SignedIn, Chunk::Notifications, |query| {
    Some(Page::Notifications {
        filter: FeedFilter {
            unread: query("unread").is_some(),
            week: query("week").is_some(),
            kind: query("kind").as_deref().and_then(Kind::from_code),
        },
    })
});
/// «Настройки → Уведомления» (e-mails link to it).
pub const NOTIFICATION_SETTINGS: Route = route(
    "/account/notifications",
    SignedIn,
    Chunk::Notifications,
    |_| Some(Page::NotificationSettings),
);
/// The citizen's call-backs.
pub const CALLBACKS: Route = route("/account/callbacks", SignedIn, Chunk::Callbacks, |query| {
    Some(Page::Callbacks {
        booked: query("booked").is_some(),
    })
});
/// «Заказать обратный звонок».
pub const NEW_CALLBACK: Route = route("/account/callbacks/new", SignedIn, Chunk::Callbacks, |_| {
    Some(Page::NewCallback)
});
/// «Рабочее место».
pub const QUEUE: Route = route("/staff/requests", Operators, Chunk::Queue, |query| {
    Some(Page::Queue {
        filter: QueueFilter {
            status: query("status").as_deref().and_then(Status::from_code),
            category: query("category").unwrap_or_default(),
            overdue: query("overdue").is_some(),
            escalated: query("escalated").is_some(),
            assigned: query("assigned").as_deref().and_then(Assignment::from_code),
            q: query("q").unwrap_or_default(),
            page: query("page").and_then(|p| p.parse().ok()).unwrap_or(1),
        },
    })
});
/// One request of the operator's queues.
pub const CONSOLE_REQUEST: Route = route(
    "/staff/requests/view",
    Operators,
    Chunk::ConsoleRequest,
    |query| {
        Some(Page::ConsoleRequest {
            number: request_number(query)?,
            done: query("done").as_deref().and_then(OperatorAction::from_code),
        })
    },
);
/// The operator's writing: reply, documents, answer, note.
pub const CONSOLE_WRITE: Route = route(
    "/staff/requests/write",
    Operators,
    Chunk::ConsoleRequest,
    |query| {
        Some(Page::ConsoleAction {
            number: request_number(query)?,
            action: form_action(query).filter(|action| !is_decision(*action))?,
        })
    },
);
/// The operator's decisions: refusal, extension, escalation, transfer.
pub const CONSOLE_DECIDE: Route = route(
    "/staff/requests/decide",
    Operators,
    Chunk::ConsoleRequest,
    |query| {
        Some(Page::ConsoleAction {
            number: request_number(query)?,
            action: form_action(query).filter(|action| is_decision(*action))?,
        })
    },
);
/// A call or a letter registered as a request.
pub const REGISTER_CALL: Route = route("/staff/requests/new", Operators, Chunk::Console, |_| {
    Some(Page::RegisterCall)
});
/// The confirmation of a registered call or letter.
pub const CALL_REGISTERED: Route = route(
    "/staff/requests/new/done",
    Operators,
    Chunk::Console,
    |query| {
        Some(Page::CallRegistered {
            number: request_number(query)?,
            due: query("due").unwrap_or_default(),
        })
    },
);
/// The operators' call-backs (the same query name and value the API's filter takes).
pub const CONSOLE_CALLBACKS: Route =
    route("/staff/callbacks", Operators, Chunk::Console, |query| {
        Some(Page::ConsoleCallbacks {
            finished: query("finished").is_some(),
        })
    });
/// The statistics.
pub const STATISTICS: Route = route(
    "/staff/statistics",
    StatisticsReaders,
    Chunk::Statistics,
    |query| {
        Some(Page::Statistics {
            filter: StatisticsFilter {
                from: query("from").unwrap_or_default(),
                to: query("to").unwrap_or_default(),
            },
        })
    },
);
/// The identity checks' queue.
pub const IDENTITY_QUEUE: Route = route("/staff/identity", Operators, Chunk::Staff, |query| {
    Some(Page::IdentityQueue {
        decided: query("decided").is_some(),
    })
});
/// One identity check.
pub const IDENTITY_CASE: Route = route("/staff/identity/case", Operators, Chunk::Staff, |query| {
    Some(Page::IdentityCase {
        account_id: query("account")?.parse().ok()?,
    })
});
/// «Сотрудники».
pub const STAFF_ACCOUNTS: Route = route("/admin/staff", Administrators, Chunk::Admin, |_| {
    Some(Page::StaffAccounts)
});
/// One operator's sections.
pub const STAFF_SECTIONS: Route = route(
    "/admin/staff/sections",
    Administrators,
    Chunk::Admin,
    |query| {
        Some(Page::StaffSections {
            account_id: query("account")?.parse().ok()?,
        })
    },
);
/// «Шаблоны ответов».
pub const CANNED_REPLIES: Route = route(
    "/admin/canned-replies",
    Administrators,
    Chunk::Admin,
    |_| Some(Page::CannedReplies),
);
/// The knowledge base's articles for the contact centre.
pub const ADMIN_ARTICLES: Route = route(
    "/admin/articles",
    ContactCentre,
    Chunk::ArticlesAdmin,
    |query| {
        Some(Page::AdminArticles {
            deleted: query("deleted").is_some(),
        })
    },
);
/// An article's form.
pub const EDIT_ARTICLE: Route = route(
    "/admin/articles/edit",
    Administrators,
    Chunk::ArticlesAdmin,
    |query| {
        Some(Page::EditArticle {
            id: match query("id") {
                Some(id) => Some(id.parse().ok()?),
                None => None,
            },
            saved: query("saved").is_some(),
        })
    },
);

/// Every page of the portal. Paths are unique, so the order does not matter.
pub const ROUTES: &[Route] = &[
    HOME,
    KNOWLEDGE_BASE,
    ARTICLE,
    FEEDBACK,
    FEEDBACK_SENT,
    SIGN_IN,
    REGISTER,
    RECOVER,
    ACCOUNT,
    SECURITY,
    PROFILE,
    CHANGE_CONTACT,
    IDENTITY,
    MY_REQUESTS,
    REQUEST,
    REPLY_TO_REQUEST,
    RATE_REQUEST,
    ESCALATE_REQUEST,
    NEW_REQUEST,
    REQUEST_DETAILS,
    REQUEST_FILES,
    CHECK_REQUEST,
    REQUEST_SENT,
    NOTIFICATIONS,
    NOTIFICATION_SETTINGS,
    CALLBACKS,
    NEW_CALLBACK,
    QUEUE,
    CONSOLE_REQUEST,
    CONSOLE_WRITE,
    CONSOLE_DECIDE,
    REGISTER_CALL,
    CALL_REGISTERED,
    CONSOLE_CALLBACKS,
    STATISTICS,
    IDENTITY_QUEUE,
    IDENTITY_CASE,
    STAFF_ACCOUNTS,
    STAFF_SECTIONS,
    CANNED_REPLIES,
    ADMIN_ARTICLES,
    EDIT_ARTICLE,
];

/// The route of the page at `path` (a trailing `/` or none), if there is one.
pub fn route_at(path: &str) -> Option<&'static Route> {
    let path = path.trim_end_matches('/');
    ROUTES
        .iter()
        .find(|route| route.path.trim_end_matches('/') == path)
}

impl Page {
    /// «Новое обращение» from its start, following nothing and asking nothing yet.
    pub fn new_request() -> Page {
        Page::NewRequest {
            related: String::new(),
            question: String::new(),
        }
    }

    /// Signing in, then «Личный кабинет».
    pub fn sign_in() -> Page {
        Page::SignIn {
            timed_out: false,
            then: String::new(),
        }
    }

    /// The page an address names; `None` when there is no such page.
    pub fn from_address(path: &str, query: impl Fn(&str) -> Option<String>) -> Option<Page> {
        route_at(path)?.read(&query)
    }

    /// The page's route: its path, who may open it, its chunk.
    pub fn route(&self) -> &'static Route {
        match self {
            Page::Home => &HOME,
            Page::KnowledgeBase { .. } => &KNOWLEDGE_BASE,
            Page::Article { .. } => &ARTICLE,
            Page::Feedback => &FEEDBACK,
            Page::FeedbackSent { .. } => &FEEDBACK_SENT,
            Page::SignIn { .. } => &SIGN_IN,
            Page::Register => &REGISTER,
            Page::Recover => &RECOVER,
            Page::Account { .. } => &ACCOUNT,
            Page::Security => &SECURITY,
            Page::Profile => &PROFILE,
            Page::ChangeContact { .. } => &CHANGE_CONTACT,
            Page::Identity => &IDENTITY,
            Page::StaffAccounts => &STAFF_ACCOUNTS,
            Page::IdentityQueue { .. } => &IDENTITY_QUEUE,
            Page::IdentityCase { .. } => &IDENTITY_CASE,
            Page::MyRequests { .. } => &MY_REQUESTS,
            Page::Request { .. } => &REQUEST,
            Page::ReplyToRequest { .. } => &REPLY_TO_REQUEST,
            Page::RateRequest { .. } => &RATE_REQUEST,
            Page::EscalateRequest { .. } => &ESCALATE_REQUEST,
            Page::NewRequest { .. } => &NEW_REQUEST,
            Page::RequestDetails => &REQUEST_DETAILS,
            Page::RequestFiles => &REQUEST_FILES,
            Page::CheckRequest => &CHECK_REQUEST,
            Page::RequestSent { .. } => &REQUEST_SENT,
            Page::Queue { .. } => &QUEUE,
            Page::ConsoleRequest { .. } => &CONSOLE_REQUEST,
            Page::ConsoleAction { action, .. } if is_decision(*action) => &CONSOLE_DECIDE,
            Page::ConsoleAction { .. } => &CONSOLE_WRITE,
            Page::RegisterCall => &REGISTER_CALL,
            Page::CallRegistered { .. } => &CALL_REGISTERED,
            Page::Statistics { .. } => &STATISTICS,
            Page::CannedReplies => &CANNED_REPLIES,
            Page::AdminArticles { .. } => &ADMIN_ARTICLES,
            Page::EditArticle { .. } => &EDIT_ARTICLE,
            Page::StaffSections { .. } => &STAFF_SECTIONS,
            Page::Notifications { .. } => &NOTIFICATIONS,
            Page::NotificationSettings => &NOTIFICATION_SETTINGS,
            Page::Callbacks { .. } => &CALLBACKS,
            Page::NewCallback => &NEW_CALLBACK,
            Page::ConsoleCallbacks { .. } => &CONSOLE_CALLBACKS,
        }
    }

    /// The chunk that shows the page.
    pub fn chunk(&self) -> Chunk {
        self.route().chunk
    }

    /// The page's path with its query.
    pub fn href(&self) -> String {
        with_query(self.route().path, &self.query())
    }

    /// The page's query, as its route reads it; empty values are left out of the address.
    fn query(&self) -> Vec<(&'static str, String)> {
        match self {
            Page::Home
            | Page::Feedback
            | Page::Register
            | Page::Recover
            | Page::Security
            | Page::Profile
            | Page::Identity
            | Page::StaffAccounts
            | Page::RequestDetails
            | Page::RequestFiles
            | Page::CheckRequest
            | Page::RegisterCall
            | Page::CannedReplies
            | Page::NotificationSettings
            | Page::NewCallback => Vec::new(),
            Page::FeedbackSent { number, due }
            | Page::RequestSent { number, due }
            | Page::CallRegistered { number, due } => {
                vec![("number", number.clone()), ("due", due.clone())]
            }
            Page::SignIn { timed_out, then } => {
                vec![("timeout", one(*timed_out)), ("then", then.clone())]
            }
            Page::KnowledgeBase { search } => search.pairs(),
            Page::Article { id } => vec![("id", id.to_string())],
            Page::Account { welcome } => vec![("welcome", one(*welcome))],
            Page::ChangeContact { phone } => {
                vec![("channel", if *phone { "phone" } else { "email" }.to_owned())]
            }
            Page::IdentityQueue { decided } => vec![("decided", one(*decided))],
            Page::IdentityCase { account_id } | Page::StaffSections { account_id } => {
                vec![("account", account_id.to_string())]
            }
            Page::MyRequests { filter } => filter_query(filter),
            Page::Request { number }
            | Page::ReplyToRequest { number }
            | Page::RateRequest { number }
            | Page::EscalateRequest { number } => vec![("number", number.clone())],
            Page::NewRequest { related, question } => {
                vec![("related", related.clone()), ("question", question.clone())]
            }
            Page::Queue { filter } => queue_query(filter),
            Page::ConsoleRequest { number, done } => vec![
                ("number", number.clone()),
                (
                    "done",
                    done.map(|a| a.code().to_owned()).unwrap_or_default(),
                ),
            ],
            Page::ConsoleAction { number, action } => vec![
                ("number", number.clone()),
                ("action", action.code().to_owned()),
            ],
            Page::Statistics { filter } => {
                vec![("from", filter.from.clone()), ("to", filter.to.clone())]
            }
            Page::Notifications { filter } => feed_query(filter).to_vec(),
            Page::Callbacks { booked } => vec![("booked", flag(*booked))],
            Page::AdminArticles { deleted } => vec![("deleted", one(*deleted))],
            Page::EditArticle { id, saved } => vec![
                ("id", id.map(|id| id.to_string()).unwrap_or_default()),
                ("saved", one(*saved)),
            ],
            Page::ConsoleCallbacks { finished } => vec![("finished", flag(*finished))],
        }
    }
}

/// Whether an action decides about the request (a form of its own address) rather than writes
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

/// Whether `href` is the address of a portal page (a path of [`ROUTES`], with or without a
/// query) that sign-in may go on to: never another site (`//elsewhere`, `https:`), nor signing
/// in, registering or recovering again.
pub fn is_page_address(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or_default();
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && route_at(path)
            .is_some_and(|route| !matches!(route.chunk, Chunk::Access | Chunk::Registration))
}

/// The request number in the address, when it is one: a number goes into API paths.
fn request_number(query: Query) -> Option<String> {
    crate::numbers::parse_request_number(&query("number")?).ok()
}

/// `1` for a flag that is on, nothing for one that is off (the pages' own flags, which only
/// their presence sets).
fn one(on: bool) -> String {
    if on { "1" } else { "" }.to_owned()
}

/// `true` for a flag that is on, nothing for one that is off (so the address leaves it out):
/// the form the API's filters read.
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
            Page::KnowledgeBase {
                search: crate::articles::ArticleSearch::default(),
            },
            Page::KnowledgeBase {
                search: crate::articles::ArticleSearch {
                    q: "\"код подтверждения\" & пароль".to_owned(),
                    kind: Some(crate::articles::ArticleKind::Video),
                    section: "account".to_owned(),
                    page: 2,
                },
            },
            Page::Article { id: 17 },
            Page::SignIn {
                timed_out: false,
                then: String::new(),
            },
            Page::SignIn {
                timed_out: true,
                then: "/account/requests/new?question=%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C"
                    .to_owned(),
            },
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
                filter: crate::requests::RequestFilter::default(),
            },
            Page::MyRequests {
                filter: crate::requests::RequestFilter {
                    status: Some(crate::status::Status::AwaitingDocuments),
                    category: "payments".to_owned(),
                    from: "01.11.2026".to_owned(),
                    to: "30.11.2026".to_owned(),
                    q: "адрес & регистрация".to_owned(),
                    order: crate::requests::ListOrder::ByStatus,
                    page: 3,
                },
            },
            Page::Request {
                number: "2026-000123".to_owned(),
            },
            Page::NewRequest {
                related: String::new(),
                question: String::new(),
            },
            Page::NewRequest {
                related: "2026-000123".to_owned(),
                question: "Не приходит код & что делать?".to_owned(),
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
                filter: crate::console::QueueFilter::default(),
            },
            Page::Queue {
                filter: crate::console::QueueFilter {
                    status: Some(crate::status::Status::InProgress),
                    category: "tech.site".to_owned(),
                    overdue: true,
                    escalated: true,
                    assigned: Some(crate::console::Assignment::Me),
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
                done: Some(crate::status::OperatorAction::RequestDocuments),
            },
            Page::ConsoleAction {
                number: "2026-000123".to_owned(),
                action: crate::status::OperatorAction::Transfer,
            },
            Page::ConsoleAction {
                number: "2026-000123".to_owned(),
                action: crate::status::OperatorAction::Resolve,
            },
            Page::RegisterCall,
            Page::CallRegistered {
                number: "2026-000124".to_owned(),
                due: "04.12.2026".to_owned(),
            },
            Page::Statistics {
                filter: crate::statistics::StatisticsFilter::default(),
            },
            Page::Statistics {
                filter: crate::statistics::StatisticsFilter {
                    from: "01.11.2026".to_owned(),
                    to: "30.11.2026".to_owned(),
                },
            },
            Page::CannedReplies,
            Page::AdminArticles { deleted: false },
            Page::AdminArticles { deleted: true },
            Page::EditArticle {
                id: None,
                saved: false,
            },
            Page::EditArticle {
                id: Some(12),
                saved: true,
            },
            Page::StaffSections { account_id: 5 },
            Page::Notifications {
                filter: crate::notifications::FeedFilter::default(),
            },
            Page::Notifications {
                filter: crate::notifications::FeedFilter {
                    unread: true,
                    week: true,
                    kind: Some(crate::notifications::Kind::DocumentsRequested),
                },
            },
            Page::Notifications {
                filter: crate::notifications::FeedFilter {
                    unread: false,
                    week: false,
                    kind: Some(crate::notifications::Kind::SignedIn),
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
        let filter = crate::notifications::FeedFilter {
            unread: true,
            week: true,
            kind: Some(crate::notifications::Kind::DocumentsRequested),
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
    fn sign_in_goes_on_only_to_a_page_of_the_portal() {
        let then_of = |then: &str| match Page::from_address("/sign-in", |key| {
            (key == "then").then(|| then.to_owned())
        }) {
            Some(Page::SignIn { then, .. }) => then,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            then_of("/account/requests/new?question=x"),
            "/account/requests/new?question=x"
        );
        for elsewhere in [
            "https://evil.example/account",
            "//evil.example/account",
            "/\\evil.example",
            "javascript:alert(1)",
            "/no/such/page",
            "/sign-in?then=/account",
            "/register",
            "account",
        ] {
            assert_eq!(then_of(elsewhere), "", "{elsewhere}");
        }
    }

    #[test]
    fn every_route_has_its_own_path() {
        for (i, route) in super::ROUTES.iter().enumerate() {
            assert!(
                super::ROUTES[i + 1..]
                    .iter()
                    .all(|other| other.path != route.path),
                "{} twice",
                route.path
            );
        }
    }

    #[test]
    fn every_route_is_the_route_of_a_page() {
        let pages = every_page();
        for route in super::ROUTES {
            assert!(
                pages.iter().any(|page| page.route().path == route.path),
                "no page of {} in every_page()",
                route.path
            );
        }
    }

    #[test]
    fn who_may_open_a_page_follows_the_role() {
        use super::Audience;
        use crate::accounts::Role;
        let citizen = Some(Role::Citizen);
        assert!(Audience::Anyone.admits(None));
        assert!(!Audience::SignedIn.admits(None));
        assert!(Audience::SignedIn.admits(citizen));
        assert!(!Audience::Operators.admits(citizen));
        assert!(Audience::Operators.admits(Some(Role::SeniorOperator)));
        assert!(!Audience::Operators.admits(Some(Role::Administrator)));
        assert!(Audience::StatisticsReaders.admits(Some(Role::Administrator)));
        assert!(!Audience::StatisticsReaders.admits(Some(Role::Operator)));
        assert!(!Audience::Administrators.admits(Some(Role::SeniorOperator)));
        assert!(!Audience::SignedIn.depends_on_role());
        assert!(Audience::StatisticsReaders.depends_on_role());
        assert_eq!(
            Page::Queue {
                filter: Default::default()
            }
            .route()
            .audience,
            Audience::Operators
        );
        assert_eq!(Page::Home.route().audience, Audience::Anyone);
    }
}
