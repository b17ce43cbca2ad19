//! «Новое обращение», last steps: the files (with their progress when sent), the check of every
//! answer with a way back to change it, sending under one idempotency key, and the confirmation
//! with the number, the expected date, what happens next and a print view.

use leptos::either::Either;
use leptos::prelude::*;
use shared::api::{Created, MULTIPART_FILES};
use shared::categories;
use shared::dates::{format_date, in_moscow};
use shared::forms::support_request::{FIELDS, SupportRequest};
use shared::requests::REQUESTS_PATH;
use shared::ui::requests::new as words;

use super::draft;
use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::error_summary::field_id;
use crate::components::file_upload::{ChosenFile, FileUpload, check_files, outgoing};
use crate::components::notification_banner::NotificationBanner;
use crate::components::panel::Panel;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::{lang, set_title};
use shared::pages::Page;

/// The files page; a topic that needs a document says which.
#[component]
pub fn FilesPage(
    /// The chosen files, kept for the check page.
    files: RwSignal<Vec<ChosenFile>>,
) -> impl IntoView {
    let form = FormState::new(FIELDS);
    form.keep_title(words::TITLE);
    crate::router::show_place_in_address();
    // Files come after details that passed their check.
    let Some(kept) = draft::checked() else {
        navigate(&Page::RequestDetails);
        return Either::Left(view! { <h1 class="heading-l">{words::TITLE.get(lang())}</h1> });
    };
    let needed = categories::find(&kept.category).and_then(|(_, sub)| sub.required_attachment);
    // Files chosen before a page load of another step are gone: the browser keeps none.
    let lost = kept.attached_files > 0 && files.with_untracked(Vec::is_empty);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut request = kept.clone();
        let chosen = files.get_untracked();
        request.attached_files = chosen.len();
        // The earlier steps judged their fields; what is left is the files'.
        let mut problems = request.files_problems();
        problems.extend(check_files(MULTIPART_FILES, &chosen));
        if form.passes(problems.into_result()) {
            draft::save_checked(&request);
            navigate(&Page::CheckRequest);
        }
    };
    let (label, hint) = match needed {
        Some(what) => (words::FILES_REQUIRED, what),
        None => (words::FILES, words::FILES_HINT),
    };
    Either::Right(view! {
        {form.top()}
        {lost.then(|| view! {
            <NotificationBanner heading=words::FILES_AGAIN><span></span></NotificationBanner>
        })}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <form novalidate on:submit=on_submit>
            <FileUpload name="files" label=label hint=hint files=files error=form.error("files") />
            {needed.is_some().then(|| view! { <p class="hint">{words::FILES_HINT.get(lang())}</p> })}
            <Button label=words::CONTINUE submit=true />
        </form>
    })
}

