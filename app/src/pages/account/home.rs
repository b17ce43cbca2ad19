//! «Личный кабинет»: who is signed in and where to manage the account.

use leptos::prelude::*;
use shared::accounts::Role;
use shared::ui::account::{canned_replies, home as words, identity_queue, profile, staff};
use shared::ui::callbacks;
use shared::ui::notifications::settings as notifications;
use shared::ui::requests::list as requests;

use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::session::Session;
use crate::{lang, set_title};
use shared::pages::Page;

/// The account's home page.
#[component]
pub fn AccountPage(
    /// Just registered.
    welcome: bool,
) -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    let session = Session::get();
    view! {
        {welcome.then(|| view! {
            <NotificationBanner kind=BannerKind::Success heading=words::WELCOME focus=true><span></span></NotificationBanner>
        })}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        {move || session.me().map(|me| view! {
            <p class="lead">{me.name}</p>
            <p class="body">{words::ROLE.get(lang())} " " {me.role.name().get(lang())}</p>
        })}
        {move || session.me().filter(|me| !me.role.is_staff()).map(|_| view! {
            <p class="body">
                <a class="button" href=Page::new_request().href()>{requests::NEW.get(lang())}</a>
            </p>
            <h2 class="heading-m"><a href=Page::MyRequests { filter: Default::default() }.href()>{requests::TITLE.get(lang())}</a></h2>
            <p class="body">{requests::LINK_TEXT.get(lang())}</p>
            <h2 class="heading-m"><a href=Page::Callbacks { booked: false }.href()>{callbacks::list::TITLE.get(lang())}</a></h2>
            <p class="body">{callbacks::list::LINK_TEXT.get(lang())}</p>
        })}
        <h2 class="heading-m"><a href=Page::Profile.href()>{profile::TITLE.get(lang())}</a></h2>
        <p class="body">{profile::LINK_TEXT.get(lang())}</p>
        <h2 class="heading-m"><a href=Page::Security.href()>{words::SECURITY_LINK.get(lang())}</a></h2>
        <p class="body">{words::SECURITY_TEXT.get(lang())}</p>
        <h2 class="heading-m"><a href=Page::NotificationSettings.href()>{notifications::TITLE.get(lang())}</a></h2>
        <p class="body">{notifications::LINK_TEXT.get(lang())}</p>
        {move || session.me().filter(|me| me.role.is_operator()).map(|_| view! {
            <h2 class="heading-m"><a href=Page::Queue { filter: Default::default() }.href()>{words::CONSOLE_LINK.get(lang())}</a></h2>
            <p class="body">{words::CONSOLE_TEXT.get(lang())}</p>
            <h2 class="heading-m"><a href=Page::RegisterCall.href()>{words::REGISTER_CALL_LINK.get(lang())}</a></h2>
            <p class="body">{words::REGISTER_CALL_TEXT.get(lang())}</p>
            <h2 class="heading-m"><a href=Page::ConsoleCallbacks { finished: false }.href()>{callbacks::console::TITLE.get(lang())}</a></h2>
            <p class="body">{callbacks::console::LINK_TEXT.get(lang())}</p>
            <h2 class="heading-m"><a href=Page::IdentityQueue { decided: false }.href()>{identity_queue::TITLE.get(lang())}</a></h2>
            <p class="body">{identity_queue::LINK_TEXT.get(lang())}</p>
        })}
        {move || session.me().filter(|me| me.role.sees_statistics()).map(|_| view! {
            <h2 class="heading-m"><a href=Page::Statistics { filter: Default::default() }.href()>{shared::ui::statistics::TITLE.get(lang())}</a></h2>
            <p class="body">{words::STATISTICS_TEXT.get(lang())}</p>
        })}
        {move || session.me().filter(|me| me.role == Role::Administrator).map(|_| view! {
            <h2 class="heading-m"><a href=Page::StaffAccounts.href()>{staff::TITLE.get(lang())}</a></h2>
            <p class="body">{staff::LINK_TEXT.get(lang())}</p>
            <h2 class="heading-m"><a href=Page::CannedReplies.href()>{canned_replies::TITLE.get(lang())}</a></h2>
            <p class="body">{canned_replies::LINK_TEXT.get(lang())}</p>
        })}
        {move || session.me().filter(|me| me.role.is_staff()).map(|_| view! {
            <h2 class="heading-m"><a href=Page::AdminArticles { deleted: false }.href()>{shared::ui::knowledge::admin::TITLE.get(lang())}</a></h2>
            <p class="body">{shared::ui::knowledge::admin::LINK_TEXT.get(lang())}</p>
        })}
    }
}
