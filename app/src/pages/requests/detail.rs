//! One request as its owner sees it: the details, files, the thread, the journal as a timeline,
//! the deadline with any extension, and the actions the request allows now (the server's list,
//! from `shared::status::citizen_actions`).

use leptos::prelude::*;
use shared::accounts::NoBody;
use shared::attachments::format_size;
use shared::categories::find;
use shared::dates::{format_date, in_moscow};
use shared::deadlines::describe_due;
use shared::requests::{
    Author, FileView, JournalEntry, RequestChannel, RequestDetail, action_path, request_file_path,
    request_path,
};
use shared::status::{Actor, CitizenAction, Status};
use shared::ui::requests::detail as words;

use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::chat_bubble::{ChatBubble, ChatLog};
use crate::components::deadline_badge::DeadlineBadge;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::status_tag::StatusTag;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline::{Timeline, TimelineEvent};
use crate::{lang, now, set_title};
use shared::pages::Page;

/// The request page.
#[component]
pub fn RequestPage(
    /// The request's number.
    number: String,
) -> impl IntoView {
    set_title(&format!("{} {number}", words::TITLE.get(lang())), false);
    let loaded = RwSignal::new(None::<RequestDetail>);
    let failed = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<shared::lang::Text>);
    let number = StoredValue::new(number);
    let reload = move || {
        let path = request_path(&number.get_value());
        leptos::task::spawn_local(async move {
            match api::get::<RequestDetail>(&path).await {
                Ok(detail) => {
                    failed.set(None);
                    loaded.set(Some(detail));
                }
                Err(error) => failed.set(Some(error.words())),
            }
        });
    };
    reload();
    let finished = Callback::new(move |what: shared::lang::Text| {
        done.set(Some(what));
        reload();
    });
    let reload = Callback::new(move |()| reload());
    view! {
        <p class="body no-print">
            <a class="back-link" href=Page::MyRequests { filter: Default::default() }.href()>{words::BACK.get(lang())}</a>
        </p>
        {move || done.get().map(|what| view! {
            <NotificationBanner kind=BannerKind::Success heading=what focus=true>
                <span></span>
            </NotificationBanner>
        })}
        {move || failed.get().map(|words| view! {
            <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_LOADED>
                <p class="body">{words}</p>
            </NotificationBanner>
        })}
        {move || (loaded.with(Option::is_none) && failed.with(Option::is_some)).then(|| view! {
            <h1 class="heading-l">{words::TITLE.get(lang())} " " {number.get_value()}</h1>
        })}
        {move || loaded.get().map(|detail| view! { <Request detail=detail finished=finished reload=reload /> })}
    }
}

fn file_links(number: &str, files: Vec<FileView>) -> impl IntoView + use<> {
    let number = number.to_owned();
    (!files.is_empty()).then(|| view! {
        <ul class="list">
            {files.into_iter().map(|file| {
                let href = request_file_path(&number, &file.id);
                let size = format_size(file.size).get(lang()).to_owned();
                view! { <li><a href=href download=file.name.clone()>{file.name.clone()}</a> " (" {size} ")"</li> }
            }).collect_view()}
        </ul>
    })
}

/// The deadline as it stands: a badge while the clock runs, a sentence while it stands still.
pub(crate) fn due_view(
    status: Status,
    due: time::OffsetDateTime,
) -> Option<leptos::either::Either<impl IntoView, impl IntoView>> {
    if status.clock_runs() {
        Some(leptos::either::Either::Left(
            view! { <DeadlineBadge due=due now=now() /> },
        ))
    } else if status.is_open() {
        Some(leptos::either::Either::Right(
            view! { <span class="hint">{words::DUE_PAUSED.get(lang())}</span> },
        ))
    } else {
        None
    }
}

