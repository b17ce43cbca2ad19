//! One request as an operator sees it: who it is from, what they wrote with the topic's own
//! fields and files, the thread, internal notes, the journal, and what the operator may do now
//! (the server's list, from `shared::status::operator_actions`), and the notifications the
//! requester was sent about it with what became of each. It does not redraw itself while
//! the operator reads it (that would take their place and focus away); the queue is live.

use leptos::either::Either;
use leptos::prelude::*;
use shared::accounts::NoBody;
use shared::attachments::format_size;
use shared::categories::find;
use shared::console::{
    OperatorRequest, console_action_path, console_file_path, console_request_path,
};
use shared::dates::{format_date_time, in_moscow};
use shared::deadlines::describe_due;
use shared::lang::Text;
use shared::notifications::{Channel, SentNotification};
use shared::requests::{Author, FileView};
use shared::status::{Actor, OperatorAction};
use shared::ui::console::{action as act_words, request as words};
use shared::ui::feedback as field_words;
use shared::ui::notifications::operator as sent_words;
use shared::ui::requests::detail as citizen_words;

use crate::api::{self, SendError};
use crate::components::button::{Button, ButtonKind};
use crate::components::chat_bubble::{ChatBubble, ChatLog};
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::status_tag::StatusTag;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline::Timeline;
use crate::pages::requests::{due_view, timeline_of};
use crate::{lang, set_title};
use shared::pages::Page;

/// What the banner says after `action`.
pub(super) fn done_words(action: OperatorAction) -> Text {
    match action {
        OperatorAction::Take => act_words::DONE_TAKE,
        OperatorAction::Reply => act_words::DONE_REPLY,
        OperatorAction::RequestDocuments => act_words::DONE_REQUEST_DOCUMENTS,
        OperatorAction::Resolve => act_words::DONE_RESOLVE,
        OperatorAction::Reject => act_words::DONE_REJECT,
        OperatorAction::Extend => act_words::DONE_EXTEND,
        OperatorAction::Escalate => act_words::DONE_ESCALATE,
        OperatorAction::Transfer => act_words::DONE_TRANSFER,
        OperatorAction::Reopen => act_words::DONE_REOPEN,
        OperatorAction::Uphold => act_words::DONE_UPHOLD,
        OperatorAction::Note => act_words::DONE_NOTE,
    }
}

/// The action's name, as its link and its form's heading say.
pub(super) fn action_name(action: OperatorAction) -> Text {
    match action {
        OperatorAction::Take => words::TAKE,
        OperatorAction::Reply => act_words::REPLY,
        OperatorAction::RequestDocuments => act_words::REQUEST_DOCUMENTS,
        OperatorAction::Resolve => act_words::RESOLVE,
        OperatorAction::Reject => act_words::REJECT,
        OperatorAction::Extend => act_words::EXTEND,
        OperatorAction::Escalate => act_words::ESCALATE,
        OperatorAction::Transfer => act_words::TRANSFER,
        OperatorAction::Reopen => words::REOPEN,
        OperatorAction::Uphold => act_words::UPHOLD,
        OperatorAction::Note => act_words::NOTE,
    }
}

