//! «Восстановление пароля»: the login, the code that was sent, the second factor when the
//! account has one, a new password; then the person signs in with it.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use shared::accounts::{
    CodeStep, NewPasswordStep, RECOVERY_CODE_PATH, RECOVERY_PASSWORD_PATH, RECOVERY_PATH,
    RECOVERY_SECOND_FACTOR_PATH, RecoveryStep, SecondFactor, Started,
};
use shared::forms::Form;
use shared::forms::recovery::{NewPassword, RecoveryStart};
use shared::ui::account::{recover as words, register, sign_in};

use super::fields::{NewPasswordFields, SecondFactorField};
use super::form::FormState;
use crate::api;
use crate::components::button::Button;
use crate::components::checkboxes::SingleCheckbox;
use crate::components::panel::Panel;
use crate::components::text_input::TextInput;
use crate::{lang, now, set_title};
use shared::pages::Page;

/// Where recovery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Login,
    Code,
    SecondFactor(SecondFactor),
    Password,
    Done,
}

/// The recovery page.
#[component]
pub fn RecoverPage() -> impl IntoView {
    let step = RwSignal::new(Step::Login);
    let token = RwSignal::new(String::new());
    let login = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let password_repeat = RwSignal::new(String::new());
    let end_others = RwSignal::new(true);
    let form = FormState::new(&["login", "code", "password", "password_repeat"]);
    Effect::new(move |_| {
        let title = match step.get() {
            Step::Login => words::TITLE,
            Step::Code => words::CODE_TITLE,
            Step::SecondFactor(_) => sign_in::SECOND_TITLE,
            Step::Password => words::PASSWORD_TITLE,
            Step::Done => words::DONE,
        };
        set_title(title.get(lang()), form.has_errors());
    });
    let after_code = move |next: RecoveryStep| {
        code.set(String::new());
        step.set(match next.second_factor {
            SecondFactor::None => Step::Password,
            factor => Step::SecondFactor(factor),
        });
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match step.get_untracked() {
            Step::Login => {
                let request = RecoveryStart {
                    login: login.get_untracked(),
                };
                if form.passes(request.check(now())) {
                    form.send(
                        async move { api::post::<_, Started>(RECOVERY_PATH, &request).await },
                        move |started| {
                            token.set(started.token);
                            step.set(Step::Code);
                        },
                    );
                }
            }
            Step::Code => {
                let request = CodeStep {
                    token: token.get_untracked(),
                    code: code.get_untracked(),
                };
                if form.passes(request.check_code()) {
                    form.send(
                        async move { api::post::<_, RecoveryStep>(RECOVERY_CODE_PATH, &request).await },
                        after_code,
                    );
                }
            }
            Step::SecondFactor(_) => {
                let request = CodeStep {
                    token: token.get_untracked(),
                    code: code.get_untracked(),
                };
                if form.passes(request.check_second_factor()) {
                    form.send(
                        async move {
                            api::post::<_, RecoveryStep>(RECOVERY_SECOND_FACTOR_PATH, &request)
                                .await
                        },
                        after_code,
                    );
                }
            }
            Step::Password => {
                let request = NewPasswordStep {
                    token: token.get_untracked(),
                    form: NewPassword {
                        password: password.get_untracked(),
                        password_repeat: password_repeat.get_untracked(),
                        end_other_sessions: end_others.get_untracked(),
                    },
                };
                if form.passes(request.form.check(now())) {
                    form.send(
                        async move { api::post::<_, ()>(RECOVERY_PASSWORD_PATH, &request).await },
                        move |()| step.set(Step::Done),
                    );
                }
            }
            Step::Done => {}
        }
    };

    view! {
        {form.top()}
        {move || match step.get() {
            Step::Done => Either::Left(view! {
                <Panel title=words::DONE>{words::DONE_NEXT.get(lang())}</Panel>
                <p class="body">
                    <a href=Page::sign_in().href()>{sign_in::SUBMIT.get(lang())}</a>
                </p>
            }),
            current => Either::Right(view! {
                <form novalidate on:submit=on_submit>
                    {match current {
                        Step::Login => EitherOf4::A(view! {
                            <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
                            <p class="lead">{words::LEAD.get(lang())}</p>
                            <TextInput name="login" label=sign_in::LOGIN autocomplete="username" value=login error=form.error("login") />
                            <Button label=words::SUBMIT submit=true busy=form.busy />
                        }),
                        Step::Code => EitherOf4::B(view! {
                            <h1 class="heading-l">{words::CODE_TITLE.get(lang())}</h1>
                            <p class="lead">{words::CODE_LEAD.get(lang())}</p>
                            <TextInput
                                name="code"
                                label=words::CODE
                                hint=register::CODE_HINT
                                autocomplete="one-time-code"
                                width="input--width-10"
                                value=code
                                error=form.error("code")
                            />
                            <Button label=words::CONTINUE submit=true busy=form.busy />
                        }),
                        Step::SecondFactor(factor) => EitherOf4::C(view! {
                            <h1 class="heading-l">{sign_in::SECOND_TITLE.get(lang())}</h1>
                            <SecondFactorField factor=factor code=code form=form />
                            <Button label=words::CONTINUE submit=true busy=form.busy />
                        }),
                        _ => EitherOf4::D(view! {
                            <h1 class="heading-l">{words::PASSWORD_TITLE.get(lang())}</h1>
                            <NewPasswordFields label=words::NEW_PASSWORD password=password repeat=password_repeat form=form />
                            <SingleCheckbox name="end_other_sessions" label=words::END_OTHERS value=end_others error=form.error("end_other_sessions") />
                            <Button label=words::SAVE submit=true busy=form.busy />
                        }),
                    }}
                </form>
            }),
        }}
    }
}
