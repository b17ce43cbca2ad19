//! «Безопасность»: the sessions on other devices (end one or all), the password (the current one
//! is needed), and sign-in confirmation by SMS or an authenticator app with recovery codes.

use leptos::either::Either;
use leptos::prelude::*;
use shared::accounts::{
    CodeStep, END_OTHER_SESSIONS_PATH, Me, PASSWORD_PATH, RecoveryCodes,
    SECOND_FACTOR_SETTING_PATH, SESSION_PATH, SESSIONS_PATH, SecondFactor, SecondFactorChoice,
    SessionInfo, TOTP_CONFIRM_PATH, TOTP_PATH, TotpEnrolment,
};
use shared::dates::{format_date_time, in_moscow};
use shared::forms::Form;
use shared::forms::password_change::{FIELDS, PasswordChange};
use shared::ui::account::{recover, security as words};

use super::fields::NewPasswordFields;
use super::form::FormState;
use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::checkboxes::SingleCheckbox;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::password_input::PasswordInput;
use crate::components::text_input::TextInput;
use crate::session::Session;
use crate::{lang, now, set_title};

/// The security page.
#[component]
pub fn SecurityPage() -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    let done = RwSignal::new(None::<shared::lang::Text>);
    view! {
        {move || done.get().map(|heading| view! {
            <NotificationBanner kind=BannerKind::Success heading=heading focus=true><span></span></NotificationBanner>
        })}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <Sessions done=done />
        <ChangePassword done=done />
        <SignInConfirmation done=done />
    }
}

