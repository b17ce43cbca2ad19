//! «Сотрудники»: an administrator sees the contact centre's accounts and creates one; the new
//! colleague is e-mailed and sets a password through recovery.

use leptos::prelude::*;
use shared::accounts::{NewStaffAccount, Role, STAFF_ACCOUNTS_PATH, StaffMember};
use shared::dates::{format_date, in_moscow};
use shared::ui::account::{canned_replies, staff as words};

use crate::api;
use crate::components::button::Button;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::radios::{Choice, Radios};
use crate::components::table::{Column, Table};
use crate::components::text_input::TextInput;
use crate::pages::account::FormState;
use crate::{lang, set_title};
use shared::pages::Page;

/// The roles an administrator may give, with what each does.
fn role_choices() -> Vec<Choice> {
    [
        (Role::Operator, words::OPERATOR_HINT),
        (Role::SeniorOperator, words::SENIOR_OPERATOR_HINT),
        (Role::Administrator, words::ADMINISTRATOR_HINT),
    ]
    .into_iter()
    .map(|(role, hint)| Choice {
        value: role.code(),
        label: role.name(),
        hint: Some(hint),
    })
    .collect()
}

/// The columns of the list.
fn columns() -> Vec<Column<StaffMember>> {
    vec![
        Column {
            heading: words::EMAIL,
            numeric: false,
            cell: |m: &StaffMember| m.email.clone().into_any(),
            order: Some(|a: &StaffMember, b: &StaffMember| a.email.cmp(&b.email)),
        },
        Column {
            heading: words::ROLE,
            numeric: false,
            cell: |m: &StaffMember| m.role.name().get(lang()).into_any(),
            order: None,
        },
        Column {
            heading: words::SECTIONS,
            numeric: false,
            cell: sections_cell,
            order: None,
        },
        Column {
            heading: words::CREATED_AT,
            numeric: false,
            cell: |m: &StaffMember| format_date(in_moscow(m.created_at).date()).into_any(),
            order: Some(|a: &StaffMember, b: &StaffMember| a.created_at.cmp(&b.created_at)),
        },
    ]
}

/// An operator's section names and the link to change them; administrators work no queues.
fn sections_cell(member: &StaffMember) -> AnyView {
    if !member.role.is_operator() {
        return words::NOT_APPLICABLE.get(lang()).into_any();
    }
    let names = if member.sections.is_empty() {
        words::NO_SECTIONS.get(lang()).to_owned()
    } else {
        member
            .sections
            .iter()
            .filter_map(|code| shared::categories::section(code))
            .map(|section| section.name.get(lang()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        {names}
        <br />
        <a href=Page::StaffSections { account_id: member.id }.href()>
            {words::CHANGE_SECTIONS.get(lang())}
            <span class="visually-hidden">" " {words::SECTIONS_OF.get(lang())} " " {member.email.clone()}</span>
        </a>
    }
    .into_any()
}

/// The page: the form and the list (administrators only, `shared::pages`).
#[component]
pub fn StaffAccountsPage() -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    view! {
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <StaffAccounts />
    }
}

#[component]
fn StaffAccounts() -> impl IntoView {
    let members = RwSignal::new(None::<Vec<StaffMember>>);
    let reload = move || {
        leptos::task::spawn_local(async move {
            if let Ok(list) = api::get::<Vec<StaffMember>>(STAFF_ACCOUNTS_PATH).await {
                members.set(Some(list));
            }
        });
    };
    reload();
    let role = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let created = RwSignal::new(None::<String>);
    let form = FormState::new(&["role", "email", "phone"]);
    form.keep_title(words::TITLE);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = NewStaffAccount {
            role: Role::from_code(&role.get_untracked()),
            email: email.get_untracked(),
            phone: phone.get_untracked(),
        };
        if form.passes(request.check()) {
            created.set(None);
            let address = request.email.trim().to_owned();
            form.send(
                async move { api::post::<_, ()>(STAFF_ACCOUNTS_PATH, &request).await },
                move |()| {
                    created.set(Some(address));
                    role.set(String::new());
                    email.set(String::new());
                    phone.set(String::new());
                    reload();
                },
            );
        }
    };
    view! {
        <p class="body"><a href=Page::CannedReplies.href()>{canned_replies::TITLE.get(lang())}</a></p>
        {move || created.get().map(|address| view! {
            <NotificationBanner kind=BannerKind::Success heading=words::CREATED focus=true>
                <p class="body">{words::CREATED_TEXT.get(lang())} " " {address}</p>
            </NotificationBanner>
        })}
        {form.top()}
        <h2 class="heading-m">{words::NEW.get(lang())}</h2>
        <p class="body">{words::NEW_HINT.get(lang())}</p>
        <form novalidate on:submit=on_submit>
            <Radios name="role" legend=words::ROLE choices=role_choices() value=role error=form.error("role") />
            <TextInput name="email" label=words::EMAIL input_type="email" autocomplete="off" value=email error=form.error("email") />
            <TextInput name="phone" label=words::PHONE hint=words::PHONE_HINT input_type="tel" autocomplete="off" value=phone error=form.error("phone") />
            <Button label=words::CREATE submit=true busy=form.busy />
        </form>
        <h2 class="heading-m">{words::LIST.get(lang())}</h2>
        {move || members.get().map(|rows| view! {
            <Table caption=words::LIST columns=columns() rows=rows empty=words::EMPTY />
        })}
    }
}