/// The journal as the timeline shows it, each actor named by `actor_name`.
pub(crate) fn timeline_of(
    journal: &[JournalEntry],
    actor_name: fn(Actor) -> &'static str,
) -> Vec<TimelineEvent> {
    journal
        .iter()
        .map(|entry| TimelineEvent {
            at: entry.at,
            actor: actor_name(entry.actor).to_owned(),
            text: if entry.note.is_empty() {
                entry.event.name().get(lang()).to_owned()
            } else {
                format!("{}: {}", entry.event.name().get(lang()), entry.note)
            },
            status_change: entry
                .from
                .filter(|from| *from != entry.to)
                .map(|from| (from, entry.to)),
        })
        .collect()
}

fn actor_name(actor: Actor) -> &'static str {
    match actor {
        Actor::Citizen => words::YOU.get(lang()),
        Actor::Operator | Actor::SeniorOperator => words::OPERATOR.get(lang()),
        Actor::System => words::PORTAL.get(lang()),
    }
}

#[component]
fn Request(
    detail: RequestDetail,
    finished: Callback<shared::lang::Text>,
    reload: Callback<()>,
) -> impl IntoView {
    let summary = detail.summary.clone();
    let number = summary.number.clone();
    let topic = find(&summary.category)
        .map(|(section, sub)| format!("{} — {}", section.name.get(lang()), sub.name.get(lang())))
        .unwrap_or_default();
    let mut rows = vec![
        SummaryRow {
            key: words::FILED,
            value: format_date(in_moscow(summary.created_at).date()),
            change: None,
        },
        SummaryRow {
            key: words::CATEGORY,
            value: topic,
            change: None,
        },
        SummaryRow {
            key: words::SUBJECT,
            value: summary.subject.clone(),
            change: None,
        },
        SummaryRow {
            key: words::DESCRIPTION,
            value: detail.form.description.clone(),
            change: None,
        },
        SummaryRow {
            key: words::DUE,
            value: describe_due(summary.due).get(lang()).to_owned(),
            change: None,
        },
    ];
    if detail.channel != RequestChannel::Portal {
        rows.push(SummaryRow {
            key: words::CHANNEL,
            value: detail.channel.name().get(lang()).to_owned(),
            change: None,
        });
    }
    let events = timeline_of(&detail.journal, actor_name);
    let can = |action| detail.actions.contains(&action);
    let awaiting = summary.status == Status::AwaitingDocuments;
    let thread_empty = detail.thread.is_empty();
    let thread = detail
        .thread
        .iter()
        .map(|message| {
            let files = file_links(&number, message.files.clone());
            if message.author == Author::Operator {
                leptos::either::Either::Left(view! {
                    <ChatBubble author=words::OPERATOR.get(lang()).to_owned() at=message.at text=message.text.clone()>
                        {files}
                    </ChatBubble>
                })
            } else {
                leptos::either::Either::Right(view! {
                    <ChatBubble at=message.at text=message.text.clone()>{files}</ChatBubble>
                })
            }
        })
        .collect_view();
    view! {
        <h1 class="heading-l">{words::TITLE.get(lang())} " " {number.clone()}</h1>
        <p class="body">
            <StatusTag status=summary.status />
            " "
            {due_view(summary.status, summary.due)}
        </p>
        {detail.extension.clone().map(|extension| view! {
            <p class="body">
                {words::EXTENDED.get(lang())} " " {describe_due(extension.previous_due).get(lang()).to_owned()} ". "
                {words::EXTENDED_WHY.get(lang())} " " {extension.reason}
            </p>
        })}
        {detail.rejection.clone().map(|rejection| view! {
            <div class="inset-text">
                <h2 class="heading-s">{words::REJECTED.get(lang())}</h2>
                <p class="body">{rejection.reason}</p>
                <h2 class="heading-s">{words::FIX.get(lang())}</h2>
                <p class="body">{rejection.fix}</p>
            </div>
        })}
        <SummaryList rows=rows />
        {(!detail.files.is_empty()).then(|| view! {
            <h2 class="heading-m">{words::FILES.get(lang())}</h2>
            {file_links(&number, detail.files.clone())}
        })}
        <h2 class="heading-m">{words::THREAD.get(lang())}</h2>
        {if thread_empty {
            leptos::either::Either::Left(view! { <p class="body">{words::THREAD_EMPTY.get(lang())}</p> })
        } else {
            leptos::either::Either::Right(view! { <ChatLog>{thread}</ChatLog> })
        }}
        {can(CitizenAction::Reply).then(|| view! {
            <p class="body">
                <a class="button" href=Page::ReplyToRequest { number: number.clone() }.href()>{words::REPLY.get(lang())}</a>
                {awaiting.then(|| view! { <br /><span class="hint">{words::REPLY_DOCUMENTS_HINT.get(lang())}</span> })}
            </p>
        })}
        {detail.rating.clone().map(|rating| view! {
            <p class="body">{words::RATED.get(lang())} " " <strong>{rating.stars} " " {words::OF_FIVE.get(lang())}</strong></p>
        })}
        <Actions number=number.clone() actions=detail.actions.clone() finished=finished reload=reload />
        <h2 class="heading-m">{words::JOURNAL.get(lang())}</h2>
        <Timeline events=events />
    }
}