/// The account's sessions, this one first marked.
#[component]
fn Sessions(done: RwSignal<Option<shared::lang::Text>>) -> impl IntoView {
    let sessions = RwSignal::new(Vec::<SessionInfo>::new());
    let form = FormState::new(&[]);
    let load = move || {
        leptos::task::spawn_local(async move {
            if let Ok(list) = api::get::<Vec<SessionInfo>>(SESSIONS_PATH).await {
                sessions.set(list);
            }
        });
    };
    load();
    let end = move |path: String| {
        form.send(
            async move {
                if path == END_OTHER_SESSIONS_PATH {
                    api::post::<_, ()>(&path, &shared::accounts::NoBody {}).await
                } else {
                    api::delete(&path).await
                }
            },
            move |()| {
                done.set(Some(words::ENDED));
                load();
            },
        );
    };
    let unknown = |text: String| {
        if text.is_empty() {
            words::UNKNOWN.get(lang()).to_owned()
        } else {
            text
        }
    };
    view! {
        <h2 class="heading-m">{words::SESSIONS.get(lang())}</h2>
        {form.top()}
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{words::DEVICE.get(lang())}</th>
                    <th scope="col">{words::PLACE.get(lang())}</th>
                    <th scope="col">{words::LAST_SEEN.get(lang())}</th>
                    <th scope="col"><span class="visually-hidden">{words::END.get(lang())}</span></th>
                </tr>
            </thead>
            <tbody>
                {move || sessions.get().into_iter().map(|session| {
                    let path = format!("{SESSIONS_PATH}/{}", session.id);
                    view! {
                        <tr>
                            <td>{unknown(session.browser)} ", " {unknown(session.device)}</td>
                            <td>{session.ip}</td>
                            <td>{format_date_time(in_moscow(session.last_seen))}</td>
                            <td>
                                {if session.current {
                                    Either::Left(view! { <strong>{words::THIS_SESSION.get(lang())}</strong> })
                                } else {
                                    let path = path.clone();
                                    Either::Right(view! {
                                        <Button label=words::END kind=ButtonKind::Secondary on_click=Callback::new(move |()| end(path.clone())) />
                                    })
                                }}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <Show when=move || sessions.with(|all| all.len() > 1)>
            <Button label=words::END_OTHERS kind=ButtonKind::Warning on_click=Callback::new(move |()| end(END_OTHER_SESSIONS_PATH.to_owned())) />
        </Show>
    }
}

/// «Сменить пароль».
#[component]
fn ChangePassword(done: RwSignal<Option<shared::lang::Text>>) -> impl IntoView {
    let current = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let password_repeat = RwSignal::new(String::new());
    let end_others = RwSignal::new(false);
    let form = FormState::new(FIELDS);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = PasswordChange {
            current_password: current.get_untracked(),
            password: password.get_untracked(),
            password_repeat: password_repeat.get_untracked(),
            end_other_sessions: end_others.get_untracked(),
        };
        if form.passes(request.check(now())) {
            form.send(
                async move { api::post::<_, ()>(PASSWORD_PATH, &request).await },
                move |()| {
                    for field in [current, password, password_repeat] {
                        field.set(String::new());
                    }
                    done.set(Some(words::CHANGED));
                },
            );
        }
    };
    view! {
        <h2 class="heading-m">{words::PASSWORD.get(lang())}</h2>
        {form.top()}
        <form novalidate on:submit=on_submit>
            <PasswordInput name="current_password" label=words::CURRENT value=current error=form.error("current_password") />
            <NewPasswordFields label=recover::NEW_PASSWORD password=password repeat=password_repeat form=form />
            <SingleCheckbox name="end_other_sessions" label=recover::END_OTHERS value=end_others error=form.error("end_other_sessions") />
            <Button label=words::SAVE submit=true busy=form.busy />
        </form>
    }
}

/// «Подтверждение входа»: SMS, an authenticator app, or off.
#[component]
fn SignInConfirmation(done: RwSignal<Option<shared::lang::Text>>) -> impl IntoView {
    let session = Session::get();
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let enrolment = RwSignal::new(None::<TotpEnrolment>);
    let recovery_codes = RwSignal::new(Vec::<String>::new());
    let form = FormState::new(&["confirm_password", "code"]);
    let refresh = move || {
        leptos::task::spawn_local(async move {
            if let Ok(me) = api::get::<Me>(SESSION_PATH).await {
                session.set(Some(me));
            }
        });
    };
    let choose = move |second_factor: SecondFactor| {
        let request = SecondFactorChoice {
            second_factor,
            confirm_password: password.get_untracked(),
        };
        form.send(
            async move { api::post::<_, ()>(SECOND_FACTOR_SETTING_PATH, &request).await },
            move |()| {
                password.set(String::new());
                done.set(Some(words::FACTOR_CHANGED));
                refresh();
            },
        );
    };
    let start_app = move |()| {
        form.send(async move { api::post::<_, TotpEnrolment>(TOTP_PATH, &shared::accounts::NoBody {}).await }, move |e| enrolment.set(Some(e)));
    };
    let confirm_app = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = CodeStep {
            token: String::new(),
            code: code.get_untracked(),
        };
        if form.passes(request.check_code()) {
            form.send(
                async move { api::post::<_, RecoveryCodes>(TOTP_CONFIRM_PATH, &request).await },
                move |codes| {
                    enrolment.set(None);
                    code.set(String::new());
                    recovery_codes.set(codes.codes);
                    done.set(Some(words::FACTOR_CHANGED));
                    refresh();
                },
            );
        }
    };
    let factor = move || {
        session
            .me()
            .map_or(SecondFactor::None, |me| me.second_factor)
    };
    view! {
        <h2 class="heading-m">{words::SECOND_FACTOR.get(lang())}</h2>
        {form.top()}
        <p class="body">{move || match factor() {
            SecondFactor::None => words::FACTOR_NONE,
            SecondFactor::Sms => words::FACTOR_SMS,
            SecondFactor::Totp => words::FACTOR_TOTP,
        }.get(lang())}</p>
        <Show when=move || !recovery_codes.with(Vec::is_empty)>
            <h3 class="heading-s">{words::RECOVERY_CODES.get(lang())}</h3>
            <p class="body">{words::RECOVERY_CODES_TEXT.get(lang())}</p>
            <ul class="list recovery-codes">
                {move || recovery_codes.get().into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
            </ul>
        </Show>
        {move || match enrolment.get() {
            Some(e) => {
                let image = format!("data:image/svg+xml;base64,{}", base64(&e.qr_svg));
                Either::Left(view! {
                    <p class="body">{words::SCAN.get(lang())}</p>
                    <img class="qr-code" src=image alt=words::QR_ALT.get(lang()) width="200" height="200" />
                    <p class="body"><code class="secret">{e.secret}</code></p>
                    <form novalidate on:submit=confirm_app>
                        <TextInput name="code" label=words::APP_CODE hint=words::APP_CODE_HINT inputmode="numeric" autocomplete="one-time-code" width="input--width-5" value=code error=form.error("code") />
                        <Button label=words::CONFIRM_APP submit=true busy=form.busy />
                    </form>
                })
            }
            None => Either::Right(view! {
                <PasswordInput name="confirm_password" label=words::CONFIRM_PASSWORD value=password error=form.error("confirm_password") />
                <div class="button-group">
                    <Show when=move || factor() != SecondFactor::Sms>
                        <Button label=words::USE_SMS kind=ButtonKind::Secondary on_click=Callback::new(move |()| choose(SecondFactor::Sms)) />
                    </Show>
                    <Button label=words::USE_APP kind=ButtonKind::Secondary on_click=Callback::new(start_app) />
                    <Show when=move || factor() != SecondFactor::None>
                        <Button label=words::TURN_OFF kind=ButtonKind::Warning on_click=Callback::new(move |()| choose(SecondFactor::None)) />
                    </Show>
                </div>
            }),
        }}
    }
}

/// Base64 of `text`, for a `data:` address.
fn base64(text: &str) -> String {
    web_sys::window()
        .and_then(|w| w.btoa(text).ok())
        .unwrap_or_default()
}
