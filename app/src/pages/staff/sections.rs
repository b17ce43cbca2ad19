//! The sections whose queues one operator works: an administrator ticks them and saves.

use leptos::either::EitherOf3;
use leptos::prelude::*;
use shared::accounts::{STAFF_ACCOUNTS_PATH, StaffMember};
use shared::categories::SECTIONS;
use shared::console::{Sections, staff_sections_path};
use shared::ui::account::{staff, staff_sections as words};

use crate::api;
use crate::components::button::Button;
use crate::components::checkboxes::Checkboxes;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::radios::Choice;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::pages::account::FormState;
use crate::{lang, set_title};
use shared::pages::Page;

/// What loading the staff list found.
#[derive(Clone)]
enum Found {
    /// The operator whose sections are set.
    Operator(StaffMember),
    /// No account of that id, or one that works no queues.
    Missing,
    /// The list could not be loaded: the words for why.
    Failed(String),
}

/// The page: the operator's sections (administrators only, `shared::pages`).
#[component]
pub fn StaffSectionsPage(
    /// The operator's account.
    account_id: i64,
) -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    view! { <Member account_id=account_id /> }
}

/// The link back to the staff list.
fn back() -> impl IntoView {
    view! { <p class="body"><a href=Page::StaffAccounts.href()>{words::BACK.get(lang())}</a></p> }
}

/// Finds the operator in the staff list (the API has no single-account read) and shows them.
#[component]
fn Member(account_id: i64) -> impl IntoView {
    let found = RwSignal::new(None::<Found>);
    leptos::task::spawn_local(async move {
        let answer = api::get::<Vec<StaffMember>>(STAFF_ACCOUNTS_PATH).await;
        found.set(Some(match answer {
            Ok(list) => list
                .into_iter()
                .find(|m| m.id == account_id && m.role.is_operator())
                .map_or(Found::Missing, Found::Operator),
            Err(error) => Found::Failed(error.words()),
        }));
    });
    move || {
        found.get().map(|found| match found {
            Found::Operator(member) => EitherOf3::A(view! { <Form member=member /> }),
            Found::Missing => EitherOf3::B(view! {
                <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
                <p class="body">{words::NOT_FOUND.get(lang())}</p>
                {back()}
            }),
            Found::Failed(why) => EitherOf3::C(view! {
                <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_LOADED>
                    <p class="body">{why}</p>
                </NotificationBanner>
                <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
                {back()}
            }),
        })
    }
}

/// Who the operator is and the sections to tick.
#[component]
fn Form(member: StaffMember) -> impl IntoView {
    let account_id = member.id;
    let sections = RwSignal::new(member.sections);
    let saved = RwSignal::new(false);
    let form = FormState::new(&["sections"]);
    form.keep_title(words::TITLE);
    let choices = SECTIONS
        .iter()
        .map(|section| Choice {
            value: section.code,
            label: section.name,
            hint: None,
        })
        .collect();
    let rows = vec![
        SummaryRow {
            key: staff::EMAIL,
            value: member.email,
            change: None,
        },
        SummaryRow {
            key: staff::ROLE,
            value: member.role.name().get(lang()).to_owned(),
            change: None,
        },
    ];
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = Sections {
            sections: sections.get_untracked(),
        };
        if form.passes(request.check()) {
            saved.set(false);
            form.send(
                async move { api::put::<_, ()>(&staff_sections_path(account_id), &request).await },
                move |()| saved.set(true),
            );
        }
    };
    view! {
        {move || saved.get().then(|| view! {
            <NotificationBanner kind=BannerKind::Success heading=words::SAVED focus=true>
                {back()}
            </NotificationBanner>
        })}
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <SummaryList rows=rows />
        <form novalidate on:submit=on_submit>
            <Checkboxes name="sections" legend=words::LEGEND hint=words::HINT choices=choices value=sections error=form.error("sections") />
            <Button label=words::SAVE submit=true busy=form.busy />
        </form>
        {back()}
    }
}
