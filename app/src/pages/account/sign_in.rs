//! «Вход»: login (e-mail, phone or INN) and password, «Запомнить меня», then the second factor
//! when the account has one.

use leptos::either::Either;
use leptos::prelude::*;
use shared::accounts::{
    CodeStep, Me, SECOND_FACTOR_PATH, SESSION_PATH, SecondFactor, SignInAnswer,
};
use shared::forms::Form;
use shared::forms::login::{FIELDS, Login};
use shared::ui::account::sign_in as words;

use super::fields::SecondFactorField;
use super::form::FormState;
use crate::api;
use crate::components::button::Button;
use crate::components::checkboxes::SingleCheckbox;
use crate::components::notification_banner::NotificationBanner;
use crate::components::password_input::PasswordInput;
use crate::components::text_input::TextInput;
use crate::router::{navigate, page_of_href};
use crate::session::Session;
use crate::{lang, now, set_title};
use shared::pages::Page;

/// Signed in: remember who, go on to `then` (a page's address) or to the account.
fn signed_in(me: Me, then: &str) {
    // Whoever used this browser before leaves no draft to this person.
    crate::draft::forget_personal();
    Session::get().set(Some(me));
    navigate(&page_of_href(then).unwrap_or(Page::Account { welcome: false }));
}

/// The sign-in page.
#[component]
pub fn SignInPage(
    /// After an idle session ended: say so.
    timed_out: bool,
    /// The page to go on to once signed in, or empty for the account.
    then: String,
) -> impl IntoView {
    // Read when a form is sent, while the page is here; its answer may come after the page
    // is gone.
    let then = StoredValue::new(then);
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    // The second step, once the password was right: which factor, and the flow's token.
    let second = RwSignal::new(None::<(SecondFactor, String)>);
    let form = FormState::new(FIELDS);
    let code_form = FormState::new(&["code"]);
    Effect::new(move |_| {
        let title = if second.with(Option::is_some) {
            words::SECOND_TITLE
        } else {
            words::TITLE
        };
        set_title(
            title.get(lang()),
            form.has_errors() || code_form.has_errors(),
        );
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = Login {
            login: login.get_untracked(),
            password: password.get_untracked(),
            remember_me: remember.get_untracked(),
        };
        if form.passes(request.check(now())) {
            let then = then.get_value();
            form.send(
                async move { api::post::<_, SignInAnswer>(SESSION_PATH, &request).await },
                move |answer| match answer.me {
                    Some(me) => signed_in(me, &then),
                    None => second.set(Some((answer.second_factor, answer.challenge))),
                },
            );
        }
    };
    let on_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((_, token)) = second.get_untracked() else {
            return;
        };
        let step = CodeStep {
            token,
            code: code.get_untracked(),
        };
        if code_form.passes(step.check_second_factor()) {
            let then = then.get_value();
            code_form.send(
                async move { api::post::<_, Me>(SECOND_FACTOR_PATH, &step).await },
                move |me| signed_in(me, &then),
            );
        }
    };

    view! {
        {move || match second.get() {
            None => Either::Left(view! {
                {form.top()}
                {timed_out.then(|| view! {
                    <NotificationBanner heading=words::TIMED_OUT><span></span></NotificationBanner>
                })}
                <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
                <form novalidate on:submit=on_submit>
                    <TextInput
                        name="login"
                        label=words::LOGIN
                        autocomplete="username"
                        value=login
                        error=form.error("login")
                    />
                    <PasswordInput name="password" label=words::PASSWORD value=password error=form.error("password") />
                    <SingleCheckbox name="remember_me" label=words::REMEMBER value=remember error=form.error("remember_me") />
                    <Button label=words::SUBMIT submit=true busy=form.busy />
                </form>
                <p class="body"><a href=Page::Recover.href()>{words::FORGOT.get(lang())}</a></p>
                <p class="body"><a href=Page::Register.href()>{words::REGISTER.get(lang())}</a></p>
            }),
            Some((factor, _)) => Either::Right(view! {
                {code_form.top()}
                <h1 class="heading-l">{words::SECOND_TITLE.get(lang())}</h1>
                <form novalidate on:submit=on_code>
                    <SecondFactorField factor=factor code=code form=code_form />
                    <Button label=words::SUBMIT submit=true busy=code_form.busy />
                </form>
            }),
        }}
    }
}
