//! «Мои данные»: the identity state, the confirmed contacts (each changed on its own page with a
//! code), and the personal details checked by `shared`'s profile form.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use shared::accounts::{
    CONTACT_CONFIRM_PATH, CONTACT_PATH, CodeChannel, CodeStep, ContactChange, Identity,
    PROFILE_PATH, ProfileView, Started,
};
use shared::forms::Form;
use shared::forms::profile::{FIELDS, Profile};
use shared::lang::Text;
use shared::ui::account::{profile as words, register};

use super::form::FormState;
use crate::api;
use crate::components::button::Button;
use crate::components::date_input::{DateInput, DateParts};
use crate::components::fieldset::Fieldset;
use crate::components::identifier_input::{IdentifierInput, IdentifierKind};
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::router::navigate;
use crate::{lang, now, set_title};
use shared::pages::Page;

/// Splits `ДД.ММ.ГГГГ` into the date boxes.
fn date_parts(date: &str) -> DateParts {
    let mut parts = date.split('.');
    DateParts::of(
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    )
}

/// The profile page.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let loaded = RwSignal::new(None::<ProfileView>);
    leptos::task::spawn_local(async move {
        if let Ok(view) = api::get::<ProfileView>(PROFILE_PATH).await {
            loaded.set(Some(view));
        }
    });
    Effect::new(move |_| set_title(words::TITLE.get(lang()), false));
    view! {
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        {move || loaded.get().map(|view| view! { <ProfileForm view=view /> })}
    }
}

#[component]
fn ProfileForm(view: ProfileView) -> impl IntoView {
    let p = view.profile;
    let text = |value: &str| RwSignal::new(value.to_owned());
    let (surname, given_name, patronymic) =
        (text(&p.surname), text(&p.given_name), text(&p.patronymic));
    let (passport, issued_by, snils, inn, address) = (
        text(&p.passport),
        text(&p.passport_issued_by),
        text(&p.snils),
        text(&p.inn),
        text(&p.address),
    );
    let (organisation_name, ogrn, ogrnip) =
        (text(&p.organisation_name), text(&p.ogrn), text(&p.ogrnip));
    let birth_date = date_parts(&p.birth_date);
    let issue_date = date_parts(&p.passport_issue_date);
    let (phone, email) = (p.phone.clone(), p.email.clone());
    let saved = RwSignal::new(false);
    let form = FormState::new(FIELDS);
    form.keep_title(words::TITLE);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = Profile {
            surname: surname.get_untracked(),
            given_name: given_name.get_untracked(),
            patronymic: patronymic.get_untracked(),
            birth_date: birth_date.joined(),
            passport: passport.get_untracked(),
            passport_issue_date: issue_date.joined(),
            passport_issued_by: issued_by.get_untracked(),
            snils: snils.get_untracked(),
            inn: inn.get_untracked(),
            address: address.get_untracked(),
            phone: phone.clone(),
            email: email.clone(),
            organisation_name: organisation_name.get_untracked(),
            ogrn: ogrn.get_untracked(),
            ogrnip: ogrnip.get_untracked(),
        };
        if form.passes(request.check(now())) {
            saved.set(false);
            form.send(
                async move { api::put::<_, ProfileView>(PROFILE_PATH, &request).await },
                move |_| saved.set(true),
            );
        }
    };
    view! {
        {move || saved.get().then(|| view! {
            <NotificationBanner kind=BannerKind::Success heading=words::SAVED focus=true><span></span></NotificationBanner>
        })}
        {form.top()}
        <IdentityState identity=view.identity refusal=view.identity_refusal />
        <h2 class="heading-m">{words::CONTACTS.get(lang())}</h2>
        <SummaryList rows=vec![
            SummaryRow { key: words::PHONE, value: p.phone, change: Some(Page::ChangeContact { phone: true }.href()) },
            SummaryRow { key: words::EMAIL, value: p.email, change: Some(Page::ChangeContact { phone: false }.href()) },
        ] />
        <h2 class="heading-m">{words::PERSON.get(lang())}</h2>
        <form novalidate on:submit=on_submit>
            <TextInput name="surname" label=words::SURNAME autocomplete="family-name" value=surname error=form.error("surname") />
            <TextInput name="given_name" label=words::GIVEN_NAME autocomplete="given-name" value=given_name error=form.error("given_name") />
            <TextInput name="patronymic" label=words::PATRONYMIC autocomplete="additional-name" value=patronymic error=form.error("patronymic") />
            <DateInput name="birth_date" legend=words::BIRTH_DATE hint=words::BIRTH_DATE_HINT value=birth_date birthday=true error=form.error("birth_date") />
            <IdentifierInput name="passport" kind=IdentifierKind::Passport value=passport optional=true error=form.error("passport") />
            <DateInput name="passport_issue_date" legend=words::PASSPORT_ISSUE_DATE hint=words::PASSPORT_ISSUE_DATE_HINT value=issue_date error=form.error("passport_issue_date") />
            <TextInput name="passport_issued_by" label=words::PASSPORT_ISSUED_BY value=issued_by error=form.error("passport_issued_by") />
            <IdentifierInput name="snils" kind=IdentifierKind::Snils value=snils optional=true error=form.error("snils") />
            <IdentifierInput name="inn" kind=IdentifierKind::Inn value=inn optional=true error=form.error("inn") />
            <TextInput name="address" label=words::ADDRESS autocomplete="street-address" value=address error=form.error("address") />
            <Fieldset id="organisation".to_owned() legend=words::ORGANISATION hint=words::ORGANISATION_HINT>
                <TextInput name="organisation_name" label=words::ORGANISATION_NAME autocomplete="organization" value=organisation_name error=form.error("organisation_name") />
                <IdentifierInput name="ogrn" kind=IdentifierKind::Ogrn value=ogrn optional=true error=form.error("ogrn") />
                <IdentifierInput name="ogrnip" kind=IdentifierKind::Ogrnip value=ogrnip optional=true error=form.error("ogrnip") />
            </Fieldset>
            <Button label=words::SAVE submit=true busy=form.busy />
        </form>
    }
}

