//! HTTP routes, grouped by area. Handlers stay thin: parse, call `shared` and storage, answer.

pub mod account;
pub mod admin;
pub mod articles;
pub mod callbacks;
pub mod categories;
pub mod chat;
pub mod console;
pub mod dev;
mod extract;
pub mod feedback;
pub mod identity;
pub mod notifications;
pub mod profile;
pub mod recovery;
pub mod registration;
pub mod requests;
mod responses;
pub mod session;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{MethodRouter, any, delete, get, post, put};
use shared::accounts::{
    CONTACT_CONFIRM_PATH, CONTACT_PATH, END_OTHER_SESSIONS_PATH, PASSWORD_PATH, PROFILE_PATH,
    RECOVERY_CODE_PATH, RECOVERY_PASSWORD_PATH, RECOVERY_PATH, RECOVERY_SECOND_FACTOR_PATH,
    REGISTRATION_CONFIRM_PATH, REGISTRATION_PATH, REGISTRATION_RESEND_PATH, SECOND_FACTOR_PATH,
    SECOND_FACTOR_SETTING_PATH, SESSION_EXTEND_PATH, SESSION_PATH, SESSIONS_PATH,
    STAFF_ACCOUNTS_PATH, TOTP_CONFIRM_PATH, TOTP_PATH,
};
use shared::api::{CATEGORIES_PATH, FEEDBACK_PATH};
use shared::articles::{
    ADMIN_ARTICLE_LINKS_PATH, ADMIN_ARTICLE_PREVIEW_PATH, ADMIN_ARTICLES_PATH,
    ARTICLE_SUGGEST_PATH, ARTICLES_PATH, POPULAR_ARTICLES_PATH,
};
use shared::attachments::TOTAL_MAX_BYTES;
use shared::callbacks::{CALLBACKS_PATH, CONSOLE_CALLBACKS_PATH, CallAction};
use shared::chat::{
    CHAT_EVENTS_PATH, CHAT_FRAMES_PATH, CHAT_SOCKET_PATH, CHATS_PATH, CONSOLE_CHAT_DUTY_PATH,
    CONSOLE_CHATS_PATH,
};
use shared::console::{
    ADMIN_CANNED_REPLIES_PATH, CANNED_REPLIES_PATH, CITIZENS_PATH, CONSOLE_EVENTS_PATH,
    CONSOLE_REQUESTS_PATH,
};
use shared::identity::{IDENTITY_PATH, IDENTITY_QUEUE_PATH};
use shared::notifications::{
    NOTIFICATION_EVENTS_PATH, NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH, READ_ALL_PATH,
};
use shared::requests::REQUESTS_PATH;
use shared::statistics::{STATISTICS_CSV_PATH, STATISTICS_PATH};
use shared::status::OperatorAction;

use crate::AppState;
use crate::error::api_not_found;

/// Body limit of every API route but uploads.
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;
/// Body limit of routes that take files: all files of a submission plus room for the form.
pub const UPLOAD_BODY_LIMIT: usize = TOTAL_MAX_BYTES as usize + 1024 * 1024;