/// The page.
#[component]
pub fn ConsoleRequestPage(
    /// The request's number.
    number: String,
    /// The action just done, for the banner.
    done: Option<OperatorAction>,
) -> impl IntoView {
    set_title(&format!("{} {number}", words::TITLE.get(lang())), false);
    let loaded = RwSignal::new(None::<Option<OperatorRequest>>);
    let banner = RwSignal::new(done.map(done_words));
    let fault = RwSignal::new(None::<String>);
    let number = StoredValue::new(number);
    let reload = move || {
        let path = console_request_path(&number.get_value());
        leptos::task::spawn_local(async move {
            match api::get::<OperatorRequest>(&path).await {
                Ok(request) => loaded.set(Some(Some(request))),
                Err(api::SendError::Fault(_) | api::SendError::Missing(_)) => {
                    loaded.set(Some(None))
                }
                Err(error) => fault.set(Some(error.words())),
            }
        });
    };
    reload();
    let acted = Callback::new(move |result: Result<OperatorAction, String>| {
        match result {
            Ok(action) => {
                fault.set(None);
                banner.set(Some(done_words(action)));
            }
            Err(words) => {
                banner.set(None);
                fault.set(Some(words));
            }
        }
        reload();
    });
    view! {
        <p class="body">
            <a class="back-link" href=Page::Queue { filter: Default::default() }.href()>{words::BACK.get(lang())}</a>
        </p>
        {move || banner.get().map(|heading| view! {
            <NotificationBanner kind=BannerKind::Success heading=heading focus=true><span></span></NotificationBanner>
        })}
        {move || fault.get().map(|words| view! {
            <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_SENT>
                <p class="body">{words}</p>
            </NotificationBanner>
        })}
        {move || loaded.get().map(|request| match request {
            Some(request) => Either::Left(view! { <Request request=request acted=acted /> }),
            None => Either::Right(view! {
                <h1 class="heading-l">{words::TITLE.get(lang())} " " {number.get_value()}</h1>
                <p class="body">{words::GONE.get(lang())}</p>
            }),
        })}
    }
}

fn file_links(number: &str, files: Vec<FileView>) -> impl IntoView + use<> {
    let number = number.to_owned();
    (!files.is_empty()).then(|| view! {
        <ul class="list">
            {files.into_iter().map(|file| {
                let href = console_file_path(&number, &file.id);
                let size = format_size(file.size).get(lang()).to_owned();
                view! { <li><a href=href download=file.name.clone()>{file.name.clone()}</a> " (" {size} ")"</li> }
            }).collect_view()}
        </ul>
    })
}

fn actor_name(actor: Actor) -> &'static str {
    match actor {
        Actor::Citizen => words::REQUESTER.get(lang()),
        Actor::Operator | Actor::SeniorOperator => citizen_words::OPERATOR.get(lang()),
        Actor::System => citizen_words::PORTAL.get(lang()),
    }
}

fn row(key: Text, value: String) -> SummaryRow {
    SummaryRow {
        key,
        value,
        change: None,
    }
}

