//! The forms of the operator's actions (GOV.UK: one thing per page), in two bundles: writing —
//! a reply, a request for documents, an answer (each with the canned replies to insert and edit)
//! or an internal note — and deciding — a refusal, an extension, an escalation or a transfer.
//! Each is judged by `shared`'s form before it is sent; the server judges it again with the same
//! rule and the transition table.

use std::future::Future;

use leptos::either::EitherOf4;
use leptos::prelude::*;
use serde::Serialize;
use shared::console::{
    CANNED_REPLIES_PATH, CannedReply, OperatorRequest, console_action_path, console_request_path,
};
use shared::forms::escalation::Escalation;
use shared::forms::extension::{DeadlineExtension, MAX_EXTRA_DAYS};
use shared::forms::rejection::Rejection;
use shared::forms::reply::Reply;
use shared::forms::transfer::Transfer;
use shared::forms::{Form, FormErrors};
use shared::status::OperatorAction;
use shared::ui::console::{action as words, request as request_words};

use super::request::action_name;
use crate::api::{self, SendError};
use crate::components::button::{Button, ButtonKind};
use crate::components::select::{OptionGroup, Select, topic_groups_except};
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::{lang, now, set_title};
use shared::pages::Page;

/// Loads the request, then shows `form` for it when it allows `action`, or says it no longer
/// does. Each form draws its error summary, then [`heading`], then its fields (GOV.UK: the
/// summary comes first in the page's content).
fn with_request<V: IntoView + 'static>(
    number: String,
    action: OperatorAction,
    form: impl Fn(OperatorRequest) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let loaded = RwSignal::new(None::<Option<OperatorRequest>>);
    let path = console_request_path(&number);
    leptos::task::spawn_local(async move {
        let request = api::get::<OperatorRequest>(&path).await;
        loaded.set(Some(request.ok()));
    });
    let back = Page::ConsoleRequest {
        number: number.clone(),
        done: None,
    }
    .href();
    view! {
        <p class="body">
            <a class="back-link" href=back>{request_words::TITLE.get(lang())} " " {number}</a>
        </p>
        {move || loaded.get().map(|request| match request {
            Some(request) if request.actions.contains(&action) => {
                leptos::either::Either::Left(form(request))
            }
            _ => {
                set_title(action_name(action).get(lang()), false);
                leptos::either::Either::Right(view! {
                    <h1 class="heading-l">{action_name(action).get(lang())}</h1>
                    <p class="body">{words::NOT_NOW.get(lang())}</p>
                })
            }
        })}
    }
}

/// The request's number and subject for context, and the action as the page's heading.
fn heading(request: &OperatorRequest, action: OperatorAction) -> impl IntoView + use<> {
    let summary = &request.detail.summary;
    view! {
        <span class="caption-l">
            {request_words::TITLE.get(lang())} " " {summary.number.clone()} ": " {summary.subject.clone()}
        </span>
        <h1 class="heading-l">{action_name(action).get(lang())}</h1>
    }
}

/// Judges `body` with `verdict` (shared's rule) and, when it passes, sends it as `action` on the
/// request; back on the request's page with a banner after.
fn send<T: Serialize + 'static>(
    form: FormState,
    number: &str,
    action: OperatorAction,
    verdict: Result<(), FormErrors>,
    body: T,
) {
    if !form.passes(verdict) {
        return;
    }
    let path = console_action_path(number, action);
    let done = Page::ConsoleRequest {
        number: number.to_owned(),
        done: Some(action),
    };
    let request: std::pin::Pin<Box<dyn Future<Output = Result<(), SendError>>>> =
        Box::pin(async move { api::post::<_, ()>(&path, &body).await });
    form.send(request, move |()| navigate(&done));
}

/// Writing to the citizen or a note: the text, with canned replies for the citizen's texts.
#[component]
pub fn ConsoleWritePage(
    /// The request's number.
    number: String,
    /// Reply, request documents, resolve or note.
    action: OperatorAction,
) -> impl IntoView {
    with_request(
        number,
        action,
        move |request| view! { <WriteForm request=request action=action /> },
    )
}

