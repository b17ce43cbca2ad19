//! The feed (`/notifications`): the person's notifications, newest first, filtered by the address
//! (unread only, the last seven days only, one kind), each with its time, the link to its request
//! and its own buttons. The list follows the bell's live count: when the count changes it is
//! fetched again and redrawn, with the keyboard's place kept.

use leptos::either::Either;
use leptos::prelude::*;
use shared::accounts::NoBody;
use shared::dates::{format_date_time, machine_time};
use shared::lang::Text;
use shared::notifications::{
    Feed, FeedFilter, FeedItem, Kind, NOTIFICATIONS_PATH, READ_ALL_PATH, notification_path,
    notification_read_path, page_of,
};
use shared::ui::notifications::feed as words;

use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::checkboxes::Checkboxes;
use crate::components::details::Details;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::radios::Choice;
use crate::components::select::{OptionGroup, Select};
use crate::live::keeping_focus;
use crate::router::navigate;
use crate::session::Session;
use crate::{focus_later, lang, set_title};
use shared::pages::{Page, feed_query, with_query};

/// What a button of the feed asks the server to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    /// Mark one read.
    Read(i64),
    /// Remove one from the feed.
    Delete(i64),
    /// Mark every one read.
    ReadAll,
}

/// The page.
#[component]
pub fn FeedPage(
    /// Which notifications.
    filter: FeedFilter,
) -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    let unread = Session::get().unread();
    let feed = RwSignal::new(None::<Feed>);
    // A failed load or action: the banner's heading and the words for why.
    let fault = RwSignal::new(None::<(Text, String)>);
    let banner = RwSignal::new(None::<Text>);
    let busy = RwSignal::new(false);
    let filtered = filter != FeedFilter::default();
    let path = StoredValue::new(with_query(NOTIFICATIONS_PATH, &feed_query(&filter)));
    let load = move || async move {
        match api::get::<Feed>(&path.get_value()).await {
            Ok(found) => feed.set(Some(found)),
            Err(error) => fault.set(Some((shared::ui::faults::NOT_LOADED, error.words()))),
        }
    };
    leptos::task::spawn_local(load());
    // The bell's count changed (a new notification, or one read elsewhere): fetch the list again
    // in the background, so it does not count as the person's activity, and keep their place.
    Effect::new(move |seen: Option<Option<u32>>| {
        let now = unread.get();
        if seen.is_some_and(|before| before != now) {
            leptos::task::spawn_local(async move {
                if let Ok(found) = api::get_in_background::<Feed>(&path.get_value()).await {
                    keeping_focus(|| feed.set(Some(found)));
                }
            });
        }
        now
    });
    let act = Callback::new(move |act: Act| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        banner.set(None);
        fault.set(None);
        leptos::task::spawn_local(async move {
            let done = match act {
                Act::Read(id) => api::post::<_, ()>(&notification_read_path(id), &NoBody {}).await,
                Act::Delete(id) => api::delete(&notification_path(id)).await,
                Act::ReadAll => api::post::<_, ()>(READ_ALL_PATH, &NoBody {}).await,
            };
            // Whatever the answer, the list as it is now.
            load().await;
            busy.set(false);
            match (done, act) {
                // The item stays: focus goes to it, whose «Новое» mark and button are gone.
                (Ok(()), Act::Read(id)) => focus_later(format!("notification-{id}")),
                // The item or every button is gone: the banner says what happened, with focus.
                (Ok(()), Act::Delete(_)) => banner.set(Some(words::DELETED)),
                (Ok(()), Act::ReadAll) => banner.set(Some(words::ALL_READ)),
                (Err(error), _) => fault.set(Some((words::NOT_DONE, error.words()))),
            }
        });
    });
    view! {
        {move || banner.get().map(|heading| view! {
            <NotificationBanner kind=BannerKind::Success heading=heading focus=true><span></span></NotificationBanner>
        })}
        {move || fault.get().map(|(heading, why)| view! {
            <NotificationBanner kind=BannerKind::Warning heading=heading>
                <p class="body">{why}</p>
            </NotificationBanner>
        })}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="body">
            <a href=Page::NotificationSettings.href()>{words::SETTINGS_LINK.get(lang())}</a>
        </p>
        <Filter filter=filter open=filtered />
        {move || feed.get().map(|feed| {
            let shown = feed.items.len();
            view! {
                <p class="body" aria-live="polite">
                    {format!("{} {}. {} {shown}.", words::UNREAD_COUNT.get(lang()), feed.unread, words::SHOWN_COUNT.get(lang()))}
                </p>
                {(feed.unread > 0).then(|| view! {
                    <Button label=words::READ_ALL kind=ButtonKind::Secondary busy=busy on_click=Callback::new(move |()| act.run(Act::ReadAll)) />
                })}
                {if feed.items.is_empty() {
                    let empty = if filtered { words::NONE_FOUND } else { words::EMPTY };
                    Either::Left(view! { <p class="body">{empty.get(lang())}</p> })
                } else {
                    Either::Right(view! {
                        <ul class="notifications">
                            {feed.items.into_iter().map(|item| view! { <Item item=item act=act /> }).collect_view()}
                        </ul>
                    })
                }}
            }
        })}
    }
}