/// The answers as they will be sent, each with a way back to change it.
fn summary_rows(request: &SupportRequest, files: &[ChosenFile]) -> Vec<SummaryRow> {
    // Each answer is changed on the step that asks it.
    let back = |field: &str| {
        let step = match field {
            "category" => Page::new_request(),
            "files" => Page::RequestFiles,
            _ => Page::RequestDetails,
        };
        format!("{}#{}", step.href(), field_id(field))
    };
    let row = |key, value: String, field: &str| SummaryRow {
        key,
        value,
        change: Some(back(field)),
    };
    let lang = lang();
    let mut rows = Vec::new();
    if let Some((section, sub)) = categories::find(&request.category) {
        rows.push(row(
            words::CATEGORY,
            format!("{} — {}", section.name.get(lang), sub.name.get(lang)),
            "category",
        ));
        for field in sub.fields {
            if let Some(value) = request.extra.get(field.code()) {
                rows.push(row(field.label, value.clone(), field.key));
            }
        }
    }
    rows.push(row(words::SUBJECT, request.subject.clone(), "subject"));
    rows.push(row(
        words::DESCRIPTION,
        request.description.clone(),
        "description",
    ));
    rows.push(row(words::PHONE, request.phone.clone(), "phone"));
    rows.push(row(words::EMAIL, request.email.clone(), "email"));
    if let Some(channel) = request.reply_channel {
        rows.push(row(
            words::REPLY_CHANNEL,
            channel.name().get(lang).to_owned(),
            "reply_channel",
        ));
    }
    let identifiers = [
        &request.snils,
        &request.inn,
        &request.passport,
        &request.ogrn,
        &request.ogrnip,
    ]
    .into_iter()
    .filter(|v| !v.trim().is_empty())
    .cloned()
    .collect::<Vec<_>>()
    .join(", ");
    rows.push(row(words::IDENTIFIER, identifiers, "snils"));
    if !request.related_number.trim().is_empty() {
        rows.push(row(
            words::RELATED,
            request.related_number.clone(),
            "related_number",
        ));
    }
    if request.has_disability {
        rows.push(row(
            words::DISABILITY,
            words::YES.get(lang).to_owned(),
            "has_disability",
        ));
    }
    let names = files
        .iter()
        .map(|f| f.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    rows.push(row(
        words::FILES_ROW,
        if names.is_empty() {
            words::NO_FILES.get(lang).to_owned()
        } else {
            names
        },
        "files",
    ));
    if let Some(priority) = request.priority() {
        rows.push(SummaryRow {
            key: words::PRIORITY,
            value: priority.name().get(lang).to_owned(),
            change: None,
        });
    }
    rows
}

/// The check of the answers, then sending.
#[component]
pub fn CheckPage(
    /// The files chosen on the files page.
    files: RwSignal<Vec<ChosenFile>>,
) -> impl IntoView {
    set_title(words::CHECK_TITLE.get(lang()), false);
    let form = FormState::new(FIELDS);
    // Only a draft the details step passed is shown; a topic's required file must be chosen.
    let Some(mut request) = draft::checked() else {
        navigate(&Page::RequestDetails);
        return Either::Left(view! {
            <h1 class="heading-l">{words::CHECK_TITLE.get(lang())}</h1>
            <p class="body">{words::NOTHING_TO_CHECK.get(lang())}</p>
        });
    };
    request.attached_files = files.with_untracked(Vec::len);
    if !request.files_problems().is_empty() {
        navigate(&Page::RequestFiles);
    }
    // One key for this submission, kept until it is registered: a retry or a reload after a
    // lost answer is the same submission.
    let key = crate::draft::lasting_key(crate::draft::REQUEST_KEY);
    let rows = summary_rows(&request, &files.get_untracked());
    let send = move |_| {
        let request = SupportRequest {
            read_articles: crate::draft::read_in_this_tab(),
            ..request.clone()
        };
        let (handles, show_progress) = outgoing(files);
        let key = key.clone();
        form.send(
            async move {
                if handles.is_empty() {
                    api::post_once::<_, Created>(REQUESTS_PATH, &request, &key).await
                } else {
                    api::post_files_once(
                        REQUESTS_PATH,
                        &request,
                        &[(MULTIPART_FILES, &handles)],
                        &key,
                        show_progress,
                    )
                    .await
                }
            },
            move |created: Created| {
                draft::clear();
                crate::draft::forget_read();
                files.set(Vec::new());
                navigate(&Page::RequestSent {
                    number: created.number,
                    due: format_date(in_moscow(created.due).date()),
                });
            },
        );
    };
    Either::Right(view! {
        {form.top()}
        <h1 class="heading-l">{words::CHECK_TITLE.get(lang())}</h1>
        <SummaryList rows=rows />
        <p class="body">{words::DECLARATION.get(lang())}</p>
        <Button label=words::SEND busy_label=words::SENDING busy=form.busy on_click=Callback::new(send) />
    })
}

/// The confirmation: the number, the expected date, what happens next, print.
#[component]
pub fn SentPage(
    /// The request number.
    number: String,
    /// When the answer is expected, `ДД.ММ.ГГГГ`.
    due: String,
) -> impl IntoView {
    set_title(words::SENT_TITLE.get(lang()), false);
    let request = Page::Request {
        number: number.clone(),
    }
    .href();
    view! {
        <Panel title=words::SENT_TITLE>
            {words::SENT_NUMBER.get(lang())}
            <br />
            <strong class="request-number">{number}</strong>
        </Panel>
        <p class="body">{words::SENT_DUE.get(lang())} " " <strong>{due}</strong>"."</p>
        <h2 class="heading-m">{words::SENT_NEXT_TITLE.get(lang())}</h2>
        <p class="body">{words::SENT_NEXT.get(lang())}</p>
        <p class="body no-print"><a href=request>{words::SENT_FOLLOW.get(lang())}</a></p>
        <p class="body">{words::SENT_CONTACTS.get(lang())}</p>
        <p class="body no-print">
            <Button label=words::PRINT kind=ButtonKind::Secondary on_click=Callback::new(|_| { let _ = window().print(); }) />
        </p>
    }
}
