//! «Заказать обратный звонок»: the number (the account's confirmed phone to start with), the
//! topic, the day and the window, a comment; judged by `shared`'s form in the browser before it
//! is sent, and by the same rule on the server. One call-back is open at a time: with one open,
//! the page shows it instead of the form.

use leptos::either::Either;
use leptos::prelude::*;
use shared::accounts::{PROFILE_PATH, ProfileView};
use shared::callbacks::{CALLBACKS_PATH, CallbackBooked, CallbackItem, MyCallbacks};
use shared::contacts::OPERATOR_HOURS;
use shared::dates::format_date;
use shared::forms::Form;
use shared::forms::callback::{Callback, FIELDS, WINDOWS, bookable_days};
use shared::ui::callbacks::{book as words, list as list_words};
use time::OffsetDateTime;

use super::{state_tag, topic_name, when};
use crate::api;
use crate::components::button::Button;
use crate::components::notification_banner::NotificationBanner;
use crate::components::phone_input::PhoneInput;
use crate::components::radios::{Choice, Radios};
use crate::components::select::{OptionGroup, Select, topic_groups};
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::session::Session;
use crate::{lang, now, set_title};
use shared::pages::Page;

/// The citizen's open call-back, if any.
async fn open_callback() -> Option<CallbackItem> {
    let mine = api::get::<MyCallbacks>(CALLBACKS_PATH).await.ok()?;
    mine.items.into_iter().find(|item| item.state.is_open())
}

/// The page: the form, or the call-back already booked; for staff a plain refusal.
#[component]
pub fn NewCallbackPage() -> impl IntoView {
    let session = Session::get();
    // The role alone decides: extending the session sets the account again, which must not
    // redraw the form and lose what is typed.
    let citizen = Memo::new(move |_| session.me().map(|me| !me.role.is_staff()));
    move || {
        citizen.get().map(|citizen| {
            if citizen {
                Either::Left(view! { <Booking /> })
            } else {
                set_title(words::TITLE.get(lang()), false);
                Either::Right(view! {
                    <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
                    <p class="body">{list_words::NOT_FOR_STAFF.get(lang())}</p>
                })
            }
        })
    }
}

/// What the page shows once it knows whether a call-back is open.
#[derive(Debug, Clone, PartialEq)]
enum Shown {
    /// The form.
    Form,
    /// The open call-back; `refused` when sending the form found it (the server's 409).
    Booked { item: CallbackItem, refused: bool },
}

#[component]
fn Booking() -> impl IntoView {
    let shown = RwSignal::new(None::<Shown>);
    leptos::task::spawn_local(async move {
        // Without the list the form is shown: the server still refuses a second call-back.
        shown.set(Some(match open_callback().await {
            Some(item) => Shown::Booked {
                item,
                refused: false,
            },
            None => Shown::Form,
        }));
    });
    move || {
        shown.get().map(|now_shown| match now_shown {
            Shown::Form => Either::Left(view! { <BookingForm shown=shown /> }),
            Shown::Booked { item, refused } => {
                Either::Right(view! { <AlreadyBooked item=item refused=refused /> })
            }
        })
    }
}

/// A call-back is open: it, and the way to the list where it can be cancelled.
#[component]
fn AlreadyBooked(item: CallbackItem, refused: bool) -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    view! {
        <NotificationBanner heading=words::ALREADY focus=refused>
            <p class="body">{words::ALREADY_TEXT.get(lang())}</p>
            <p class="body">
                <a href=Page::Callbacks { booked: false }.href()>{words::LIST_LINK.get(lang())}</a>
            </p>
        </NotificationBanner>
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="body">
            {state_tag(item.state)} " " {when(&item.day, &item.window)} ", " {topic_name(&item.topic)}
        </p>
    }
}

/// «02.12.2026, среда (завтра)».
fn day_label(day: time::Date, index: usize) -> String {
    let weekday = words::WEEKDAYS[usize::from(day.weekday().number_days_from_monday())];
    let near = match index {
        0 => Some(words::TODAY),
        1 => Some(words::TOMORROW),
        _ => None,
    };
    let mut label = format!("{}, {}", format_date(day), weekday.get(lang()));
    if let Some(near) = near {
        label.push_str(&format!(" ({})", near.get(lang())));
    }
    label
}

/// The days that can be chosen at `now`, as the select lists them.
fn days(now: OffsetDateTime) -> Vec<OptionGroup> {
    vec![OptionGroup {
        label: words::DAYS.get(lang()).to_owned(),
        options: bookable_days(now)
            .into_iter()
            .enumerate()
            .map(|(index, day)| (format_date(day), day_label(day, index)))
            .collect(),
    }]
}

#[component]
fn BookingForm(shown: RwSignal<Option<Shown>>) -> impl IntoView {
    let form = FormState::new(FIELDS);
    form.keep_title(words::TITLE);
    let phone = RwSignal::new(String::new());
    let topic = RwSignal::new(String::new());
    let day = RwSignal::new(String::new());
    let window = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    // One key for this page's submission: a retry after a lost answer books nothing twice.
    let key = StoredValue::new(api::new_key());
    // The account's confirmed phone, unless something was typed meanwhile.
    leptos::task::spawn_local(async move {
        if let Ok(view) = api::get::<ProfileView>(PROFILE_PATH).await
            && phone.with_untracked(|typed| typed.trim().is_empty())
        {
            phone.set(view.profile.phone);
        }
    });
    let windows = WINDOWS
        .iter()
        .map(|window| Choice {
            value: window.code,
            label: shared::lang::Text {
                ru: window.label,
                en: window.label,
            },
            hint: None,
        })
        .collect::<Vec<_>>();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = Callback {
            phone: phone.get_untracked(),
            topic: topic.get_untracked(),
            day: day.get_untracked(),
            window: window.get_untracked(),
            comment: comment.get_untracked(),
        };
        if !form.passes(request.check(now())) {
            return;
        }
        form.send_or(
            async move {
                api::post_once::<_, CallbackBooked>(CALLBACKS_PATH, &request, &key.get_value())
                    .await
            },
            |_| navigate(&Page::Callbacks { booked: true }),
            // Another call-back is open (booked in another tab, say): it, instead of the form;
            // when it cannot be read (or this very booking is still being made), the server's words.
            move |words| {
                leptos::task::spawn_local(async move {
                    match open_callback().await {
                        Some(item) => shown.set(Some(Shown::Booked {
                            item,
                            refused: true,
                        })),
                        None => form.refuse(words),
                    }
                });
            },
        );
    };
    view! {
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="lead">{words::LEAD.get(lang())}</p>
        <form novalidate on:submit=on_submit>
            <PhoneInput name="phone" label=words::PHONE hint=words::PHONE_HINT value=phone error=form.error("phone") />
            <Select name="topic" label=words::TOPIC placeholder=words::TOPIC_CHOOSE groups=topic_groups() value=topic error=form.error("topic") />
            <Select name="day" label=words::DAY placeholder=words::DAY_CHOOSE groups=days(now()) value=day error=form.error("day") />
            <Radios name="window" legend=words::WINDOW hint=OPERATOR_HOURS choices=windows value=window error=form.error("window") />
            <TextArea name="comment" label=words::COMMENT hint=words::COMMENT_HINT rule=shared::text::COMMENT rows=3 optional=true value=comment error=form.error("comment") />
            <Button label=words::SEND busy_label=words::SENDING busy=form.busy submit=true />
        </form>
    }
}
