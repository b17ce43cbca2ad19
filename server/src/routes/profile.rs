//! «Мои данные» (SPEC §7): the profile checked by `shared`'s form, the INN as a login, and a new
//! phone or e-mail confirmed by a code sent to it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use shared::accounts::{CodeChannel, CodeStep, ContactChange, Identity, ProfileView, Started};
use shared::api::Fault;
use shared::codes;
use shared::forms::Form;
use shared::forms::profile::Profile;
use shared::identifiers;
use shared::notices::{self, CodePurpose};
use time::OffsetDateTime;

use super::extract::{Body, ClientIp, ClientLang};
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::accounts::{live_flow, send_code_or_notice, start_flow, wrong_code};
use crate::services::codes::CODE_LIFETIME;
use crate::services::limits::Action;
use crate::services::sessions::SignedIn;
use crate::storage::accounts::{Account, CreateError, SavedProfile};
use crate::storage::challenges::{Flow, NewChallenge, Stage};
use crate::storage::outbox::Channel;

/// The profile as shown: the stored form with the account's confirmed contacts.
fn view_of(account: &Account) -> ProfileView {
    let mut profile = stored_profile(account);
    profile.phone = account.phone.clone().unwrap_or_default();
    profile.email = account.email.clone();
    ProfileView {
        profile,
        identity: Identity::from_code(&account.identity),
        identity_refusal: account.identity_refusal.clone(),
    }
}

/// The profile of the account `id` as it is now stored.
pub(super) async fn current_view(state: &AppState, id: i64) -> Result<Json<ProfileView>, ApiError> {
    let account = state
        .db
        .account(id)
        .await?
        .ok_or(ApiError::Fault(Fault::Internal))?;
    Ok(Json(view_of(&account)))
}

/// The profile as last saved.
fn stored_profile(account: &Account) -> Profile {
    serde_json::from_str(&account.profile).unwrap_or_default()
}

/// `GET /api/v1/profile`.
pub async fn show(signed_in: SignedIn) -> Json<ProfileView> {
    Json(view_of(&signed_in.account))
}

/// `PUT /api/v1/profile`: `200` with the saved profile; `422` naming every bad field. The phone
/// and e-mail are not changed here (they need a code: [`start_contact_change`]). An OGRN or
/// OGRNIP makes a citizen's account a representative's; a new name, birth date, passport or
/// SNILS withdraws the identity confirmation, which the old scans no longer prove.
pub async fn save(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Body(mut form): Body<Profile>,
) -> Result<Json<ProfileView>, ApiError> {
    let account = signed_in.account;
    form.phone = account.phone.clone().unwrap_or_default();
    form.email = account.email.clone();
    form.check(OffsetDateTime::now_utc())
        .map_err(ApiError::Validation)?;
    // Identifiers are kept in their stored forms (the form has judged them already).
    let stored = identifiers::normalised_if_given;
    form.inn = stored(&form.inn, identifiers::inn);
    form.snils = stored(&form.snils, identifiers::snils);
    form.passport = stored(&form.passport, identifiers::passport);
    form.ogrn = stored(&form.ogrn, identifiers::ogrn);
    form.ogrnip = stored(&form.ogrnip, identifiers::ogrnip);
    form.organisation_name = form.organisation_name.trim().to_owned();
    let json = serde_json::to_string(&form).map_err(|_| ApiError::Fault(Fault::Internal))?;
    let saved = SavedProfile {
        profile: &form,
        json: &json,
        inn: (!form.inn.is_empty()).then_some(form.inn.as_str()),
        organisation_id: form.organisation_id(),
    };
    match state.db.save_profile(account.id, &saved).await {
        Ok(withdrawn) => state.uploads.remove(&withdrawn).await,
        Err(CreateError::Taken) => return Err(invalid("inn", codes::INN_TAKEN)),
        Err(CreateError::Database(error)) => return Err(error.into()),
    }
    current_view(&state, account.id).await
}

/// What a contact change carries between its steps.
#[derive(Debug, Serialize, Deserialize)]
struct NewContact {
    channel: CodeChannel,
    value: String,
}

fn purpose_and_channel(channel: CodeChannel) -> (CodePurpose, Channel) {
    match channel {
        CodeChannel::Phone => (CodePurpose::ConfirmPhone, Channel::Sms),
        CodeChannel::Email => (CodePurpose::ConfirmEmail, Channel::Email),
    }
}

/// `POST /api/v1/profile/contact`: `202 {"token"}`; a code goes to the new phone or e-mail (or,
/// if another account has it, a notice — the answer is the same).
pub async fn start_contact_change(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ClientLang(lang): ClientLang,
    signed_in: SignedIn,
    Body(change): Body<ContactChange>,
) -> Result<(StatusCode, Json<Started>), ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::Codes, &ip)?;
    let value = change.normalised().map_err(ApiError::Validation)?;
    state.limits.hit(Action::Codes, &value)?;
    let (phone, email) = match change.channel {
        CodeChannel::Phone => (value.as_str(), ""),
        CodeChannel::Email => ("", value.as_str()),
    };
    let taken = !state.db.accounts_holding(phone, email).await?.is_empty();
    let data = serde_json::to_string(&NewContact {
        channel: change.channel,
        value: value.clone(),
    })
    .map_err(|_| ApiError::Fault(Fault::Internal))?;
    let token = start_flow(
        &state,
        &NewChallenge {
            flow: Flow::ContactChange,
            account_id: Some(signed_in.account.id),
            data: &data,
            stage: Stage::Code,
            lifetime: CODE_LIFETIME,
        },
        now,
    )
    .await?;
    let (purpose, channel) = purpose_and_channel(change.channel);
    let if_taken = taken.then(|| notices::contact_claimed(lang));
    send_code_or_notice(&state, purpose, &value, channel, if_taken, lang, now).await?;
    Ok((StatusCode::ACCEPTED, Json(Started { token })))
}

/// `POST /api/v1/profile/contact/confirm`: the code from the new phone or e-mail; `204`, and the
/// owner is told at the old e-mail.
pub async fn confirm_contact_change(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    signed_in: SignedIn,
    Body(step): Body<CodeStep>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    state.limits.hit(Action::CodeChecks, &ip)?;
    let challenge = live_flow(&state, &step.token, Flow::ContactChange, "code", now).await?;
    // Another account's flow is as good as none.
    if challenge.account_id != Some(signed_in.account.id) {
        return Err(invalid("code", codes::CODE_EXPIRED));
    }
    let code = identifiers::one_time_code(&step.code).map_err(|c| invalid("code", c))?;
    let new: NewContact =
        serde_json::from_str(&challenge.data).map_err(|_| ApiError::Fault(Fault::Internal))?;
    let (purpose, _) = purpose_and_channel(new.channel);
    if let Err(refusal) = state.db.check_code(purpose, &new.value, &code, now).await? {
        return Err(wrong_code(&state, &challenge, refusal, "code").await);
    }
    let is_phone = new.channel == CodeChannel::Phone;
    match state
        .db
        .change_contact(&signed_in.account, is_phone, &new.value, now)
        .await
    {
        Ok(()) => {}
        Err(CreateError::Taken) => return Err(invalid("code", codes::CODE_WRONG)),
        Err(CreateError::Database(error)) => return Err(error.into()),
    }
    state.db.end_challenge(challenge.id).await?;
    state.notified();
    Ok(StatusCode::NO_CONTENT)
}
