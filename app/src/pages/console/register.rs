//! A call or a letter registered as a request on someone's behalf: find the citizen by phone,
//! e-mail, INN or SNILS (the request then shows in their account), or write down a person's
//! name and contacts; then the request itself. Judged by `shared::forms::on_behalf::OnBehalf`,
//! sent once with an idempotency key, confirmed with the number to tell the person.

use leptos::either::Either;
use leptos::prelude::*;
use shared::api::Created;
use shared::console::{CITIZENS_PATH, CONSOLE_REQUESTS_PATH, CitizenMatch, CitizenQuery};
use shared::dates::{format_date, in_moscow};
use shared::forms::Form;
use shared::forms::on_behalf::{FIELDS, OnBehalf};
use shared::forms::support_request::ReplyChannel;
use shared::requests::RequestChannel;
use shared::ui::console::register as words;

use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::checkboxes::SingleCheckbox;
use crate::components::error_message::ErrorMessage;
use crate::components::error_summary::field_id;
use crate::components::fieldset::Fieldset;
use crate::components::panel::Panel;
use crate::components::radios::{Choice, Radios};
use crate::components::select::{Select, topic_groups};
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::{lang, now, set_title};
use shared::pages::Page;

/// The form page.
#[component]
pub fn RegisterCallPage() -> impl IntoView {
    let form = FormState::new(FIELDS);
    form.keep_title(words::TITLE);
    let key = StoredValue::new(api::new_key());
    let source = RwSignal::new(String::new());
    let query = RwSignal::new(String::new());
    let matches = RwSignal::new(None::<Vec<CitizenMatch>>);
    let citizen = RwSignal::new(None::<CitizenMatch>);
    let surname = RwSignal::new(String::new());
    let given_name = RwSignal::new(String::new());
    let patronymic = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let subject = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let reply_channel = RwSignal::new(String::new());
    let disability = RwSignal::new(false);
    // A search of its own: Enter in it finds, and never sends the registration. A POST, so no
    // identifier is ever in an address.
    let find = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let asked = CitizenQuery {
            q: query.get_untracked(),
        };
        leptos::task::spawn_local(async move {
            if let Ok(found) = api::post::<_, Vec<CitizenMatch>>(CITIZENS_PATH, &asked).await {
                matches.set(Some(found));
            }
        });
    };
    // The chosen person replaces the search: focus goes to what took the pressed button's place.
    let choose = move |person: Option<CitizenMatch>| {
        let target = if person.is_some() {
            "chosen"
        } else {
            "citizen"
        };
        citizen.set(person);
        request_animation_frame(move || {
            if let Some(element) = document().get_element_by_id(target).and_then(|element| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
            }) {
                let _ = element.focus();
            }
        });
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = OnBehalf {
            source: RequestChannel::from_code(&source.get_untracked()),
            citizen: citizen.with_untracked(|c| c.as_ref().map(|c| c.id)),
            surname: surname.get_untracked(),
            given_name: given_name.get_untracked(),
            patronymic: patronymic.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            category: category.get_untracked(),
            subject: subject.get_untracked(),
            description: description.get_untracked(),
            reply_channel: ReplyChannel::from_code(&reply_channel.get_untracked()),
            has_disability: disability.get_untracked(),
        };
        if form.passes(body.check(now())) {
            let key = key.get_value();
            form.send(
                async move { api::post_once::<_, Created>(CONSOLE_REQUESTS_PATH, &body, &key).await },
                |created| {
                    navigate(&Page::CallRegistered {
                        number: created.number,
                        due: format_date(in_moscow(created.due).date()),
                    })
                },
            );
        }
    };
    let sources = vec![
        Choice {
            value: RequestChannel::Phone.code(),
            label: RequestChannel::Phone.name(),
            hint: None,
        },
        Choice {
            value: RequestChannel::Email.code(),
            label: RequestChannel::Email.name(),
            hint: None,
        },
    ];
    let channels: Vec<Choice> = ReplyChannel::ALL
        .into_iter()
        .map(|c| Choice {
            value: c.code(),
            label: c.name(),
            hint: None,
        })
        .collect();
    view! {
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="lead">{words::LEAD.get(lang())}</p>
        {move || match citizen.get() {
            Some(chosen) => Either::Left(view! {
                <div class="inset-text" id="chosen" tabindex="-1">
                    <p class="body">{words::CHOSEN.get(lang())} " " <strong>{describe(&chosen)}</strong></p>
                    <Button label=words::UNCHOOSE kind=ButtonKind::Link on_click=Callback::new(move |()| choose(None)) />
                </div>
            }),
            None => Either::Right(view! {
                <form role="search" novalidate on:submit=find>
                    <div class="field-row">
                        <TextInput name="citizen" label=words::FIND value=query error=form.error("citizen") autocomplete="off" />
                        <Button label=words::FIND_BUTTON kind=ButtonKind::Secondary submit=true />
                    </div>
                </form>
                <div aria-live="polite">
                    {move || matches.get().map(|found| if found.is_empty() {
                        Either::Left(view! { <p class="body">{words::NOT_FOUND.get(lang())}</p> })
                    } else {
                        Either::Right(view! {
                            <h2 class="heading-s">{words::FOUND.get(lang())}</h2>
                            <ul class="list">
                                {found.into_iter().map(|person| {
                                    let text = describe(&person);
                                    view! {
                                        <li>
                                            {text} " "
                                            <Button label=words::CHOOSE kind=ButtonKind::Link on_click=Callback::new(move |()| choose(Some(person.clone()))) />
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        })
                    })}
                </div>
            }),
        }}
        <form novalidate on:submit=on_submit>
            <Radios name="source" legend=words::SOURCE choices=sources value=source error=form.error("source") inline=true />
            {move || citizen.with(Option::is_none).then(|| view! {
                <h2 class="heading-m">{words::WITHOUT_ACCOUNT.get(lang())}</h2>
                <TextInput name="surname" label=words::SURNAME value=surname error=form.error("surname") autocomplete="off" />
                <TextInput name="given_name" label=words::GIVEN_NAME value=given_name error=form.error("given_name") autocomplete="off" />
                <TextInput name="patronymic" label=words::PATRONYMIC value=patronymic error=form.error("patronymic") autocomplete="off" optional=true />
                // Focusable (not by tabbing) for the error summary's link to the group's problem.
                <Fieldset id=field_id("contact") legend=words::CONTACTS hint=words::CONTACT_HINT attr:tabindex="-1">
                    <ErrorMessage id=field_id("contact") error=form.error("contact") />
                    <TextInput name="phone" label=words::PHONE value=phone error=form.error("phone") input_type="tel" autocomplete="off" optional=true />
                    <TextInput name="email" label=words::EMAIL value=email error=form.error("email") input_type="email" autocomplete="off" optional=true />
                </Fieldset>
            })}
            <h2 class="heading-m">{words::REQUEST.get(lang())}</h2>
            <Select name="category" label=words::TOPIC placeholder=words::TOPIC_PLACEHOLDER groups=topic_groups() value=category error=form.error("category") />
            <TextInput name="subject" label=words::SUBJECT value=subject error=form.error("subject") />
            <TextArea name="description" label=words::DESCRIPTION rule=shared::text::DESCRIPTION value=description error=form.error("description") rows=6 />
            <Radios name="reply_channel" legend=words::REPLY_CHANNEL choices=channels value=reply_channel error=form.error("reply_channel") />
            <SingleCheckbox name="has_disability" label=words::DISABILITY value=disability error=form.error("has_disability") />
            <Button label=words::SEND busy=form.busy submit=true />
        </form>
    }
}

/// «Иванов Иван Иванович, +79…, ivan@…».
fn describe(person: &CitizenMatch) -> String {
    [
        person.name.as_str(),
        person.phone.as_str(),
        person.email.as_str(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// The confirmation: the number and the expected date to tell the person.
#[component]
pub fn CallRegisteredPage(
    /// The new request's number.
    number: String,
    /// When the answer is due, `ДД.ММ.ГГГГ`.
    due: String,
) -> impl IntoView {
    set_title(words::DONE.get(lang()), false);
    let open = Page::ConsoleRequest {
        number: number.clone(),
        done: None,
    }
    .href();
    view! {
        <Panel title=words::DONE>
            {words::NUMBER.get(lang())} <br /> <strong>{number}</strong>
        </Panel>
        {(!due.is_empty()).then(|| view! {
            <p class="body">{words::DUE.get(lang())} " " <strong>{due.clone()}</strong></p>
        })}
        <p class="body">{words::DONE_HINT.get(lang())}</p>
        <p class="body"><a class="button" href=open>{words::OPEN.get(lang())}</a></p>
        <p class="body"><a href=Page::RegisterCall.href()>{words::ANOTHER.get(lang())}</a></p>
    }
}
