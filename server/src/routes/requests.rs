//! Support requests, the citizen's side (SPEC §4): filing one, safe to retry with its
//! idempotency key, and reading it back.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use shared::accounts::NoBody;
use shared::api::{Created, Fault, MULTIPART_FILES};
use shared::categories;
use shared::codes;
use shared::dates::{format_date, in_moscow};
use shared::deadlines;
use shared::forms::Form;
use shared::forms::escalation::Escalation;
use shared::forms::rating::Rating;
use shared::forms::reply::Reply;
use shared::forms::support_request::{READ_ARTICLES_MAX, SupportRequest};
use shared::identifiers;
use shared::lang::Lang;
use shared::notices;
use shared::requests::{
    IDEMPOTENCY_KEY_HEADER, RequestChannel, RequestDetail, RequestFilter, RequestPage,
    is_idempotency_key, search_text,
};
use time::OffsetDateTime;

use super::extract::{Body, ClientLang};
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::sessions::{Citizen, SignedIn};
use crate::services::uploads::{self, Received, StoredFile};
use crate::storage::accounts::Account;
use crate::storage::chats::FromChat;
use crate::storage::outbox::{Channel, Outgoing};
use crate::storage::request_actions::{Acted, CitizenAct};
use crate::storage::requests::{Claim, KeyHold, NewRequest, Registered};

/// `POST /api/v1/requests` (JSON, or multipart with `data` and `files`) with an
/// `Idempotency-Key`: `201 {"number","due"}`. The same key again: the first answer replayed
/// (`409` while the first is still being made, `422` with another body). Staff file requests
/// for people through the console, not here (403).
pub async fn create(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    Citizen(signed_in): Citizen,
    request: Request,
) -> Result<Response, ApiError> {
    let now = OffsetDateTime::now_utc();
    let account = signed_in.account;
    let key = idempotency_key(&request)?;
    let received: Received<SupportRequest> = state
        .uploads
        .receive_json_or_multipart(request, &[MULTIPART_FILES])
        .await?;
    let account_id = account.id;
    let submitted = submit_once(
        state,
        account_id,
        key,
        received,
        move |state, held, received| async move {
            register(&state, &account, received, &held.hold(), lang, now).await
        },
    );
    Ok(submitted.await?.answer(StatusCode::CREATED))
}

/// The submission's idempotency key, required on every creation (400 without a valid one).
pub(super) fn idempotency_key(request: &Request) -> Result<String, ApiError> {
    request
        .headers()
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|value| value.to_str().ok())
        .filter(|key| is_idempotency_key(key))
        .map(str::to_owned)
        .ok_or(ApiError::Fault(Fault::BadRequest))
}

/// What the key says a submission should do.
enum Claimed {
    /// Go ahead, holding the key by this token.
    Fresh(String),
    /// Answer what the first submission answered.
    Replay(Response),
}

/// Takes the key for `received`, or answers for the key's earlier use (a replay, `409` while
/// in flight, `422` for another body) with every received file discarded.
async fn claim_key<T>(
    state: &AppState,
    account_id: i64,
    key: &str,
    received: &Received<T>,
) -> Result<Claimed, ApiError> {
    let now = OffsetDateTime::now_utc();
    let claim = state
        .db
        .claim_idempotency_key(account_id, key, &received.fingerprint, now)
        .await;
    if let Ok(Claim::Fresh(claim)) = claim {
        return Ok(Claimed::Fresh(claim));
    }
    state.uploads.discard(&received.files).await;
    match claim {
        Ok(Claim::Done(status, answer)) => Ok(Claimed::Replay(replay(status, answer))),
        Ok(Claim::InFlight) => Err(ApiError::Fault(Fault::Conflict)),
        Ok(Claim::Reused) => Err(invalid("idempotency_key", codes::IDEMPOTENCY_KEY_REUSED)),
        Ok(Claim::Fresh(_)) => Err(ApiError::Fault(Fault::Internal)),
        Err(error) => Err(error.into()),
    }
}

/// An idempotency key held by the submission at work.
pub(super) struct HeldKey {
    account_id: i64,
    key: String,
    claim: String,
}

impl HeldKey {
    /// The hold, as storage records the answer under it.
    pub(super) fn hold(&self) -> KeyHold<'_> {
        KeyHold {
            account_id: self.account_id,
            key: &self.key,
            claim: &self.claim,
        }
    }
}

