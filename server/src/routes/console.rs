//! The operator console (SPEC §4, operator actions): the queues of an operator's sections, one
//! request with what the operator may do, each action, calls and letters registered as
//! requests, canned replies, live updates and the statistics. Operators reach only requests of
//! their sections: any other number is `404`, as a number that does not exist.

use std::convert::Infallible;
use std::time::Duration;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use futures_util::Stream;
use shared::api::{Created, Fault};
use shared::categories;
use shared::codes;
use shared::console::{
    CannedReply, CitizenMatch, CitizenQuery, OperatorRequest, QueueChange, QueueFilter, QueuePage,
};
use shared::dates::in_moscow;
use shared::forms::Form;
use shared::forms::escalation::Escalation;
use shared::forms::extension::DeadlineExtension;
use shared::forms::on_behalf::OnBehalf;
use shared::forms::rejection::Rejection;
use shared::forms::reply::Reply;
use shared::forms::transfer::Transfer;
use shared::identifiers;
use shared::lang::Lang;
use shared::statistics::{Statistics, StatisticsFilter};
use time::OffsetDateTime;

use super::extract::{Body, ClientLang};
use super::requests::{Filer, idempotency_key, store_request, submit_once};
use super::responses::TextFile;
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::services::live;
use crate::services::sessions::{Operator, Supervisor, session_holds};
use crate::services::statistics;
use crate::services::uploads::{self, Received};
use crate::storage::console::OperatorAct;
use crate::storage::request_actions::Acted;
use crate::storage::requests::KeyHold;

/// `GET /api/v1/console/requests?status=&category=&overdue=&escalated=&assigned=&q=&page=`: a
/// page of the operator's queues; `422` naming an unknown category.
pub async fn queue(
    State(state): State<AppState>,
    operator: Operator,
    filter: Result<Query<QueueFilter>, QueryRejection>,
) -> Result<Json<QueuePage>, ApiError> {
    let Query(filter) = filter.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    filter.check().map_err(ApiError::Validation)?;
    let now = OffsetDateTime::now_utc();
    Ok(Json(
        state.db.queue(operator.staff().id, &filter, now).await?,
    ))
}

/// `GET /api/v1/console/requests/{number}`: one request of the operator's queues, whole.
pub async fn show(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
) -> Result<Json<OperatorRequest>, ApiError> {
    state
        .db
        .operator_request(operator.staff(), &number)
        .await?
        .map(Json)
        .ok_or(ApiError::Fault(Fault::NotFound))
}