#[component]
fn Request(
    request: OperatorRequest,
    acted: Callback<Result<OperatorAction, String>>,
) -> impl IntoView {
    let detail = &request.detail;
    let summary = detail.summary.clone();
    let number = summary.number.clone();
    let form = &detail.form;
    let found = find(&summary.category);
    let topic = found
        .map(|(section, sub)| format!("{} — {}", section.name.get(lang()), sub.name.get(lang())))
        .unwrap_or_default();
    let requester = &request.requester;
    let account = if !requester.has_account {
        words::ACCOUNT_NO
    } else if requester.identity_confirmed {
        words::ACCOUNT_CONFIRMED
    } else {
        words::ACCOUNT_YES
    };
    let people = vec![
        row(
            words::NAME,
            if requester.name.is_empty() {
                words::NO_NAME.get(lang()).to_owned()
            } else {
                requester.name.clone()
            },
        ),
        row(words::PHONE, requester.phone.clone()),
        row(words::EMAIL, requester.email.clone()),
        row(words::ACCOUNT, account.get(lang()).to_owned()),
        row(
            words::REPLY_CHANNEL,
            form.reply_channel
                .map(|c| c.name().get(lang()).to_owned())
                .unwrap_or_default(),
        ),
        row(words::CHANNEL, detail.channel.name().get(lang()).to_owned()),
    ];
    let identifiers: Vec<String> = [
        (field_words::SNILS, &form.snils),
        (field_words::INN, &form.inn),
        (field_words::PASSPORT, &form.passport),
        (field_words::OGRN, &form.ogrn),
        (field_words::OGRNIP, &form.ogrnip),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(name, value)| format!("{} {value}", name.get(lang())))
    .collect();
    let mut rows = vec![
        row(
            citizen_words::FILED,
            format_date_time(in_moscow(summary.created_at)),
        ),
        row(citizen_words::CATEGORY, topic),
        row(citizen_words::SUBJECT, summary.subject.clone()),
        row(citizen_words::DESCRIPTION, form.description.clone()),
        row(
            words::PRIORITY,
            summary.priority.name().get(lang()).to_owned(),
        ),
        row(
            citizen_words::DUE,
            describe_due(summary.due).get(lang()).to_owned(),
        ),
        row(
            words::ASSIGNEE,
            request
                .assignee
                .clone()
                .unwrap_or_else(|| shared::ui::console::queue::NOBODY.get(lang()).to_owned()),
        ),
    ];
    if !identifiers.is_empty() {
        rows.push(row(words::IDENTIFIERS, identifiers.join(", ")));
    }
    let extra: Vec<SummaryRow> = found
        .map(|(_, sub)| sub.fields)
        .unwrap_or_default()
        .iter()
        .filter_map(|field| {
            let value = form.extra.get(field.code()).filter(|v| !v.is_empty())?;
            Some(row(field.label, value.clone()))
        })
        .collect();
    let events = timeline_of(&detail.journal, actor_name);
    let thread_empty = detail.thread.is_empty();
    let thread = detail
        .thread
        .iter()
        .map(|message| {
            let author = match message.author {
                Author::Operator => citizen_words::OPERATOR,
                Author::Citizen => words::REQUESTER,
            };
            let files = file_links(&number, message.files.clone());
            view! {
                <ChatBubble author=author.get(lang()).to_owned() at=message.at text=message.text.clone()>
                    {files}
                </ChatBubble>
            }
        })
        .collect_view();
    let notes = request.notes.clone();
    view! {
        <h1 class="heading-l">{words::TITLE.get(lang())} " " {number.clone()}</h1>
        <p class="body">
            <StatusTag status=summary.status />
            " "
            {due_view(summary.status, summary.due)}
            {request.escalated.then(|| view! { " " <strong class="tag tag--red">{words::ESCALATED.get(lang())}</strong> })}
        </p>
        {detail.extension.clone().map(|extension| view! {
            <p class="body">
                {citizen_words::EXTENDED.get(lang())} " " {describe_due(extension.previous_due).get(lang()).to_owned()} ". "
                {citizen_words::EXTENDED_WHY.get(lang())} " " {extension.reason}
            </p>
        })}
        {detail.rejection.clone().map(|rejection| view! {
            <div class="inset-text">
                <h2 class="heading-s">{citizen_words::REJECTED.get(lang())}</h2>
                <p class="body">{rejection.reason}</p>
                <h2 class="heading-s">{citizen_words::FIX.get(lang())}</h2>
                <p class="body">{rejection.fix}</p>
            </div>
        })}
        <Actions number=number.clone() actions=request.actions.clone() acted=acted />
        <h2 class="heading-m">{words::REQUESTER.get(lang())}</h2>
        <SummaryList rows=people />
        <h2 class="heading-m">{words::TITLE.get(lang())}</h2>
        <SummaryList rows=rows />
        {(!extra.is_empty()).then(|| view! {
            <h2 class="heading-m">{words::EXTRA.get(lang())}</h2>
            <SummaryList rows=extra />
        })}
        {(!detail.files.is_empty()).then(|| view! {
            <h2 class="heading-m">{citizen_words::FILES.get(lang())}</h2>
            {file_links(&number, detail.files.clone())}
        })}
        <h2 class="heading-m">{citizen_words::THREAD.get(lang())}</h2>
        {if thread_empty {
            Either::Left(view! { <p class="body">{citizen_words::THREAD_EMPTY.get(lang())}</p> })
        } else {
            Either::Right(view! { <ChatLog>{thread}</ChatLog> })
        }}
        <h2 class="heading-m">{words::NOTES.get(lang())}</h2>
        <p class="hint">{words::NOTES_HINT.get(lang())}</p>
        {if notes.is_empty() {
            Either::Left(view! { <p class="body">{words::NO_NOTES.get(lang())}</p> })
        } else {
            Either::Right(view! {
                <ul class="list">
                    {notes.into_iter().map(|note| view! {
                        <li><span class="hint">{note.author} ", " {format_date_time(in_moscow(note.at))}</span><br />{note.text}</li>
                    }).collect_view()}
                </ul>
            })
        }}
        <h2 class="heading-m">{citizen_words::JOURNAL.get(lang())}</h2>
        <Timeline events=events />
        <h2 class="heading-m">{sent_words::TITLE.get(lang())}</h2>
        {sent_table(request.notifications.clone())}
    }
}