#[component]
fn Actions(
    number: String,
    actions: Vec<CitizenAction>,
    finished: Callback<shared::lang::Text>,
    reload: Callback<()>,
) -> impl IntoView {
    let number = StoredValue::new(number);
    let busy = RwSignal::new(false);
    let fault = RwSignal::new(None::<String>);
    let simple = move |action: CitizenAction, done: shared::lang::Text| {
        if busy.get_untracked() {
            return;
        }
        let path = action_path(&number.get_value(), action).unwrap_or_default();
        busy.set(true);
        fault.set(None);
        leptos::task::spawn_local(async move {
            let result = api::post::<_, ()>(&path, &NoBody {}).await;
            busy.set(false);
            match result {
                Ok(()) => finished.run(done),
                Err(error) => {
                    // Refused (409) when the request changed meanwhile: show where it stands.
                    fault.set(Some(error.words()));
                    reload.run(());
                }
            }
        });
    };
    let has = |action| actions.contains(&action);
    let link = |page: Page, text: shared::lang::Text, hint: Option<shared::lang::Text>| {
        view! {
            <p class="body">
                <a href=page.href()>{text.get(lang())}</a>
                {hint.map(|hint| view! { <br /><span class="hint">{hint.get(lang())}</span> })}
            </p>
        }
    };
    let any = actions.iter().any(|a| *a != CitizenAction::Reply);
    view! {
        {move || fault.get().map(|words| view! {
            <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_SENT>
                <p class="body">{words}</p>
            </NotificationBanner>
        })}
        {any.then(|| view! { <h2 class="heading-m">{words::ACTIONS.get(lang())}</h2> })}
        {has(CitizenAction::Rate).then(|| link(Page::RateRequest { number: number.get_value() }, words::RATE, None))}
        {has(CitizenAction::Escalate).then(|| link(Page::EscalateRequest { number: number.get_value() }, words::ESCALATE, Some(words::ESCALATE_HINT)))}
        {has(CitizenAction::FileLinked).then(|| link(Page::NewRequest { related: number.get_value(), question: String::new() }, words::FILE_LINKED, None))}
        {has(CitizenAction::Close).then(|| view! {
            <p class="hint">{words::CLOSE_HINT.get(lang())}</p>
            <Button label=words::CLOSE kind=ButtonKind::Secondary busy=busy on_click=Callback::new(move |()| simple(CitizenAction::Close, words::CLOSED)) />
        })}
        {has(CitizenAction::Reopen).then(|| view! {
            <p class="hint">{words::REOPEN_HINT.get(lang())}</p>
            <Button label=words::REOPEN kind=ButtonKind::Secondary busy=busy on_click=Callback::new(move |()| simple(CitizenAction::Reopen, words::REOPENED)) />
        })}
    }
}