/// Where the confirmation of identity stands, and the way to it when it is not confirmed.
#[component]
fn IdentityState(identity: Identity, refusal: String) -> impl IntoView {
    let start = move |label: Text| {
        view! { <p class="body"><a href=Page::Identity.href()>{label.get(lang())}</a></p> }
    };
    let state = match identity {
        Identity::Confirmed => EitherOf4::A(view! {
            <p class="body"><strong class="tag tag--green">{words::IDENTITY_CONFIRMED.get(lang())}</strong></p>
        }),
        Identity::Pending => EitherOf4::B(view! {
            <p class="body"><strong class="tag tag--blue">{words::IDENTITY_PENDING.get(lang())}</strong></p>
            <p class="body">{words::IDENTITY_PENDING_NEXT.get(lang())}</p>
        }),
        Identity::Refused => EitherOf4::C(view! {
            <NotificationBanner heading=words::IDENTITY_REFUSED>
                <p class="body">{words::IDENTITY_REFUSAL_REASON.get(lang())} " " {refusal}</p>
            </NotificationBanner>
            {start(words::IDENTITY_AGAIN)}
        }),
        Identity::None => EitherOf4::D(view! {
            <p class="body">{words::IDENTITY_WHY.get(lang())}</p>
            {start(words::IDENTITY_START)}
        }),
    };
    view! {
        <h2 class="heading-m">{words::IDENTITY.get(lang())}</h2>
        {state}
    }
}

/// A new phone or e-mail: the value, then the code sent to it.
#[component]
pub fn ChangeContactPage(
    /// The phone rather than the e-mail.
    phone: bool,
) -> impl IntoView {
    let title = if phone {
        words::CHANGE_PHONE_TITLE
    } else {
        words::CHANGE_EMAIL_TITLE
    };
    let channel = if phone {
        CodeChannel::Phone
    } else {
        CodeChannel::Email
    };
    let value = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let token = RwSignal::new(None::<String>);
    let form = FormState::new(&["value", "code"]);
    form.keep_title(title);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match token.get_untracked() {
            None => {
                let request = ContactChange {
                    channel,
                    value: value.get_untracked(),
                };
                if form.passes(request.normalised().map(|_| ())) {
                    form.send(
                        async move { api::post::<_, Started>(CONTACT_PATH, &request).await },
                        move |started| token.set(Some(started.token)),
                    );
                }
            }
            Some(token) => {
                let request = CodeStep {
                    token,
                    code: code.get_untracked(),
                };
                if form.passes(request.check_code()) {
                    form.send(
                        async move { api::post::<_, ()>(CONTACT_CONFIRM_PATH, &request).await },
                        |()| navigate(&Page::Profile),
                    );
                }
            }
        }
    };
    view! {
        {form.top()}
        <h1 class="heading-l">{title.get(lang())}</h1>
        <p class="lead">{words::CHANGE_LEAD.get(lang())}</p>
        <form novalidate on:submit=on_submit>
            {move || match token.with(Option::is_some) {
                false => Either::Left(view! {
                    <TextInput
                        name="value"
                        label=title
                        input_type=if phone { "tel" } else { "email" }
                        autocomplete=if phone { "tel" } else { "email" }
                        value=value
                        error=form.error("value")
                    />
                    <Button label=words::SEND_CODE submit=true busy=form.busy />
                }),
                true => Either::Right(view! {
                    <TextInput
                        name="code"
                        label=words::CODE
                        hint=register::CODE_HINT
                        inputmode="numeric"
                        autocomplete="one-time-code"
                        width="input--width-5"
                        value=code
                        error=form.error("code")
                    />
                    <Button label=words::CONFIRM submit=true busy=form.busy />
                }),
            }}
        </form>
    }
}