/// What a submission under an idempotency key came to.
pub(super) enum Submitted<T> {
    /// The work ran now and made this.
    Made(T),
    /// The key's first use finished before: its answer again.
    Replayed(Response),
}

impl<T: Serialize> Submitted<T> {
    /// The answer: what was made, as JSON with `status`, or the first answer again.
    pub(super) fn answer(self, status: StatusCode) -> Response {
        match self {
            Submitted::Made(made) => (status, Json(made)).into_response(),
            Submitted::Replayed(answer) => answer,
        }
    }
}

/// Runs `work` once for the submission `received` of `account_id` under `key` (required on
/// every creation, SECURITY.md): a fresh key is held while the work runs, to its end in its own
/// task even if the client goes away (a handler dropped half-way would leave its key held and
/// its files kept), and given back when the work fails; a used key answers for its earlier use
/// (the answer replayed, `409` while in flight, `422` with another body).
pub(super) async fn submit_once<T, Made, Work, Done>(
    state: AppState,
    account_id: i64,
    key: String,
    received: Received<T>,
    work: Work,
) -> Result<Submitted<Made>, ApiError>
where
    Made: Send + 'static,
    Work: FnOnce(AppState, HeldKey, Received<T>) -> Done,
    Done: Future<Output = Result<Made, ApiError>> + Send + 'static,
{
    let claim = match claim_key(&state, account_id, &key, &received).await? {
        Claimed::Fresh(claim) => claim,
        Claimed::Replay(answer) => return Ok(Submitted::Replayed(answer)),
    };
    let held = HeldKey {
        account_id,
        key: key.clone(),
        claim: claim.clone(),
    };
    let done = work(state.clone(), held, received);
    let finish = tokio::spawn(async move {
        let outcome = done.await;
        if outcome.is_err()
            && let Err(error) = state
                .db
                .release_idempotency_key(account_id, &key, &claim)
                .await
        {
            tracing::error!(%error, "an idempotency key could not be released");
        }
        outcome
    });
    finish
        .await
        .map_err(|_| ApiError::Fault(Fault::Internal))?
        .map(Submitted::Made)
}

/// The answer a finished creation gave, again.
fn replay(status: u16, answer: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
    let mut response = (status, answer).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// Judges and stores the request; every file is discarded when it is refused.
async fn register(
    state: &AppState,
    account: &Account,
    received: Received<SupportRequest>,
    hold: &KeyHold<'_>,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<Created, ApiError> {
    let Received {
        data: mut form,
        files,
        mut file_errors,
        ..
    } = received;
    form.attached_files = files.len();
    if let Err(errors) = form.check(now) {
        file_errors.extend(errors);
    }
    if !file_errors.is_empty() {
        state.uploads.discard(&files).await;
        return Err(ApiError::Validation(file_errors));
    }
    normalise(&mut form);
    let filer = Filer {
        account_id: account.id,
        owner: Some(account.id),
        channel: RequestChannel::Portal,
        requester_name: None,
        from_chat: None,
    };
    store_request(state, &filer, &form, files, hold, lang, now).await
}

/// Who files a request, and for whom.
pub(super) struct Filer<'a> {
    /// Who sends it and holds its idempotency key.
    pub account_id: i64,
    /// The citizen's account it belongs to; `None` for a person without one.
    pub owner: Option<i64>,
    /// How it came.
    pub channel: RequestChannel,
    /// The full name of a person without an account.
    pub requester_name: Option<&'a str>,
    /// The chat it is registered from, if it is.
    pub from_chat: Option<FromChat>,
}

