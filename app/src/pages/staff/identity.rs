//! «Подтверждение личности» for operators: the people waiting, each with the profile the scans
//! are compared with, the scans as downloads, and the decision (a refusal says why).

use leptos::either::Either;
use leptos::prelude::*;
use shared::attachments::format_size;
use shared::dates::format_date_time;
use shared::forms::profile::Profile;
use shared::identity::{
    Decision, Document, IDENTITY_QUEUE_PATH, IdentityCase, Verdict, decision_path, scan_path,
};
use shared::ui::account::identity_queue as words;

use crate::api;
use crate::components::button::Button;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::radios::{Choice, Radios};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::{lang, set_title};
use shared::pages::Page;

/// The page: the people waiting for the check of their identity (operators only,
/// `shared::pages`).
#[component]
pub fn IdentityQueuePage(
    /// A decision was just saved.
    decided: bool,
) -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    view! {
        {decided.then(|| view! {
            <NotificationBanner kind=BannerKind::Success heading=words::SAVED focus=true><span></span></NotificationBanner>
        })}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <Queue />
    }
}

#[component]
fn Queue() -> impl IntoView {
    let cases = RwSignal::new(None::<Vec<IdentityCase>>);
    leptos::task::spawn_local(async move {
        if let Ok(list) = api::get::<Vec<IdentityCase>>(IDENTITY_QUEUE_PATH).await {
            cases.set(Some(list));
        }
    });
    view! {
        <p class="lead">{words::LEAD.get(lang())}</p>
        {move || cases.get().map(|all| if all.is_empty() {
            Either::Left(view! { <p class="body">{words::EMPTY.get(lang())}</p> })
        } else {
            Either::Right(view! {
                <ul class="list">
                    {all.into_iter().map(|case| view! {
                        <li>
                            <a href=Page::IdentityCase { account_id: case.account_id }.href()>{full_name(&case.profile)}</a>
                            ", " {words::SENT_AT.get(lang())} " " {format_date_time(case.submitted_at)}
                        </li>
                    }).collect_view()}
                </ul>
            })
        })}
    }
}

/// «Фамилия Имя Отчество».
fn full_name(profile: &Profile) -> String {
    shared::person::full_name(&profile.surname, &profile.given_name, &profile.patronymic)
}

/// One person's check: the profile, the scans, the decision.
#[component]
pub fn IdentityCasePage(
    /// The account whose scans are checked.
    account_id: i64,
) -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    let found = RwSignal::new(None::<Option<IdentityCase>>);
    leptos::task::spawn_local(async move {
        let case = api::get::<IdentityCase>(&decision_path(account_id)).await;
        found.set(Some(case.ok()));
    });
    view! {
        {move || found.get().map(|case| match case {
            Some(case) => Either::Left(view! { <Case case=case /> }),
            None => Either::Right(view! {
                <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
                <p class="body">{words::GONE.get(lang())}</p>
                <p class="body"><a href=Page::IdentityQueue { decided: false }.href()>{words::BACK.get(lang())}</a></p>
            }),
        })}
    }
}

#[component]
fn Case(case: IdentityCase) -> impl IntoView {
    let p = &case.profile;
    let passport = format!(
        "{}, {}, {}",
        p.passport, p.passport_issue_date, p.passport_issued_by
    );
    let rows = vec![
        SummaryRow {
            key: words::BIRTH_DATE,
            value: p.birth_date.clone(),
            change: None,
        },
        SummaryRow {
            key: words::PASSPORT,
            value: passport,
            change: None,
        },
        SummaryRow {
            key: words::SNILS,
            value: shared::identifiers::format_snils(&p.snils),
            change: None,
        },
        SummaryRow {
            key: words::SENT_AT,
            value: format_date_time(case.submitted_at),
            change: None,
        },
    ];
    let (account_id, submitted_at) = (case.account_id, case.submitted_at);
    let scans = case
        .scans
        .iter()
        .map(|scan| {
            let document = match scan.document {
                Document::Passport => words::PASSPORT,
                Document::Snils => words::SNILS,
            };
            view! {
                <li>
                    {document.get(lang())} ": "
                    <a href=scan_path(account_id, &scan.id) download=scan.name.clone()>{scan.name.clone()}</a>
                    " (" {scan.kind.label()} ", " {format_size(scan.size).get(lang()).to_owned()} ")"
                </li>
            }
        })
        .collect_view();
    let verdict = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let form = FormState::new(&["verdict", "reason"]);
    form.keep_title(words::TITLE);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let decision = Decision {
            verdict: match verdict.get_untracked().as_str() {
                "confirm" => Some(Verdict::Confirm),
                "refuse" => Some(Verdict::Refuse),
                _ => None,
            },
            reason: reason.get_untracked(),
            submitted_at,
        };
        if form.passes(decision.check()) {
            form.send(
                async move { api::post::<_, ()>(&decision_path(account_id), &decision).await },
                |()| navigate(&Page::IdentityQueue { decided: true }),
            );
        }
    };
    let choices = vec![
        Choice {
            value: "confirm",
            label: words::CONFIRM,
            hint: None,
        },
        Choice {
            value: "refuse",
            label: words::REFUSE,
            hint: None,
        },
    ];
    view! {
        {form.top()}
        <p class="body"><a href=Page::IdentityQueue { decided: false }.href()>{words::BACK.get(lang())}</a></p>
        <h1 class="heading-l">{full_name(p)}</h1>
        <SummaryList rows=rows />
        <h2 class="heading-m">{words::SCANS.get(lang())}</h2>
        <ul class="list">{scans}</ul>
        <form novalidate on:submit=on_submit>
            <Radios name="verdict" legend=words::VERDICT choices=choices value=verdict error=form.error("verdict") inline=true />
            <TextArea name="reason" label=words::REASON hint=words::REASON_HINT value=reason error=form.error("reason") rule=shared::text::REFUSAL_REASON rows=3 />
            <Button label=words::SAVE submit=true busy=form.busy />
        </form>
    }
}
