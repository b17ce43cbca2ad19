//! «Регистрация»: phone, e-mail, password twice and consent; then the code from the SMS and the
//! code from the e-mail. A code the server accepted stays accepted while the other is retyped.

use leptos::either::Either;
use leptos::prelude::*;
use shared::accounts::{
    CodeChannel, ConfirmRegistration, Me, REGISTRATION_CONFIRM_PATH, REGISTRATION_PATH,
    REGISTRATION_RESEND_PATH, Resend, Started,
};
use shared::forms::Form;
use shared::forms::registration::{FIELDS, Registration};
use shared::ui::account::register as words;

use super::fields::NewPasswordFields;
use super::form::FormState;
use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::checkboxes::SingleCheckbox;
use crate::components::one_time_code::OneTimeCode;
use crate::components::phone_input::PhoneInput;
use crate::components::text_input::TextInput;
use crate::router::navigate;
use crate::session::Session;
use crate::{lang, now, set_title};
use shared::pages::Page;

const CODE_FIELDS: &[&str] = &["phone_code", "email_code"];

/// The registration page.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let phone = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let password_repeat = RwSignal::new(String::new());
    let consent = RwSignal::new(false);
    let form = FormState::new(FIELDS);
    // The second step, once the server took the form: its token.
    let token = RwSignal::new(None::<String>);
    let phone_code = RwSignal::new(String::new());
    let email_code = RwSignal::new(String::new());
    let phone_done = RwSignal::new(false);
    let email_done = RwSignal::new(false);
    let resent = RwSignal::new(false);
    let codes = FormState::new(CODE_FIELDS);
    Effect::new(move |_| {
        let title = if token.with(Option::is_some) {
            words::CONFIRM_TITLE
        } else {
            words::TITLE
        };
        set_title(title.get(lang()), form.has_errors() || codes.has_errors());
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = Registration {
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            password: password.get_untracked(),
            password_repeat: password_repeat.get_untracked(),
            consent: consent.get_untracked(),
        };
        if form.passes(request.check(now())) {
            form.send(
                async move { api::post::<_, Started>(REGISTRATION_PATH, &request).await },
                move |started| token.set(Some(started.token)),
            );
        }
    };
    let on_confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = ConfirmRegistration {
            token: token.get_untracked().unwrap_or_default(),
            phone_code: phone_code.get_untracked(),
            email_code: email_code.get_untracked(),
        };
        let (phone_was, email_was) = (phone_done.get_untracked(), email_done.get_untracked());
        if codes.passes(request.check(phone_was, email_was)) {
            codes.send(
                async move {
                    let answer = api::post::<_, Me>(REGISTRATION_CONFIRM_PATH, &request).await;
                    // A field the server did not complain about was accepted.
                    if let Err(api::SendError::Invalid(fields)) = &answer {
                        phone_done.set(!fields.contains_key("phone_code"));
                        email_done.set(!fields.contains_key("email_code"));
                    }
                    answer
                },
                |me| {
                    Session::get().set(Some(me));
                    navigate(&Page::Account { welcome: true });
                },
            );
        }
    };
    let resend = move |channel: CodeChannel| {
        let request = Resend {
            token: token.get_untracked().unwrap_or_default(),
            channel,
        };
        codes.send(
            async move { api::post::<_, ()>(REGISTRATION_RESEND_PATH, &request).await },
            move |()| resent.set(true),
        );
    };

    view! {
        {move || match token.get() {
            None => Either::Left(view! {
                {form.top()}
                <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
                <p class="lead">{words::LEAD.get(lang())}</p>
                <form novalidate on:submit=on_submit>
                    <PhoneInput name="phone" label=words::PHONE hint=words::PHONE_HINT value=phone error=form.error("phone") />
                    <TextInput
                        name="email"
                        label=words::EMAIL
                        input_type="email"
                        autocomplete="email"
                        value=email
                        error=form.error("email")
                    />
                    <NewPasswordFields label=words::PASSWORD password=password repeat=password_repeat form=form />
                    <SingleCheckbox name="consent" label=words::CONSENT value=consent error=form.error("consent") />
                    <Button label=words::SUBMIT submit=true busy=form.busy />
                </form>
                <p class="body"><a href=Page::sign_in().href()>{words::HAVE_ACCOUNT.get(lang())}</a></p>
            }),
            Some(_) => Either::Right(view! {
                {codes.top()}
                <h1 class="heading-l">{words::CONFIRM_TITLE.get(lang())}</h1>
                <p class="lead">{words::CONFIRM_LEAD.get(lang())}</p>
                <p class="body" role="status">{move || resent.get().then(|| words::RESENT.get(lang()))}</p>
                <form novalidate on:submit=on_confirm>
                    <Show when=move || !phone_done.get()>
                        <OneTimeCode name="phone_code" label=words::PHONE_CODE hint=words::CODE_HINT value=phone_code error=codes.error("phone_code") />
                        <p class="body">
                            <Button label=words::RESEND_PHONE kind=ButtonKind::Link on_click=Callback::new(move |()| resend(CodeChannel::Phone)) />
                        </p>
                    </Show>
                    <Show when=move || !email_done.get()>
                        <OneTimeCode name="email_code" label=words::EMAIL_CODE hint=words::CODE_HINT value=email_code error=codes.error("email_code") />
                        <p class="body">
                            <Button label=words::RESEND_EMAIL kind=ButtonKind::Link on_click=Callback::new(move |()| resend(CodeChannel::Email)) />
                        </p>
                    </Show>
                    <Button label=words::CONFIRM submit=true busy=codes.busy />
                </form>
            }),
        }}
    }
}