/// Stores a judged and normalised request with its files (discarded if it cannot be stored),
/// e-mails its receipt when there is an address, and tells the consoles.
pub(super) async fn store_request(
    state: &AppState,
    filer: &Filer<'_>,
    form: &SupportRequest,
    files: Vec<StoredFile>,
    hold: &KeyHold<'_>,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<Created, ApiError> {
    let Some((section, subcategory)) = categories::find(&form.category) else {
        state.uploads.discard(&files).await;
        return Err(invalid("category", codes::CATEGORY_UNKNOWN));
    };
    let priority = form.priority().unwrap_or(subcategory.default_priority);
    let first_response_due = deadlines::first_response_due(now, priority);
    let due = deadlines::resolution_due(now, subcategory.kind);
    // What was read before is counted for the articles, not kept as part of the form.
    let read = &form.read_articles;
    let read = &read[read.len().saturating_sub(READ_ARTICLES_MAX)..];
    let kept = SupportRequest {
        read_articles: Vec::new(),
        ..form.clone()
    };
    let json = serde_json::to_string(&kept).map_err(|_| ApiError::Fault(Fault::Internal))?;
    let new = NewRequest {
        account_id: filer.account_id,
        owner: filer.owner,
        channel: filer.channel,
        requester_name: filer.requester_name,
        form: &json,
        category: subcategory.code,
        subject: form.subject.trim(),
        search_text: &search_text(&form.subject, &form.description),
        read_articles: read,
        priority,
        first_response_due,
        resolution_due: due,
        key: hold.key,
        claim: hold.claim,
        from_chat: filer.from_chat,
    };
    let due_date = format_date(in_moscow(due).date());
    let answer = |number: &str| {
        serde_json::to_string(&Created {
            number: number.to_owned(),
            due,
        })
        .unwrap_or_default()
    };
    let receipt = |number: &str| {
        let notice = notices::request_received(number, &due_date, lang);
        (!form.email.is_empty()).then(|| Outgoing {
            channel: Channel::Email,
            recipient: form.email.clone(),
            subject: notice.subject,
            body: notice.body,
        })
    };
    state.uploads.keep(&files).await?;
    match state
        .db
        .create_request(&new, &files, now, answer, receipt)
        .await
    {
        Ok(Some(Registered { number, chat })) => {
            tracing::info!(%number, files = files.len(), "request registered");
            state.notified();
            state.live.announce(&number, vec![section.code.to_owned()]);
            state.chats.announce(&chat);
            Ok(Created { number, due })
        }
        Ok(None) => {
            state.uploads.discard(&files).await;
            Err(ApiError::Fault(Fault::Conflict))
        }
        Err(error) => {
            state.uploads.discard(&files).await;
            Err(error.into())
        }
    }
}

/// Keeps identifiers and contacts in their stored forms (the form has judged them already).
fn normalise(form: &mut SupportRequest) {
    let stored = identifiers::normalised_if_given;
    form.phone = stored(&form.phone, identifiers::phone);
    form.email = stored(&form.email, identifiers::email);
    form.snils = stored(&form.snils, identifiers::snils);
    form.inn = stored(&form.inn, identifiers::inn);
    form.passport = stored(&form.passport, identifiers::passport);
    form.ogrn = stored(&form.ogrn, identifiers::ogrn);
    form.ogrnip = stored(&form.ogrnip, identifiers::ogrnip);
    form.category = form.category.trim().to_owned();
}

/// `GET /api/v1/requests?status=&category=&from=&to=&q=&order=&page=`: a page of the signed-in
/// person's requests; `422` naming a bad date or category.
pub async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    filter: Result<Query<RequestFilter>, QueryRejection>,
) -> Result<Json<RequestPage>, ApiError> {
    let Query(filter) = filter.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    let period = filter.check().map_err(ApiError::Validation)?;
    Ok(Json(
        state
            .db
            .requests_of(signed_in.account.id, &filter, period)
            .await?,
    ))
}

/// `GET /api/v1/requests/{number}`: one of the signed-in person's requests, whole, with what
/// they may do now; `404` for anyone else's, exactly as for a number that does not exist.
pub async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(number): Path<String>,
) -> Result<Json<RequestDetail>, ApiError> {
    let now = OffsetDateTime::now_utc();
    state
        .db
        .request_detail(signed_in.account.id, &number, now)
        .await?
        .map(Json)
        .ok_or(ApiError::Fault(Fault::NotFound))
}