/// `GET /api/v1/console/requests/{number}/files/{file}`: a file of a request of the operator's
/// queues, as a download.
pub async fn file(
    State(state): State<AppState>,
    operator: Operator,
    Path((number, file_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let file = state
        .db
        .queue_file(operator.staff().id, &number, &file_id)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    uploads::download(
        &state.uploads.path_of(&file.id),
        &file.original_name,
        file.kind,
    )
    .await
}

/// Carries out a checked action: `204`; `404` outside the operator's queues, `409` when the
/// request, as it stands now, does not allow it (taken by someone else meanwhile, say).
async fn operate(
    state: &AppState,
    operator: &Operator,
    number: &str,
    act: OperatorAct<'_>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    match state
        .db
        .operator_act(operator.staff(), number, act, now)
        .await?
    {
        Ok(sections) => {
            state.live.announce(number, sections);
            state.notified();
            Ok(StatusCode::NO_CONTENT)
        }
        Err(Acted::NotFound) => Err(ApiError::Fault(Fault::NotFound)),
        Err(_) => Err(ApiError::Fault(Fault::Conflict)),
    }
}

/// The actions whose form is one text ([`Reply`]): judged, trimmed, then carried out as `act`.
async fn write(
    state: &AppState,
    operator: &Operator,
    number: &str,
    form: Reply,
    act: for<'a> fn(&'a str) -> OperatorAct<'a>,
) -> Result<StatusCode, ApiError> {
    let form = checked(form)?;
    operate(state, operator, number, act(form.text.trim())).await
}

/// A checked form, or its problems.
pub(super) fn checked<T: Form>(form: T) -> Result<T, ApiError> {
    form.check(OffsetDateTime::now_utc())
        .map_err(ApiError::Validation)?;
    Ok(form)
}

/// `POST …/{number}/take`: assign it to me; a registered request goes into work.
pub async fn take(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
) -> Result<StatusCode, ApiError> {
    operate(&state, &operator, &number, OperatorAct::Take).await
}

/// `POST …/{number}/reply` [`Reply`]: write to the citizen.
pub async fn reply(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<Reply>,
) -> Result<StatusCode, ApiError> {
    write(&state, &operator, &number, form, |text: &str| {
        OperatorAct::Reply(text)
    })
    .await
}

/// `POST …/{number}/request_documents` [`Reply`]: say what is needed; the clock stops.
pub async fn request_documents(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<Reply>,
) -> Result<StatusCode, ApiError> {
    write(&state, &operator, &number, form, |text: &str| {
        OperatorAct::RequestDocuments(text)
    })
    .await
}

/// `POST …/{number}/resolve` [`Reply`]: answer and resolve.
pub async fn resolve(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<Reply>,
) -> Result<StatusCode, ApiError> {
    write(&state, &operator, &number, form, |text: &str| {
        OperatorAct::Resolve(text)
    })
    .await
}

/// `POST …/{number}/reject` [`Rejection`]: refuse, with the reason and what to fix.
pub async fn reject(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<Rejection>,
) -> Result<StatusCode, ApiError> {
    let form = checked(form)?;
    let rejection = Rejection {
        reason: form.reason.trim().to_owned(),
        fix: form.fix.trim().to_owned(),
    };
    operate(&state, &operator, &number, OperatorAct::Reject(&rejection)).await
}

/// `POST …/{number}/extend` [`DeadlineExtension`]: once, by 1–10 business days, with a reason.
pub async fn extend(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<DeadlineExtension>,
) -> Result<StatusCode, ApiError> {
    let form = checked(form)?;
    let act = OperatorAct::Extend {
        days: form.days.unwrap_or(1),
        reason: form.reason.trim(),
    };
    operate(&state, &operator, &number, act).await
}

/// `POST …/{number}/escalate` [`Escalation`]: pass it to a senior operator of the section.
pub async fn escalate(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<Escalation>,
) -> Result<StatusCode, ApiError> {
    let form = checked(form)?;
    let act = OperatorAct::Escalate(form.reason.trim());
    operate(&state, &operator, &number, act).await
}

/// `POST …/{number}/transfer` [`Transfer`]: to a topic of another section.
pub async fn transfer(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<Transfer>,
) -> Result<StatusCode, ApiError> {
    let current = state
        .db
        .queue_category(operator.staff().id, &number)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    form.check_from(&current, OffsetDateTime::now_utc())
        .map_err(ApiError::Validation)?;
    let act = OperatorAct::Transfer {
        category: form.category.trim(),
        comment: form.comment.trim(),
    };
    operate(&state, &operator, &number, act).await
}

/// `POST …/{number}/reopen`: a senior operator upholds a dispute; the request goes back into work.
pub async fn reopen(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
) -> Result<StatusCode, ApiError> {
    operate(&state, &operator, &number, OperatorAct::Reopen).await
}

/// `POST …/{number}/uphold` [`Reply`]: a senior operator turns a dispute down, saying why to the
/// citizen; the answer or refusal stands.
pub async fn uphold(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<Reply>,
) -> Result<StatusCode, ApiError> {
    write(&state, &operator, &number, form, |text: &str| {
        OperatorAct::Uphold(text)
    })
    .await
}

/// `POST …/{number}/note` [`Reply`]: an internal note, never shown to the citizen.
pub async fn note(
    State(state): State<AppState>,
    operator: Operator,
    Path(number): Path<String>,
    Body(form): Body<Reply>,
) -> Result<StatusCode, ApiError> {
    write(&state, &operator, &number, form, |text: &str| {
        OperatorAct::Note(text)
    })
    .await
}

/// `GET /api/v1/console/canned-replies`: those of the operator's sections and the general ones.
pub async fn canned_replies(
    State(state): State<AppState>,
    operator: Operator,
) -> Result<Json<Vec<CannedReply>>, ApiError> {
    Ok(Json(
        state.db.canned_replies_for(operator.staff().id).await?,
    ))
}

/// `POST /api/v1/console/citizens` [`CitizenQuery`]: citizens whose phone, e-mail, INN or
/// SNILS it is (a body, so no identifier is ever in an address or a log).
pub async fn citizens(
    State(state): State<AppState>,
    _: Operator,
    Body(query): Body<CitizenQuery>,
) -> Result<Json<Vec<CitizenMatch>>, ApiError> {
    Ok(Json(state.db.find_citizens(&query.q).await?))
}

/// `POST /api/v1/console/requests` [`OnBehalf`] with an `Idempotency-Key`: a call or a letter
/// registered as a request → `201 {"number","due"}`; retries as for a citizen's filing.
pub async fn register(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    operator: Operator,
    request: Request,
) -> Result<Response, ApiError> {
    let now = OffsetDateTime::now_utc();
    let operator_id = operator.staff().id;
    let key = idempotency_key(&request)?;
    let received: Received<OnBehalf> = state
        .uploads
        .receive_json_or_multipart(request, &[])
        .await?;
    let submitted = submit_once(
        state,
        operator_id,
        key,
        received,
        move |state, held, received| async move {
            register_on_behalf(&state, &held.hold(), received.data, lang, now).await
        },
    );
    Ok(submitted.await?.answer(StatusCode::CREATED))
}

/// Judges a call or a letter and files it for the citizen found, or for the person whose
/// contacts were written down.
async fn register_on_behalf(
    state: &AppState,
    hold: &KeyHold<'_>,
    form: OnBehalf,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<Created, ApiError> {
    form.check(now).map_err(ApiError::Validation)?;
    let stored = identifiers::normalised_if_given;
    let (phone, email) = match form.citizen {
        Some(id) => state
            .db
            .citizen_contacts(id)
            .await?
            .ok_or_else(|| invalid("citizen", codes::CITIZEN_UNKNOWN))?,
        None => (
            stored(&form.phone, identifiers::phone),
            stored(&form.email, identifiers::email),
        ),
    };
    if categories::find(form.category.trim()).is_none() {
        return Err(invalid("category", codes::CATEGORY_UNKNOWN));
    }
    let name = form.full_name();
    let filer = Filer {
        account_id: hold.account_id,
        owner: form.citizen,
        channel: form.source.unwrap_or_default(),
        requester_name: form.citizen.is_none().then_some(name.as_str()),
        from_chat: None,
    };
    let request = form.to_request(phone, email);
    store_request(state, &filer, &request, Vec::new(), hold, lang, now).await
}

/// How often a live stream checks that its session is still alive and reads the operator's
/// sections again (an administrator may have changed them).
const SESSION_CHECK: Duration = Duration::from_secs(30);

/// `GET /api/v1/console/events`: server-sent events, one `change` with a [`QueueChange`]
/// whenever a request of the operator's sections arrives or changes. The stream ends when the
/// session does (sign-out, idle or absolute timeout) and when the server stops.
pub async fn events(
    State(state): State<AppState>,
    operator: Operator,
) -> Result<Sse<impl Stream<Item = Result<SseEvent, Infallible>>>, ApiError> {
    let operator_id = operator.staff().id;
    let sections = state.db.sections_of(operator_id).await?;
    let session = operator.0.token_hash.clone();
    let receiver = state.live.subscribe();
    let mut check = tokio::time::interval(SESSION_CHECK);
    check.tick().await;
    let stream = futures_util::stream::unfold(
        (receiver, check, state, sections, session),
        move |(mut receiver, mut check, state, mut sections, session)| async move {
            loop {
                tokio::select! {
                    () = live::stopped() => return None,
                    change = receiver.recv() => match change {
                        Ok(change) if change.sections.iter().any(|s| sections.contains(s)) => {
                            let data = serde_json::to_string(&QueueChange {
                                number: change.number,
                            })
                            .unwrap_or_default();
                            let event = SseEvent::default().event("change").data(data);
                            return Some((Ok(event), (receiver, check, state, sections, session)));
                        }
                        Ok(_) => {}
                        // Fell behind: one change without a number makes the console reload.
                        Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                            let event = SseEvent::default().event("change").data("{}");
                            return Some((Ok(event), (receiver, check, state, sections, session)));
                        }
                        Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
                    },
                    _ = check.tick() => {
                        if !session_holds(&state.db, &session).await {
                            return None;
                        }
                        match state.db.sections_of(operator_id).await {
                            Ok(now_worked) => sections = now_worked,
                            Err(_) => return None,
                        }
                    }
                }
            }
        },
    );
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// `GET /api/v1/console/statistics?from=&to=`: the figures of the period for the sections the
/// viewer covers (a senior operator's own, every section for an administrator).
pub async fn statistics(
    State(state): State<AppState>,
    supervisor: Supervisor,
    filter: Result<Query<StatisticsFilter>, QueryRejection>,
) -> Result<Json<Statistics>, ApiError> {
    let Query(filter) = filter.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    Ok(Json(
        statistics::of(&state.db, &supervisor.0.account, &filter).await?,
    ))
}

/// `GET /api/v1/console/statistics.csv?from=&to=`: the same figures as a CSV download.
pub async fn statistics_csv(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    supervisor: Supervisor,
    filter: Result<Query<StatisticsFilter>, QueryRejection>,
) -> Result<TextFile, ApiError> {
    let Query(filter) = filter.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    let figures = statistics::of(&state.db, &supervisor.0.account, &filter).await?;
    let today = in_moscow(OffsetDateTime::now_utc()).date();
    Ok(TextFile {
        body: statistics::csv(&figures, lang),
        media_type: "text/csv; charset=utf-8",
        name: format!("statistics-{today}.csv"),
    })
}