/// The filter, in the address like «Мои обращения»'s: applying it opens the feed's page anew.
#[component]
fn Filter(filter: FeedFilter, open: bool) -> impl IntoView {
    let only = RwSignal::new(
        [(filter.unread, "unread"), (filter.week, "week")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, code)| code.to_owned())
            .collect::<Vec<_>>(),
    );
    let kind = RwSignal::new(filter.kind.map_or("", Kind::code).to_owned());
    let kinds = vec![OptionGroup {
        label: words::KIND.get(lang()).to_owned(),
        options: Kind::ALL
            .into_iter()
            .map(|kind| (kind.code().to_owned(), kind.name().get(lang()).to_owned()))
            .collect(),
    }];
    let flags = vec![
        Choice {
            value: "unread",
            label: words::ONLY_UNREAD,
            hint: None,
        },
        Choice {
            value: "week",
            label: words::ONLY_WEEK,
            hint: None,
        },
    ];
    // Nothing here can be wrong: every box and kind is a valid filter.
    let no_error = Signal::derive(|| None);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let only = only.get_untracked();
        navigate(&Page::Notifications {
            filter: FeedFilter {
                unread: only.iter().any(|o| o == "unread"),
                week: only.iter().any(|o| o == "week"),
                kind: Kind::from_code(&kind.get_untracked()),
            },
        });
    };
    view! {
        <Details summary=words::FILTER open=open>
            <form novalidate on:submit=on_submit>
                <Checkboxes name="only" legend=words::ONLY choices=flags value=only error=no_error />
                <Select name="kind" label=words::KIND placeholder=words::ANY_KIND groups=kinds value=kind error=no_error />
                <div class="button-group">
                    <Button label=words::APPLY submit=true />
                    <a class="link" href=Page::Notifications { filter: FeedFilter::default() }.href()>{words::CLEAR.get(lang())}</a>
                </div>
            </form>
        </Details>
    }
}

/// One notification: its heading (with «Новое» while unread), when, its text, its request's
/// link and its buttons. Every control has an id of its own, so a live redraw gives focus back
/// to the same one.
#[component]
fn Item(item: FeedItem, act: Callback<Act>) -> impl IntoView {
    let id = item.id;
    let anchor = format!("notification-{id}");
    // The buttons' words end with which notification, for a list of buttons read out of context.
    let which = format!(" {} «{}»", words::ABOUT.get(lang()), item.title);
    let paragraphs = item
        .text
        .split("\n\n")
        .map(|paragraph| view! { <p class="body">{paragraph.to_owned()}</p> })
        .collect_view();
    // The page it is about: its request's, or the call-backs' for a call-back's.
    let number = item.number.unwrap_or_default();
    let link = page_of(item.kind, &number).map(|href| {
        let words = if item.kind == Kind::CallbackScheduled {
            words::OPEN_CALLBACKS.get(lang()).to_owned()
        } else {
            format!("{} {number}", words::OPEN_REQUEST.get(lang()))
        };
        view! {
            <p class="body">
                <a id=format!("{anchor}-request") href=href>{words}</a>
            </p>
        }
    });
    let read_button = (!item.read).then(|| {
        let which = which.clone();
        view! {
            <button type="button" class="button button--secondary" id=format!("{anchor}-read") on:click=move |_| act.run(Act::Read(id))>
                {words::READ.get(lang())}
                <span class="visually-hidden">{which}</span>
            </button>
        }
    });
    view! {
        <li class="notifications__item" class:notifications__item--unread=!item.read>
            <h2 class="heading-s" id=anchor.clone() tabindex="-1">
                {(!item.read).then(|| view! { <strong class="tag tag--blue">{words::NEW.get(lang())}</strong> " " })}
                {item.title}
            </h2>
            <p class="hint">
                <time datetime=machine_time(item.at)>{format_date_time(item.at)}</time>
            </p>
            {paragraphs}
            {link}
            <div class="button-group">
                {read_button}
                <button type="button" class="button button--secondary" id=format!("{anchor}-delete") on:click=move |_| act.run(Act::Delete(id))>
                    {words::DELETE.get(lang())}
                    <span class="visually-hidden">{which}</span>
                </button>
            </div>
        </li>
    }
}