/// `GET /api/v1/requests/{number}/files/{file}`: a file of the person's own request or of its
/// thread, as a download; `404` for anyone else's.
pub async fn file(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((number, file_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let file = state
        .db
        .request_file(signed_in.account.id, &number, &file_id)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    uploads::download(
        &state.uploads.path_of(&file.id),
        &file.original_name,
        file.kind,
    )
    .await
}

/// `POST /api/v1/requests/{number}/messages` [`Reply`] (JSON, or multipart with `data` and
/// `files`) with an `Idempotency-Key`: `201 {}`; a reply to a request awaiting
/// documents puts it back in work. `404` for anyone else's request, `409` for a closed one.
pub async fn reply(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(number): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let now = OffsetDateTime::now_utc();
    let account_id = signed_in.account.id;
    let key = idempotency_key(&request)?;
    let mut received: Received<Reply> = state
        .uploads
        .receive_json_or_multipart(request, &[MULTIPART_FILES])
        .await?;
    // A key names one submission to one request: the same reply to another is another one.
    received.fingerprint = format!("{number} {}", received.fingerprint);
    let submitted = submit_once(
        state,
        account_id,
        key,
        received,
        move |state, held, received| async move {
            add_reply(&state, &held.hold(), &number, received, now)
                .await
                .map(|()| NoBody {})
        },
    );
    Ok(submitted.await?.answer(StatusCode::CREATED))
}

/// The answer to a reply, first time and replayed alike.
const REPLIED: &str = "{}";

/// Judges the reply and stores it; every file is discarded when it is refused.
async fn add_reply(
    state: &AppState,
    hold: &KeyHold<'_>,
    number: &str,
    received: Received<Reply>,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let Received {
        data: reply,
        files,
        mut file_errors,
        ..
    } = received;
    if let Err(errors) = reply.check(now) {
        file_errors.extend(errors);
    }
    if !file_errors.is_empty() {
        state.uploads.discard(&files).await;
        return Err(ApiError::Validation(file_errors));
    }
    state.uploads.keep(&files).await?;
    let stored = state
        .db
        .add_citizen_reply(hold, number, reply.text.trim(), &files, now, REPLIED)
        .await;
    match stored {
        Ok(Acted::Done) => {
            state.live.request_changed(&state.db, number).await;
            state.notified();
            Ok(())
        }
        refused => {
            state.uploads.discard(&files).await;
            Err(refusal(refused?))
        }
    }
}

/// The API's answer to an action the request did not take.
fn refusal(acted: Acted) -> ApiError {
    match acted {
        Acted::NotFound => ApiError::Fault(Fault::NotFound),
        Acted::NotAllowed | Acted::KeyLost => ApiError::Fault(Fault::Conflict),
        Acted::Done => ApiError::Fault(Fault::Internal),
    }
}

/// Carries out a checked action: `204`, or why not.
async fn act(
    state: &AppState,
    signed_in: &SignedIn,
    number: &str,
    action: CitizenAct<'_>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    match state
        .db
        .act_on_request(signed_in.account.id, number, action, now)
        .await?
    {
        Acted::Done => {
            state.live.request_changed(&state.db, number).await;
            state.notified();
            Ok(StatusCode::NO_CONTENT)
        }
        refused => Err(refusal(refused)),
    }
}

/// `POST /api/v1/requests/{number}/close`: «Завершить» an open request.
pub async fn close(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(number): Path<String>,
) -> Result<StatusCode, ApiError> {
    act(&state, &signed_in, &number, CitizenAct::Close).await
}

/// `POST /api/v1/requests/{number}/reopen`: reopen a completed request within seven days.
pub async fn reopen(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(number): Path<String>,
) -> Result<StatusCode, ApiError> {
    act(&state, &signed_in, &number, CitizenAct::Reopen).await
}

/// `POST /api/v1/requests/{number}/escalation` [`Escalation`]: a senior operator of the section
/// takes a look, when the deadline has passed or within 48 hours of a resolution.
pub async fn escalate(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(number): Path<String>,
    Body(escalation): Body<Escalation>,
) -> Result<StatusCode, ApiError> {
    escalation
        .check(OffsetDateTime::now_utc())
        .map_err(ApiError::Validation)?;
    let reason = escalation.reason.trim();
    act(&state, &signed_in, &number, CitizenAct::Escalate(reason)).await
}

/// `POST /api/v1/requests/{number}/rating` [`Rating`]: once, after the request is closed.
pub async fn rate(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(number): Path<String>,
    Body(mut rating): Body<Rating>,
) -> Result<StatusCode, ApiError> {
    rating
        .check(OffsetDateTime::now_utc())
        .map_err(ApiError::Validation)?;
    rating.comment = rating.comment.trim().to_owned();
    act(&state, &signed_in, &number, CitizenAct::Rate(&rating)).await
}