/// Every `/api/` route.
pub fn api() -> Router<AppState> {
    Router::new()
        .route(CATEGORIES_PATH, get(categories::list))
        .route(
            FEEDBACK_PATH,
            post(feedback::create).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(REGISTRATION_PATH, post(registration::start))
        .route(REGISTRATION_RESEND_PATH, post(registration::resend))
        .route(REGISTRATION_CONFIRM_PATH, post(registration::confirm))
        .route(
            SESSION_PATH,
            get(session::me)
                .post(session::sign_in)
                .delete(session::sign_out),
        )
        .route(SECOND_FACTOR_PATH, post(session::second_factor))
        .route(SESSION_EXTEND_PATH, post(session::extend))
        .route(SESSIONS_PATH, get(session::list))
        .route(&format!("{SESSIONS_PATH}/{{id}}"), delete(session::end))
        .route(END_OTHER_SESSIONS_PATH, post(session::end_others))
        .route(PASSWORD_PATH, post(account::change_password))
        .route(SECOND_FACTOR_SETTING_PATH, post(account::set_second_factor))
        .route(TOTP_PATH, post(account::start_totp))
        .route(TOTP_CONFIRM_PATH, post(account::confirm_totp))
        .route(RECOVERY_PATH, post(recovery::start))
        .route(RECOVERY_CODE_PATH, post(recovery::code))
        .route(RECOVERY_SECOND_FACTOR_PATH, post(recovery::second_factor))
        .route(RECOVERY_PASSWORD_PATH, post(recovery::password))
        .route(PROFILE_PATH, get(profile::show).put(profile::save))
        .route(CONTACT_PATH, post(profile::start_contact_change))
        .route(CONTACT_CONFIRM_PATH, post(profile::confirm_contact_change))
        .route(
            IDENTITY_PATH,
            post(identity::submit).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(IDENTITY_QUEUE_PATH, get(identity::queue))
        .route(
            &format!("{IDENTITY_QUEUE_PATH}/{{account}}"),
            get(identity::case).post(identity::decide),
        )
        .route(
            &format!("{IDENTITY_QUEUE_PATH}/{{account}}/scans/{{scan}}"),
            get(identity::scan),
        )
        .route(
            STAFF_ACCOUNTS_PATH,
            get(admin::list_staff_accounts).post(admin::create_staff_account),
        )
        .route(
            REQUESTS_PATH,
            get(requests::list)
                .post(requests::create)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(&format!("{REQUESTS_PATH}/{{number}}"), get(requests::show))
        .route(
            &format!("{REQUESTS_PATH}/{{number}}/files/{{file}}"),
            get(requests::file),
        )
        .route(
            &format!("{REQUESTS_PATH}/{{number}}/messages"),
            post(requests::reply).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            &format!("{REQUESTS_PATH}/{{number}}/close"),
            post(requests::close),
        )
        .route(
            &format!("{REQUESTS_PATH}/{{number}}/reopen"),
            post(requests::reopen),
        )
        .route(
            &format!("{REQUESTS_PATH}/{{number}}/escalation"),
            post(requests::escalate),
        )
        .route(
            &format!("{REQUESTS_PATH}/{{number}}/rating"),
            post(requests::rate),
        )
        .route(
            &format!("{STAFF_ACCOUNTS_PATH}/{{id}}/sections"),
            put(admin::set_sections),
        )
        .route(
            ADMIN_CANNED_REPLIES_PATH,
            get(admin::canned_replies).post(admin::add_canned_reply),
        )
        .route(
            &format!("{ADMIN_CANNED_REPLIES_PATH}/{{id}}"),
            put(admin::update_canned_reply).delete(admin::delete_canned_reply),
        )
        .route(NOTIFICATIONS_PATH, get(notifications::feed))
        .route(READ_ALL_PATH, post(notifications::mark_all_read))
        .route(NOTIFICATION_EVENTS_PATH, get(notifications::events))
        .route(
            &format!("{NOTIFICATIONS_PATH}/{{id}}"),
            delete(notifications::delete),
        )
        .route(
            &format!("{NOTIFICATIONS_PATH}/{{id}}/read"),
            post(notifications::mark_read),
        )
        .route(
            NOTIFICATION_SETTINGS_PATH,
            get(notifications::settings).put(notifications::save_settings),
        )
        .merge(callbacks())
        .merge(chats())
        .merge(console())
        .merge(knowledge_base())
        .route("/api/{*rest}", any(api_not_found))
        .layer(DefaultBodyLimit::max(DEFAULT_BODY_LIMIT))
}

/// The chat: the citizen's, the operators', and its live connections.
fn chats() -> Router<AppState> {
    let chat = |tail: &str| format!("{CHATS_PATH}/{{id}}{tail}");
    Router::new()
        .route(CHATS_PATH, get(chat::mine).post(chat::open))
        .route(CHAT_SOCKET_PATH, get(chat::socket))
        .route(CHAT_EVENTS_PATH, get(chat::events))
        .route(CHAT_FRAMES_PATH, post(chat::frames))
        .route(&chat(""), get(chat::show))
        .route(&chat("/operator"), post(chat::call_operator))
        .route(&chat("/close"), post(chat::close))
        .route(&chat("/rating"), post(chat::rate))
        .route(&chat("/request"), post(chat::to_request))
        .route(&chat("/email"), post(chat::email))
        .route(&chat("/transcript.txt"), get(chat::text))
        .route(CONSOLE_CHATS_PATH, get(chat::console_list))
        .route(CONSOLE_CHAT_DUTY_PATH, put(chat::duty))
        .route(
            &format!("{CONSOLE_CHATS_PATH}/{{id}}/take"),
            post(chat::take),
        )
        .route(
            &format!("{CONSOLE_CHATS_PATH}/{{id}}/transfer"),
            post(chat::transfer),
        )
}

/// The knowledge base: reading for anyone, writing for administrators.
fn knowledge_base() -> Router<AppState> {
    Router::new()
        .route(ARTICLES_PATH, get(articles::list))
        .route(ARTICLE_SUGGEST_PATH, get(articles::suggest))
        .route(POPULAR_ARTICLES_PATH, get(articles::popular))
        .route(&format!("{ARTICLES_PATH}/{{id}}"), get(articles::show))
        .route(
            &format!("{ARTICLES_PATH}/{{id}}/votes"),
            post(articles::vote),
        )
        .route(
            ADMIN_ARTICLES_PATH,
            get(articles::figures).post(articles::create),
        )
        .route(ADMIN_ARTICLE_LINKS_PATH, get(articles::links))
        .route(ADMIN_ARTICLE_PREVIEW_PATH, post(articles::preview))
        .route(
            &format!("{ADMIN_ARTICLES_PATH}/{{id}}"),
            get(articles::edited)
                .put(articles::update)
                .delete(articles::delete),
        )
}

/// Call-backs: the citizen's and the operators'.
fn callbacks() -> Router<AppState> {
    let callback = |tail: &str| format!("{CALLBACKS_PATH}/{{id}}/{tail}");
    let console = |action: CallAction| format!("{CONSOLE_CALLBACKS_PATH}/{{id}}/{}", action.code());
    Router::new()
        .route(CALLBACKS_PATH, get(callbacks::mine).post(callbacks::book))
        .route(
            &callback(CallAction::Cancel.code()),
            post(callbacks::cancel),
        )
        .route(CONSOLE_CALLBACKS_PATH, get(callbacks::queue))
        .route(&console(CallAction::Schedule), post(callbacks::schedule))
        .route(&console(CallAction::Done), post(callbacks::done))
        .route(
            &console(CallAction::NotReached),
            post(callbacks::not_reached),
        )
}

/// The operator console's routes.
fn console() -> Router<AppState> {
    let request = |tail: &str| format!("{CONSOLE_REQUESTS_PATH}/{{number}}{tail}");
    let action = |action: OperatorAction, handler: MethodRouter<AppState>| {
        (request(&format!("/{}", action.code())), handler)
    };
    let actions = [
        action(OperatorAction::Take, post(console::take)),
        action(OperatorAction::Reply, post(console::reply)),
        action(
            OperatorAction::RequestDocuments,
            post(console::request_documents),
        ),
        action(OperatorAction::Resolve, post(console::resolve)),
        action(OperatorAction::Reject, post(console::reject)),
        action(OperatorAction::Extend, post(console::extend)),
        action(OperatorAction::Escalate, post(console::escalate)),
        action(OperatorAction::Transfer, post(console::transfer)),
        action(OperatorAction::Reopen, post(console::reopen)),
        action(OperatorAction::Uphold, post(console::uphold)),
        action(OperatorAction::Note, post(console::note)),
    ];
    let router = Router::new()
        .route(
            CONSOLE_REQUESTS_PATH,
            get(console::queue).post(console::register),
        )
        .route(&request(""), get(console::show))
        .route(&request("/files/{file}"), get(console::file))
        .route(CONSOLE_EVENTS_PATH, get(console::events))
        .route(CANNED_REPLIES_PATH, get(console::canned_replies))
        .route(CITIZENS_PATH, post(console::citizens))
        .route(STATISTICS_PATH, get(console::statistics))
        .route(STATISTICS_CSV_PATH, get(console::statistics_csv));
    actions.into_iter().fold(router, |router, (path, handler)| {
        router.route(&path, handler)
    })
}