#[component]
fn WriteForm(request: OperatorRequest, action: OperatorAction) -> impl IntoView {
    let form = FormState::new(&["text"]);
    let number = request.detail.summary.number.clone();
    let section = shared::categories::find(&request.detail.summary.category)
        .map_or("", |(section, _)| section.code);
    form.keep_title(action_name(action));
    let text = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = Reply {
            text: text.get_untracked(),
        };
        send(form, &number, action, body.check(now()), body);
    };
    let (label, hint) = match action {
        OperatorAction::RequestDocuments => (words::DOCUMENTS_TEXT, words::DOCUMENTS_HINT),
        OperatorAction::Resolve => (words::ANSWER_TEXT, words::ANSWER_HINT),
        OperatorAction::Note => (words::NOTE_TEXT, words::NOTE_HINT),
        OperatorAction::Uphold => (words::UPHOLD_TEXT, words::UPHOLD_HINT),
        _ => (words::TEXT, words::CANNED_HINT),
    };
    let note = action == OperatorAction::Note;
    view! {
        {form.top()}
        {heading(&request, action)}
        <form novalidate on:submit=on_submit>
            {(!note).then(|| view! { <Canned text=text form=form section=section /> })}
            <TextArea name="text" label=label hint=hint rule=shared::text::REPLY_TEXT value=text error=form.error("text") rows=8 />
            <Button label=if note { words::SAVE } else { words::SEND } busy=form.busy submit=true />
        </form>
    }
}

/// The canned replies for the request's section (and for every section): one inserted into the
/// text, to edit before sending.
#[component]
fn Canned(text: RwSignal<String>, form: FormState, section: &'static str) -> impl IntoView {
    let replies = RwSignal::new(Vec::<CannedReply>::new());
    leptos::task::spawn_local(async move {
        if let Ok(list) = api::get::<Vec<CannedReply>>(CANNED_REPLIES_PATH).await {
            let fits = |reply: &CannedReply| reply.section.is_empty() || reply.section == section;
            replies.set(list.into_iter().filter(fits).collect());
        }
    });
    let chosen = RwSignal::new(String::new());
    let insert = move |()| {
        let id = chosen.get_untracked();
        let Some(reply) = replies.with_untracked(|all| {
            all.iter()
                .find(|reply| reply.id.to_string() == id)
                .map(|reply| reply.text.clone())
        }) else {
            return;
        };
        text.update(|text| {
            if !text.trim().is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&reply);
        });
        // The operator goes on in the text box: focus it once it shows the inserted text.
        request_animation_frame(|| {
            if let Some(area) = document().get_element_by_id("text").and_then(|element| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
            }) {
                let _ = area.focus();
            }
        });
    };
    view! {
        {move || replies.with(|all| (!all.is_empty()).then(|| {
            let groups = vec![OptionGroup {
                label: words::CANNED.get(lang()).to_owned(),
                options: all.iter().map(|r| (r.id.to_string(), r.title.clone())).collect(),
            }];
            view! {
                <div class="field-row">
                    <Select name="canned" label=words::CANNED placeholder=words::CANNED_NONE groups=groups value=chosen error=form.error("canned") />
                    <Button label=words::CANNED_INSERT kind=ButtonKind::Secondary on_click=Callback::new(insert) />
                </div>
            }
        }))}
    }
}

/// Deciding about the request: a refusal, an extension, an escalation or a transfer.
#[component]
pub fn ConsoleDecisionPage(
    /// The request's number.
    number: String,
    /// Reject, extend, escalate or transfer.
    action: OperatorAction,
) -> impl IntoView {
    with_request(number, action, move |request| match action {
        OperatorAction::Reject => EitherOf4::A(view! { <RejectForm request=request /> }),
        OperatorAction::Extend => EitherOf4::B(view! { <ExtendForm request=request /> }),
        OperatorAction::Transfer => EitherOf4::C(view! { <TransferForm request=request /> }),
        _ => EitherOf4::D(view! { <EscalateForm request=request /> }),
    })
}

