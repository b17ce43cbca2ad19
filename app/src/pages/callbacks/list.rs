//! «Обратные звонки»: the citizen's open call-back on top — its state, number, topic, day and
//! window, the time set, the comment — with «Отменить звонок» (asked once more in place), the
//! earlier ones below, and the way to book one when none is open.

use leptos::either::Either;
use leptos::prelude::*;
use shared::accounts::NoBody;
use shared::callbacks::{CALLBACKS_PATH, CallbackItem, MyCallbacks, callback_cancel_path};
use shared::dates::format_date_time;
use shared::ui::callbacks::list as words;

use super::{Banner, citizen_rows, state_tag, topic_name, when};
use crate::api::{self, SendError};
use crate::components::button::{Button, ButtonKind};
use crate::components::notification_banner::BannerKind;
use crate::components::summary_list::SummaryList;
use crate::session::Session;
use crate::{focus_later, lang, set_title};
use shared::pages::Page;

/// The element id of the cancel button, where focus returns after «Не отменять».
const CANCEL_BUTTON: &str = "callback-cancel";
/// The element id of the question after «Отменить звонок».
const CANCEL_QUESTION: &str = "callback-cancel-question";

/// The page; for staff a plain refusal.
#[component]
pub fn CallbacksPage(
    /// One was just booked.
    booked: bool,
) -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    let session = Session::get();
    let citizen = Memo::new(move |_| session.me().map(|me| !me.role.is_staff()));
    move || {
        citizen.get().map(|citizen| {
            if citizen {
                Either::Left(view! { <Callbacks booked=booked /> })
            } else {
                Either::Right(view! {
                    <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
                    <p class="body">{words::NOT_FOR_STAFF.get(lang())}</p>
                })
            }
        })
    }
}

#[component]
fn Callbacks(booked: bool) -> impl IntoView {
    let items = RwSignal::new(None::<Vec<CallbackItem>>);
    let banner = RwSignal::new(booked.then(|| -> Banner {
        (
            BannerKind::Success,
            words::BOOKED,
            Some(words::BOOKED_TEXT.get(lang()).to_owned()),
        )
    }));
    let confirming = RwSignal::new(false);
    let busy = RwSignal::new(false);
    // The list as it stands, or why it could not be read.
    let load = move || async move {
        let mine = api::get::<MyCallbacks>(CALLBACKS_PATH)
            .await
            .map_err(SendError::words)?;
        items.set(Some(mine.items));
        Ok::<(), String>(())
    };
    leptos::task::spawn_local(async move {
        if let Err(words) = load().await {
            banner.set(Some((
                BannerKind::Warning,
                shared::ui::faults::NOT_LOADED,
                Some(words),
            )));
        }
    });
    let ask = Callback::new(move |()| {
        confirming.set(true);
        focus_later(CANCEL_QUESTION.to_owned());
    });
    let keep = Callback::new(move |()| {
        confirming.set(false);
        focus_later(CANCEL_BUTTON.to_owned());
    });
    let cancel = Callback::new(move |id: i64| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        banner.set(None);
        leptos::task::spawn_local(async move {
            let result = api::post::<_, ()>(&callback_cancel_path(id), &NoBody {}).await;
            // Whatever the answer, the call-back as it stands now; when the list cannot be read
            // again, the banner says so under the answer.
            let reloaded = load().await;
            busy.set(false);
            confirming.set(false);
            banner.set(Some(match result {
                Ok(()) => (BannerKind::Success, words::CANCELLED, reloaded.err()),
                // Made or recorded meanwhile: the list above shows how it stands.
                Err(SendError::Conflict(_)) => (
                    BannerKind::Warning,
                    words::NOT_CANCELLED,
                    Some(
                        reloaded
                            .err()
                            .unwrap_or_else(|| words::NOT_CANCELLED_TEXT.get(lang()).to_owned()),
                    ),
                ),
                Err(error) => (
                    BannerKind::Warning,
                    shared::ui::faults::NOT_SENT,
                    Some(error.words()),
                ),
            }));
        });
    });
    view! {
        {super::banner(banner)}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        {move || items.get().map(|items| {
            let (open, past): (Vec<CallbackItem>, Vec<CallbackItem>) =
                items.into_iter().partition(|item| item.state.is_open());
            let empty = open.is_empty() && past.is_empty();
            let top = match open.into_iter().next() {
                Some(item) => Either::Left(view! {
                    <Open item=item confirming=confirming busy=busy ask=ask keep=keep cancel=cancel />
                }),
                None => Either::Right(view! {
                    <p class="body">
                        <a class="button" href=Page::NewCallback.href()>{words::NEW.get(lang())}</a>
                    </p>
                }),
            };
            view! {
                {top}
                {empty.then(|| view! { <p class="body">{words::EMPTY.get(lang())}</p> })}
                {(!past.is_empty()).then(|| view! {
                    <h2 class="heading-m">{words::HISTORY.get(lang())}</h2>
                    <ul class="list">
                        {past.into_iter().map(|item| view! { <Past item=item /> }).collect_view()}
                    </ul>
                })}
            }
        })}
    }
}

/// The open call-back and «Отменить звонок», or the question after it.
#[component]
fn Open(
    item: CallbackItem,
    confirming: RwSignal<bool>,
    busy: RwSignal<bool>,
    ask: Callback<()>,
    keep: Callback<()>,
    cancel: Callback<i64>,
) -> impl IntoView {
    let id = item.id;
    view! {
        <h2 class="heading-m">{words::OPEN.get(lang())}</h2>
        <p class="body">{state_tag(item.state)}</p>
        <SummaryList rows=citizen_rows(&item) />
        {move || if confirming.get() {
            Either::Left(view! {
                <p class="body" id=CANCEL_QUESTION tabindex="-1">
                    <strong>{words::CANCEL_QUESTION.get(lang())}</strong> " " {words::CANCEL_WARNING.get(lang())}
                </p>
                <div class="button-group">
                    <Button label=words::CANCEL_YES kind=ButtonKind::Warning busy=busy on_click=Callback::new(move |()| cancel.run(id)) />
                    <Button label=words::KEEP kind=ButtonKind::Secondary on_click=keep />
                </div>
            })
        } else {
            Either::Right(view! {
                <button type="button" class="button button--warning" id=CANCEL_BUTTON on:click=move |_| ask.run(())>
                    {words::CANCEL.get(lang())}
                </button>
            })
        }}
    }
}

/// An earlier call-back: its state, day and window, topic and when it was booked.
#[component]
fn Past(item: CallbackItem) -> impl IntoView {
    view! {
        <li>
            {state_tag(item.state)} " " {when(&item.day, &item.window)} ", " {topic_name(&item.topic)}
            <br />
            <span class="hint">{words::BOOKED_AT.get(lang())} " " {format_date_time(item.created_at)}</span>
        </li>
    }
}