/// The notifications the requester was sent, in the table component's markup and styles: the
/// rows need no sorting, whose code the component would add to the bundle for this row type.
/// The feed's copy has no address and no tries, but may have been read; e-mail and SMS the other
/// way round.
fn sent_table(sent: Vec<SentNotification>) -> impl IntoView + use<> {
    if sent.is_empty() {
        return Either::Left(view! { <p class="body">{sent_words::EMPTY.get(lang())}</p> });
    }
    let headings = [
        sent_words::WHEN,
        sent_words::KIND,
        sent_words::CHANNEL,
        sent_words::RECIPIENT,
        sent_words::STATE,
        sent_words::ATTEMPTS,
        sent_words::READ,
    ]
    .map(|heading| view! { <th scope="col" class="table__header">{heading.get(lang())}</th> });
    let rows = sent
        .into_iter()
        .map(|sent| {
            let feed = sent.channel == Channel::Feed;
            let read = if sent.read {
                sent_words::YES
            } else {
                sent_words::NO
            };
            let dash = || "—".to_owned();
            let cells = [
                format_date_time(sent.at),
                sent.kind.name().get(lang()).to_owned(),
                sent.channel.name().get(lang()).to_owned(),
                Some(sent.recipient)
                    .filter(|to| !to.is_empty())
                    .unwrap_or_else(dash),
                sent.state.name().get(lang()).to_owned(),
                if feed {
                    dash()
                } else {
                    sent.attempts.to_string()
                },
                if feed {
                    read.get(lang()).to_owned()
                } else {
                    dash()
                },
            ]
            .map(|cell| view! { <td class="table__cell">{cell}</td> });
            view! { <tr class="table__row">{cells}</tr> }
        })
        .collect_view();
    let caption = sent_words::TITLE.get(lang());
    let region = format!(
        "{} {caption}",
        shared::ui::components::table::SCROLLS.get(lang())
    );
    Either::Right(view! {
        <div class="table-scroll" role="region" aria-label=region tabindex="0">
            <table class="table">
                <caption class="table__caption visually-hidden">{caption}</caption>
                <thead><tr>{headings}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

/// Taking and reopening are buttons (nothing to fill in); every other action is a link to its
/// form.
#[component]
fn Actions(
    number: String,
    actions: Vec<OperatorAction>,
    acted: Callback<Result<OperatorAction, String>>,
) -> impl IntoView {
    let number = StoredValue::new(number);
    let busy = RwSignal::new(false);
    let press = move |action: OperatorAction| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let path = console_action_path(&number.get_value(), action);
        leptos::task::spawn_local(async move {
            let result = api::post::<_, ()>(&path, &NoBody {}).await;
            busy.set(false);
            // Refused (taken by a colleague meanwhile, say): the page reloads and shows who has it.
            acted.run(result.map(|()| action).map_err(SendError::words));
        });
    };
    let buttons: Vec<OperatorAction> = actions
        .iter()
        .copied()
        .filter(|a| matches!(a, OperatorAction::Take | OperatorAction::Reopen))
        .collect();
    let links: Vec<OperatorAction> = actions
        .iter()
        .copied()
        .filter(|a| !matches!(a, OperatorAction::Take | OperatorAction::Reopen))
        .collect();
    view! {
        <h2 class="heading-m">{words::ACTIONS.get(lang())}</h2>
        {buttons.into_iter().map(|action| view! {
            {(action == OperatorAction::Reopen).then(|| view! { <p class="hint">{words::REOPEN_HINT.get(lang())}</p> })}
            <Button
                label=action_name(action)
                kind=if action == OperatorAction::Take { ButtonKind::Primary } else { ButtonKind::Secondary }
                busy=busy
                on_click=Callback::new(move |()| press(action))
            />
        }).collect_view()}
        <ul class="list">
            {links.into_iter().map(|action| {
                let href = Page::ConsoleAction { number: number.get_value(), action }.href();
                view! { <li><a href=href>{action_name(action).get(lang())}</a></li> }
            }).collect_view()}
        </ul>
    }
}