#[component]
fn RejectForm(request: OperatorRequest) -> impl IntoView {
    let action = OperatorAction::Reject;
    let number = request.detail.summary.number.clone();
    let form = FormState::new(shared::forms::rejection::FIELDS);
    form.keep_title(action_name(action));
    let reason = RwSignal::new(String::new());
    let fix = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = Rejection {
            reason: reason.get_untracked(),
            fix: fix.get_untracked(),
        };
        send(form, &number, action, body.check(now()), body);
    };
    view! {
        {form.top()}
        {heading(&request, action)}
        <form novalidate on:submit=on_submit>
            <TextArea name="reason" label=words::REASON rule=shared::text::REJECTION_REASON value=reason error=form.error("reason") rows=4 />
            <TextArea name="fix" label=words::FIX rule=shared::text::REJECTION_FIX value=fix error=form.error("fix") rows=4 />
            <Button label=words::SEND busy=form.busy submit=true />
        </form>
    }
}

#[component]
fn ExtendForm(request: OperatorRequest) -> impl IntoView {
    let action = OperatorAction::Extend;
    let number = request.detail.summary.number.clone();
    let form = FormState::new(shared::forms::extension::FIELDS);
    form.keep_title(action_name(action));
    let days = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = DeadlineExtension {
            days: days.get_untracked().parse().ok(),
            reason: reason.get_untracked(),
        };
        send(form, &number, action, body.check(now()), body);
    };
    let choices = vec![OptionGroup {
        label: words::DAYS.get(lang()).to_owned(),
        options: (1..=MAX_EXTRA_DAYS)
            .map(|n| (n.to_string(), n.to_string()))
            .collect(),
    }];
    view! {
        {form.top()}
        {heading(&request, action)}
        <p class="body">{words::EXTEND_HINT.get(lang())}</p>
        <form novalidate on:submit=on_submit>
            <Select name="days" label=words::DAYS placeholder=words::DAYS_PLACEHOLDER groups=choices value=days error=form.error("days") />
            <TextArea name="reason" label=words::EXTEND_REASON rule=shared::text::EXTENSION_REASON value=reason error=form.error("reason") rows=3 />
            <Button label=words::SEND busy=form.busy submit=true />
        </form>
    }
}

#[component]
fn EscalateForm(request: OperatorRequest) -> impl IntoView {
    let action = OperatorAction::Escalate;
    let number = request.detail.summary.number.clone();
    let form = FormState::new(shared::forms::escalation::FIELDS);
    form.keep_title(action_name(action));
    let reason = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = Escalation {
            reason: reason.get_untracked(),
        };
        send(form, &number, action, body.check(now()), body);
    };
    view! {
        {form.top()}
        {heading(&request, action)}
        <form novalidate on:submit=on_submit>
            <TextArea name="reason" label=words::ESCALATE_REASON rule=shared::text::ESCALATION_REASON value=reason error=form.error("reason") rows=4 />
            <Button label=words::SEND busy=form.busy submit=true />
        </form>
    }
}

#[component]
fn TransferForm(request: OperatorRequest) -> impl IntoView {
    let action = OperatorAction::Transfer;
    let number = request.detail.summary.number.clone();
    let category = request.detail.summary.category.clone();
    let form = FormState::new(shared::forms::transfer::FIELDS);
    form.keep_title(action_name(action));
    let topic = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    // The topics of the other sections: a topic of the same section is the same queue.
    let current = shared::categories::find(&category).map_or("", |(section, _)| section.code);
    let groups = topic_groups_except(current);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = Transfer {
            category: topic.get_untracked(),
            comment: comment.get_untracked(),
        };
        send(
            form,
            &number,
            action,
            body.check_from(&category, now()),
            body,
        );
    };
    view! {
        {form.top()}
        {heading(&request, action)}
        <p class="body">{words::TRANSFER_HINT.get(lang())}</p>
        <form novalidate on:submit=on_submit>
            <Select name="category" label=words::TRANSFER_TOPIC placeholder=shared::ui::console::register::TOPIC_PLACEHOLDER groups=groups value=topic error=form.error("category") />
            <TextArea name="comment" label=words::TRANSFER_COMMENT rule=shared::text::COMMENT value=comment error=form.error("comment") rows=3 optional=true />
            <Button label=words::SEND busy=form.busy submit=true />
        </form>
    }
}
