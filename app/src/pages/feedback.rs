//! Anonymous feedback: the form, checked in the browser by `shared` before sending, and the
//! confirmation page with the request number.

use leptos::prelude::*;
use shared::api::FILES_FIELD;
use shared::forms::Form;
use shared::forms::feedback::{FIELDS, Feedback};
use shared::ui::feedback as words;

use crate::api::{self, SendError};
use crate::components::button::{Button, ButtonKind};
use crate::components::error_summary::{
    ErrorSummary, ShownError, error_of, focus_after_render, from_api, from_form,
};
use crate::components::fieldset::Fieldset;
use crate::components::file_upload::{ChosenFile, FileUpload, check_files, files_progress};
use crate::components::identifier_input::{IdentifierInput, IdentifierKind};
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::panel::Panel;
use crate::components::phone_input::PhoneInput;
use crate::components::select::{Select, topic_groups};
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;
use crate::router::navigate;
use crate::{lang, now, set_title};
use shared::pages::Page;

/// An optional field: `None` when left blank.
fn given(value: RwSignal<String>) -> Option<String> {
    let text = value.get_untracked();
    (!text.trim().is_empty()).then_some(text)
}

/// The feedback form.
#[component]
pub fn FeedbackPage() -> impl IntoView {
    let topic = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let snils = RwSignal::new(String::new());
    let inn = RwSignal::new(String::new());
    let passport = RwSignal::new(String::new());
    let ogrn = RwSignal::new(String::new());
    let ogrnip = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<ChosenFile>::new());
    let errors = RwSignal::new(Vec::<ShownError>::new());
    let fault = RwSignal::new(None::<String>);
    let sending = RwSignal::new(false);
    let summary = NodeRef::<leptos::html::Div>::new();

    Effect::new(move |_| set_title(words::TITLE.get(lang()), errors.with(|e| !e.is_empty())));

    let show_errors = move |shown: Vec<ShownError>| {
        errors.set(shown);
        focus_after_render(summary);
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let form = Feedback {
            email: email.get_untracked(),
            topic: topic.get_untracked(),
            message: message.get_untracked(),
            phone: phone.get_untracked(),
            inn: given(inn),
            snils: given(snils),
            ogrn: given(ogrn),
            ogrnip: given(ogrnip),
            passport: given(passport),
        };
        let chosen = files.get_untracked();
        let mut problems = form.check(now()).err().unwrap_or_default();
        problems.extend(check_files(FILES_FIELD, &chosen));
        if !problems.is_empty() {
            show_errors(from_form(&problems, FIELDS));
            return;
        }
        errors.set(Vec::new());
        fault.set(None);
        sending.set(true);
        leptos::task::spawn_local(async move {
            let sizes: Vec<u64> = chosen.iter().map(|f| f.size).collect();
            let handles: Vec<web_sys::File> = chosen.into_iter().map(|f| f.file.take()).collect();
            let show_progress = move |sent: f64, total: f64| {
                let done = files_progress(&sizes, sent, total);
                files.update(|all| {
                    for (file, percent) in all.iter_mut().zip(done) {
                        file.progress = Some(percent);
                    }
                });
            };
            let result = api::send_feedback(&form, &handles, show_progress).await;
            sending.set(false);
            // Progress belongs to this attempt; a refused form starts the next one afresh.
            files.update(|all| all.iter_mut().for_each(|file| file.progress = None));
            match result {
                Ok(created) => {
                    let due =
                        shared::dates::format_date(shared::dates::in_moscow(created.due).date());
                    navigate(&Page::FeedbackSent {
                        number: created.number,
                        due,
                    });
                }
                Err(SendError::Invalid(fields)) => show_errors(from_api(&fields, FIELDS)),
                Err(error) => fault.set(Some(error.words())),
            }
        });
    };

    let errors = Signal::from(errors);
    // The optional identifiers: each kind brings its label, hint and rule.
    let identifier = move |name: &'static str, kind: IdentifierKind, value: RwSignal<String>| {
        view! { <IdentifierInput name=name kind=kind value=value error=error_of(errors, name) /> }
    };
    view! {
        <ErrorSummary errors=errors node_ref=summary />
        {move || {
            fault
                .get()
                .map(|words| {
                    view! {
                        <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_SENT>
                            <p class="body">{words}</p>
                        </NotificationBanner>
                    }
                })
        }}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="lead">{words::LEAD.get(lang())}</p>
        <form novalidate on:submit=on_submit>
            <Select
                name="topic"
                label=words::TOPIC
                placeholder=words::TOPIC_CHOOSE
                groups=topic_groups()
                value=topic
                error=error_of(errors, "topic")
            />
            <TextArea
                name="message"
                label=words::MESSAGE
                hint=words::MESSAGE_HINT
                rule=shared::text::FEEDBACK_MESSAGE
                value=message
                error=error_of(errors, "message")
            />
            <TextInput
                name="email"
                label=words::EMAIL
                hint=words::EMAIL_HINT
                input_type="email"
                autocomplete="email"
                value=email
                error=error_of(errors, "email")
            />
            <PhoneInput name="phone" label=words::PHONE value=phone error=error_of(errors, "phone") />
            <Fieldset id="documents".to_owned() legend=words::DOCUMENTS hint=words::DOCUMENTS_HINT>
                {identifier("snils", IdentifierKind::Snils, snils)}
                {identifier("inn", IdentifierKind::Inn, inn)}
                {identifier("passport", IdentifierKind::Passport, passport)}
                {identifier("ogrn", IdentifierKind::Ogrn, ogrn)}
                {identifier("ogrnip", IdentifierKind::Ogrnip, ogrnip)}
            </Fieldset>
            <FileUpload
                name="files"
                label=words::FILES
                hint=words::FILES_HINT
                files=files
                error=error_of(errors, "files")
            />
            <Button label=words::SEND busy_label=words::SENDING busy=sending submit=true />
        </form>
    }
}

/// The confirmation after feedback was sent: the number, the due date, what happens next.
#[component]
pub fn FeedbackSentPage(
    /// The request number.
    number: String,
    /// When the answer is due, `ДД.ММ.ГГГГ`.
    due: String,
) -> impl IntoView {
    set_title(words::SENT_TITLE.get(lang()), false);
    view! {
        <Panel title=words::SENT_TITLE>
            {words::SENT_NUMBER.get(lang())}
            <br />
            <strong class="request-number">{number}</strong>
        </Panel>
        <p class="body">{words::SENT_DUE.get(lang())} " " <strong>{due}</strong>"."</p>
        <h2 class="heading-m">{words::SENT_NEXT_TITLE.get(lang())}</h2>
        <p class="body">{words::SENT_NEXT.get(lang())}</p>
        <p class="body">{words::SENT_FOLLOW.get(lang())}</p>
        <p class="body no-print">
            <Button
                label=words::PRINT
                kind=ButtonKind::Secondary
                on_click=Callback::new(|_| {
                    let _ = window().print();
                })
            />
        </p>
        <p class="body no-print">
            <a href=Page::Feedback.href()>{words::ANOTHER.get(lang())}</a>
        </p>
    }
}
