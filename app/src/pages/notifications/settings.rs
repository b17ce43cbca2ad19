//! «Настройки → Уведомления» (`/account/notifications`): a box for every kind of notification by
//! every channel, saved together. The boxes `shared::notifications::can_change` refuses are shown
//! but cannot be changed, and the page says why: security events always reach the feed, text
//! messages need a confirmed phone.

use leptos::either::Either;
use leptos::prelude::*;
use shared::notifications::{
    Channel, Choice, Kind, NOTIFICATION_SETTINGS_PATH, Settings, SettingsChange, can_change,
    goes_by,
};
use shared::ui::notifications::settings as words;

use crate::api;
use crate::components::button::Button;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::pages::account::FormState;
use crate::{lang, set_title};
use shared::pages::Page;

/// The page: the settings once loaded, or why they could not be.
#[component]
pub fn SettingsPage() -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    let loaded = RwSignal::new(None::<Result<Settings, String>>);
    leptos::task::spawn_local(async move {
        let answer = api::get::<Settings>(NOTIFICATION_SETTINGS_PATH).await;
        loaded.set(Some(answer.map_err(api::SendError::words)));
    });
    move || {
        loaded.get().map(|answer| match answer {
            Ok(settings) => Either::Left(view! { <Form settings=settings /> }),
            Err(why) => Either::Right(view! {
                <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_LOADED>
                    <p class="body">{why}</p>
                </NotificationBanner>
                <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
            }),
        })
    }
}

/// The table of boxes and the save button.
#[component]
fn Form(settings: Settings) -> impl IntoView {
    let has_phone = settings.has_phone;
    let choices = RwSignal::new(settings.choices);
    let saved = RwSignal::new(false);
    let form = FormState::new(&[]);
    form.keep_title(words::TITLE);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let change = SettingsChange {
            choices: choices.get_untracked(),
        };
        form.send(
            async move { api::put::<_, Settings>(NOTIFICATION_SETTINGS_PATH, &change).await },
            move |settings| {
                choices.set(settings.choices);
                saved.set(true);
            },
        );
    };
    let channels = Channel::ALL
        .into_iter()
        .map(|channel| view! { <th scope="col" class="table__header">{channel.name().get(lang())}</th> })
        .collect_view();
    let rows = Kind::ALL
        .into_iter()
        .map(|kind| {
            let boxes = Channel::ALL
                .into_iter()
                .map(|channel| view! { <td class="table__cell"><ChoiceBox kind=kind channel=channel has_phone=has_phone choices=choices /></td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" class="table__cell">{kind.name().get(lang())}</th>
                    {boxes}
                </tr>
            }
        })
        .collect_view();
    let region = words::CAPTION.get(lang());
    view! {
        {move || saved.get().then(|| view! {
            <NotificationBanner kind=BannerKind::Success heading=words::SAVED focus=true>
                <p class="body"><a href=Page::Notifications { filter: Default::default() }.href()>{words::FEED_LINK.get(lang())}</a></p>
            </NotificationBanner>
        })}
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="body">{words::LEAD.get(lang())}</p>
        {(!has_phone).then(|| view! {
            <div class="inset-text">
                <p class="body">
                    {words::NO_PHONE.get(lang())} " "
                    <a href=Page::Profile.href()>{words::PROFILE_LINK.get(lang())}</a>
                </p>
            </div>
        })}
        <form novalidate on:submit=on_submit>
            <div class="table-scroll" role="region" aria-label=region tabindex="0">
                <table class="table notification-settings">
                    <caption class="table__caption">{region}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="table__header">{words::KIND.get(lang())}</th>
                            {channels}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="hint">{words::SECURITY_HINT.get(lang())}</p>
            <Button label=words::SAVE busy_label=words::SAVING submit=true busy=form.busy />
        </form>
        <p class="body">
            <a href=Page::Notifications { filter: Default::default() }.href()>{words::FEED_LINK.get(lang())}</a>
        </p>
    }
}

/// One box: `kind` by `channel`, named for a screen reader by its row and column («Ответ
/// оператора: СМС»), since a table's cells have no visible label of their own.
#[component]
fn ChoiceBox(
    kind: Kind,
    channel: Channel,
    has_phone: bool,
    choices: RwSignal<Vec<Choice>>,
) -> impl IntoView {
    let id = format!("{}-{}", kind.code(), channel.code());
    let fixed = !can_change(kind, channel, has_phone);
    let why = if !fixed {
        ""
    } else if channel == Channel::Sms {
        words::NEEDS_PHONE.get(lang())
    } else {
        words::ALWAYS.get(lang())
    };
    let name = format!(
        "{}: {} {why}",
        kind.name().get(lang()),
        channel.name().get(lang())
    );
    // What the person chose, or for a box that cannot change what happens regardless.
    let checked = move || {
        choices.with(|all| {
            let chosen = all
                .iter()
                .find(|c| c.kind == kind && c.channel == channel)
                .map(|c| c.on);
            goes_by(kind, channel, chosen, has_phone)
        })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        choices.update(|all| {
            match all
                .iter_mut()
                .find(|c| c.kind == kind && c.channel == channel)
            {
                Some(choice) => choice.on = on,
                None => all.push(Choice { kind, channel, on }),
            }
        });
    };
    view! {
        <div class="choice notification-settings__box">
            <input class="choice__input" id=id.clone() name=id.clone() type="checkbox" disabled=fixed prop:checked=checked on:change=on_change />
            <label class="choice__label choice__label--checkbox" for=id>
                <span class="visually-hidden">{name.trim_end().to_owned()}</span>
            </label>
        </div>
    }
}
