//! The chat (SPEC §6, issue 19): a citizen starts one and the bot answers; «Позвать оператора»
//! routes it; the conversation runs over a WebSocket ([`socket`]) or, where one cannot open,
//! over server-sent events ([`events`]) with frames posted ([`frames`]). The same frames and the
//! same storage serve both.

use std::convert::Infallible;
use std::time::Duration;

use axum::Json;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::Stream;
use serde::Deserialize;
use shared::api::{ErrorBody, Fault};
use shared::categories;
use shared::chat::{
    BOT_SUGGESTIONS, CLOSE_SESSION_ENDED, ChatSummary, ChatTranscript, ClientFrame, ConsoleChats,
    Duty, FRAMES_PER_MINUTE, MAX_FRAME_BYTES, OperatorCalled, PING_SECONDS, ServerFrame, Side,
    chat_request_path, operators_work_at, words,
};
use shared::codes;
use shared::forms::chat::NewChat;
use shared::forms::rating::Rating;
use shared::forms::support_request::{ReplyChannel, SupportRequest};
use shared::forms::transfer::Transfer;
use shared::lang::Lang;
use shared::notices;
use shared::requests::RequestChannel;
use time::OffsetDateTime;
use tokio::time::Instant;

use super::console::checked;
use super::extract::{Body, ClientLang};
use super::requests::{Filer, idempotency_key, store_request, submit_once};
use super::responses::TextFile;
use crate::AppState;
use crate::error::{ApiError, invalid};
use crate::security::origin_is_this_host;
use crate::services::chats::{Follower, Outgoing, handle};
use crate::services::sessions::{Citizen, Operator, SignedIn, session_holds};
use crate::services::uploads::{Received, receive_json};
use crate::services::{knowledge, live};
use crate::storage::Db;
use crate::storage::chats::{Called, FromChat, Party, Rated};
use crate::storage::outbox::{Channel, Outgoing as OutboxMessage};

/// Most entries a transcript shows.
const TRANSCRIPT_MAX: u32 = 10_000;
/// How long a write to a socket may take before the connection is given up as stuck.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);
/// What a socket buffers for reading: frames are small.
const READ_BUFFER: usize = 4 * 1024;
/// What may wait unwritten on a socket before writing fails (the outgoing queue is the buffer).
const WRITE_BUFFER_MAX: usize = 64 * 1024;

/// The reader a signed-in account is.
fn party_of(signed_in: &SignedIn) -> Party {
    if signed_in.account.role().is_staff() {
        Party::Staff(signed_in.account.id)
    } else {
        Party::Citizen(signed_in.account.id)
    }
}

/// `POST /api/v1/chats`: starts a chat; the bot offers up to [`BOT_SUGGESTIONS`] articles.
pub async fn open(
    State(state): State<AppState>,
    Citizen(signed_in): Citizen,
    ClientLang(lang): ClientLang,
    request: Request,
) -> Result<Response, ApiError> {
    let account_id = signed_in.account.id;
    let key = idempotency_key(&request)?;
    let received = receive_json::<NewChat>(request).await?;
    let submitted = submit_once(
        state,
        account_id,
        key,
        received,
        move |state, held, received| async move {
            let form = checked(received.data)?;
            // The check passed, so the topic is in the tree; a miss is a rule out of step.
            let (section, topic) =
                categories::find(form.topic.trim()).ok_or(ApiError::Fault(Fault::Internal))?;
            let question = form.text.trim();
            let articles = knowledge::answering(&state.db, question, lang, BOT_SUGGESTIONS).await?;
            let now = OffsetDateTime::now_utc();
            state
                .db
                .open_chat(
                    account_id,
                    (topic.code, section.code),
                    question,
                    &articles,
                    &held.hold(),
                    now,
                )
                .await?
                .ok_or(ApiError::Fault(Fault::Conflict))
        },
    );
    Ok(submitted.await?.answer(StatusCode::CREATED))
}

/// `GET /api/v1/chats`: the citizen's chats, newest first.
pub async fn mine(
    State(state): State<AppState>,
    Citizen(signed_in): Citizen,
) -> Result<Json<Vec<ChatSummary>>, ApiError> {
    Ok(Json(state.db.citizen_chats(signed_in.account.id).await?))
}

/// `GET /api/v1/chats/{id}`: one chat and its conversation, for its citizen or the staff of
/// its section.
pub async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(chat): Path<i64>,
) -> Result<Json<ChatTranscript>, ApiError> {
    Ok(Json(
        transcript_of(&state.db, party_of(&signed_in), chat).await?,
    ))
}

/// The chat as `party` may read it; `404` when it is not theirs.
async fn transcript_of(db: &Db, party: Party, chat: i64) -> Result<ChatTranscript, ApiError> {
    let not_found = || ApiError::Fault(Fault::NotFound);
    let summary = db.chat_summary(party, chat).await?.ok_or_else(not_found)?;
    let entries = db
        .chat_entries_after(party, chat, 0, TRANSCRIPT_MAX)
        .await?
        .ok_or_else(not_found)?;
    Ok(ChatTranscript { summary, entries })
}

/// `POST /api/v1/chats/{id}/request` with an `Idempotency-Key`: the conversation so far becomes
/// a support request of the chat's topic for its citizen, answered to their account
/// (`shared::chat::chat_request_path`).
pub async fn to_request(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ClientLang(lang): ClientLang,
    Path(chat): Path<i64>,
    request: Request,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&request)?;
    let party = party_of(&signed_in);
    let account_id = signed_in.account.id;
    // The key answers for this chat only: the same key sent for another chat is a reuse.
    let received = Received::json((), chat_request_path(chat).as_bytes());
    let submitted = submit_once(
        state,
        account_id,
        key,
        received,
        move |state, held, _| async move {
            let transcript = transcript_of(&state.db, party, chat).await?;
            if transcript.summary.request.is_some() {
                return Err(ApiError::Fault(Fault::Conflict));
            }
            let citizen = state
                .db
                .chat_citizen(chat)
                .await?
                .ok_or(ApiError::Fault(Fault::NotFound))?;
            let (phone, email) = state
                .db
                .citizen_contacts(citizen)
                .await?
                .ok_or(ApiError::Fault(Fault::NotFound))?;
            let (subject, description) = words::request_words(&transcript, lang);
            let form = SupportRequest {
                category: transcript.summary.topic.clone(),
                subject,
                description,
                phone,
                email,
                reply_channel: Some(ReplyChannel::Portal),
                ..SupportRequest::default()
            };
            let filer = Filer {
                account_id,
                owner: Some(citizen),
                channel: RequestChannel::Chat,
                requester_name: None,
                from_chat: Some(FromChat { chat, by: party }),
            };
            let now = OffsetDateTime::now_utc();
            store_request(&state, &filer, &form, Vec::new(), &held.hold(), lang, now).await
        },
    );
    Ok(submitted.await?.answer(StatusCode::CREATED))
}

/// `POST /api/v1/chats/{id}/email`: the citizen's transcript goes to their e-mail address
/// through the outbox; `422` when the account has no address.
pub async fn email(
    State(state): State<AppState>,
    Citizen(signed_in): Citizen,
    ClientLang(lang): ClientLang,
    Path(chat): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let party = Party::Citizen(signed_in.account.id);
    let transcript = transcript_of(&state.db, party, chat).await?;
    let address = signed_in.account.email.trim();
    if address.is_empty() {
        return Err(invalid("email", codes::EMAIL_REQUIRED));
    }
    let text = words::transcript_text(&transcript, Side::Citizen, lang);
    let notice = notices::chat_transcript(chat, &text, lang);
    let message = OutboxMessage {
        channel: Channel::Email,
        recipient: address.to_owned(),
        subject: notice.subject,
        body: notice.body,
    };
    state
        .db
        .enqueue_alone(&message, OffsetDateTime::now_utc())
        .await?;
    state.notified();
    Ok(StatusCode::ACCEPTED)
}

/// `GET /api/v1/chats/{id}/transcript.txt`: the conversation as a text file, as its reader
/// reads it.
pub async fn text(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ClientLang(lang): ClientLang,
    Path(chat): Path<i64>,
) -> Result<TextFile, ApiError> {
    let party = party_of(&signed_in);
    let transcript = transcript_of(&state.db, party, chat).await?;
    Ok(TextFile {
        body: words::transcript_text(&transcript, party.side(), lang),
        media_type: "text/plain; charset=utf-8",
        name: format!("chat-{chat}.txt"),
    })
}

/// `POST /api/v1/chats/{id}/operator`: «Позвать оператора».
pub async fn call_operator(
    State(state): State<AppState>,
    Citizen(signed_in): Citizen,
    Path(chat): Path<i64>,
) -> Result<Json<OperatorCalled>, ApiError> {
    let now = OffsetDateTime::now_utc();
    let called = state
        .db
        .call_operator(signed_in.account.id, chat, operators_work_at(now), now)
        .await?;
    let outcome = match called {
        Called::NotFound => return Err(ApiError::Fault(Fault::NotFound)),
        Called::Unavailable(reason, changes) => {
            state.chats.announce(&changes);
            OperatorCalled::Unavailable { reason }
        }
        Called::Asked { operator, changes } => {
            state.chats.announce(&changes);
            match operator {
                Some(operator) => OperatorCalled::Taken { operator },
                None => OperatorCalled::Waiting,
            }
        }
    };
    Ok(Json(outcome))
}

/// `POST /api/v1/chats/{id}/close`: its citizen or an operator of its section ends the chat.
pub async fn close(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(chat): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    let changes = state
        .db
        .close_chat(party_of(&signed_in), chat, now)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    state.chats.announce(&changes);
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/chats/{id}/rating`: the citizen rates their ended chat once (1–5 stars and a
/// comment, `shared::forms::rating::Rating`).
pub async fn rate(
    State(state): State<AppState>,
    Citizen(signed_in): Citizen,
    Path(chat): Path<i64>,
    Body(rating): Body<Rating>,
) -> Result<StatusCode, ApiError> {
    let rating = checked(rating)?;
    match state
        .db
        .rate_chat(
            signed_in.account.id,
            chat,
            rating.stars,
            rating.comment.trim(),
        )
        .await?
    {
        Rated::Rated => Ok(StatusCode::NO_CONTENT),
        Rated::NotFound => Err(ApiError::Fault(Fault::NotFound)),
        Rated::NotNow => Err(ApiError::Fault(Fault::Conflict)),
    }
}

/// `POST /api/v1/console/chats/{id}/transfer`: the operator hands the chat to another section's
/// queue, choosing its topic there (`shared::forms::transfer::Transfer`, the requests' form).
pub async fn transfer(
    State(state): State<AppState>,
    operator: Operator,
    Path(chat): Path<i64>,
    Body(form): Body<Transfer>,
) -> Result<StatusCode, ApiError> {
    let operator = operator.staff().id;
    let summary = state
        .db
        .chat_summary(Party::Staff(operator), chat)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    let now = OffsetDateTime::now_utc();
    form.check_from(&summary.topic, now)
        .map_err(ApiError::Validation)?;
    // The check passed, so the topic is in the tree; a miss is a rule out of step.
    let (section, topic) =
        categories::find(form.category.trim()).ok_or(ApiError::Fault(Fault::Internal))?;
    let changes = state
        .db
        .transfer_chat(
            operator,
            chat,
            (topic.code, section.code),
            form.comment.trim(),
            now,
        )
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    state.chats.announce(&changes);
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/console/chats`: the chats waiting in the operator's sections and their own.
pub async fn console_list(
    State(state): State<AppState>,
    operator: Operator,
) -> Result<Json<ConsoleChats>, ApiError> {
    Ok(Json(state.db.console_chats(operator.staff().id).await?))
}

/// `PUT /api/v1/console/chats/duty`: the operator starts or ends their chat shift.
pub async fn duty(
    State(state): State<AppState>,
    operator: Operator,
    Body(duty): Body<Duty>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    let changes = state
        .db
        .set_chat_duty(operator.staff().id, duty.on, now)
        .await?;
    state.chats.announce(&changes);
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/console/chats/{id}/take`: the operator takes a waiting chat of their sections.
pub async fn take(
    State(state): State<AppState>,
    operator: Operator,
    Path(chat): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    let changes = state
        .db
        .take_chat(operator.staff().id, chat, now)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    state.chats.announce(&changes);
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/chats/frames`: one frame of the fallback's way up; the answer is the frames
/// it causes for the sender (`stored`, `refused`, `pong`, or a resume's entries).
pub async fn frames(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ClientLang(lang): ClientLang,
    Body(frame): Body<ClientFrame>,
) -> Result<Json<Vec<ServerFrame>>, ApiError> {
    let answer = handle(&state.db, &state.chats, party_of(&signed_in), frame, lang).await?;
    Ok(Json(answer))
}

/// The chat a stream of events follows, and from where.
#[derive(Debug, Deserialize)]
pub struct EventsQuery {
    /// The chat.
    chat: i64,
    /// The last entry the client has; `Last-Event-ID` says the same on the browser's reconnect.
    #[serde(default)]
    after: u64,
}

/// How often the event stream checks that its session still holds.
const SESSION_CHECK: Duration = Duration::from_secs(PING_SECONDS);

/// One server-sent event of a frame: an entry's id is its number, for `Last-Event-ID`.
fn event_of(outgoing: &Outgoing) -> SseEvent {
    let event = SseEvent::default().data(outgoing.text.as_str());
    match outgoing.entry {
        Some((_, seq)) => event.id(seq.to_string()),
        None => event,
    }
}

/// `GET /api/v1/chats/events?chat=…`: the fallback's way down, one chat per stream; each
/// event's data is a [`ServerFrame`]. It ends with the session and when the server stops.
pub async fn events(
    State(state): State<AppState>,
    signed_in: SignedIn,
    headers: HeaderMap,
    Query(query): Query<EventsQuery>,
) -> Result<Sse<impl Stream<Item = Result<SseEvent, Infallible>>>, ApiError> {
    let session = signed_in.token_hash.clone();
    let last_event = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok())
        .unwrap_or(0);
    let party = party_of(&signed_in);
    let mut follower =
        Follower::connect(&state.db, &state.chats, party, signed_in.session_id).await?;
    let backlog = follower
        .resume(query.chat, query.after.max(last_event))
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    let mut check = tokio::time::interval(SESSION_CHECK);
    check.tick().await;
    let pending: std::collections::VecDeque<Outgoing> = backlog.into();
    let stream = futures_util::stream::unfold(
        (follower, pending, check, state, session),
        |(mut follower, mut pending, mut check, state, session)| async move {
            loop {
                if let Some(outgoing) = pending.pop_front() {
                    let event = event_of(&outgoing);
                    return Some((Ok(event), (follower, pending, check, state, session)));
                }
                tokio::select! {
                    () = live::stopped() => return None,
                    next = follower.next() => match next {
                        Ok(outgoing) => match follower.frames_for(outgoing).await {
                            Ok(frames) => pending.extend(frames),
                            Err(_) => return None,
                        },
                        Err(_) => return None,
                    },
                    _ = check.tick() => {
                        if !session_holds(&state.db, &session).await {
                            return None;
                        }
                    }
                }
            }
        },
    );
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// `GET /api/v1/chats/socket`: the chat's WebSocket. The session is checked before the upgrade
/// and the `Origin` must be the portal's (a page of another site cannot open it with the
/// citizen's cookie); frames are small, and so are the buffers.
pub async fn socket(
    State(state): State<AppState>,
    signed_in: SignedIn,
    headers: HeaderMap,
    ClientLang(lang): ClientLang,
    upgrade: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    if !origin_is_this_host(&headers) {
        return Err(ApiError::Fault(Fault::Forbidden));
    }
    let session = signed_in.token_hash.clone();
    let session_id = signed_in.session_id;
    let follower =
        Follower::connect(&state.db, &state.chats, party_of(&signed_in), session_id).await?;
    Ok(upgrade
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(0)
        .max_write_buffer_size(WRITE_BUFFER_MAX)
        .max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_upgrade(move |socket| async move {
            Conversation {
                socket,
                follower,
                state,
                session,
                session_id,
                lang,
            }
            .run()
            .await;
        })
        .into_response())
}

/// Frames a client sent in the current minute.
struct FrameBudget {
    since: Instant,
    used: u32,
}

impl FrameBudget {
    fn new() -> FrameBudget {
        FrameBudget {
            since: Instant::now(),
            used: 0,
        }
    }

    /// Whether one more frame fits in this minute.
    fn take(&mut self) -> bool {
        if self.since.elapsed() >= Duration::from_secs(60) {
            self.since = Instant::now();
            self.used = 0;
        }
        self.used += 1;
        self.used <= FRAMES_PER_MINUTE
    }
}

/// Why a conversation ended.
enum Ended {
    /// Closed with this code (the session ended, the client was too slow, the server stops).
    Code(u16),
    /// The client went away or the socket broke.
    Gone,
}

/// One open socket.
struct Conversation {
    socket: WebSocket,
    follower: Follower,
    state: AppState,
    /// The hash of the session's token, to check that it holds.
    session: String,
    /// The session's row, to record the person's activity.
    session_id: i64,
    lang: Lang,
}

/// The close code of a server going away (RFC 6455).
const CLOSE_GOING_AWAY: u16 = 1001;
/// The close code of a frame the server does not accept (RFC 6455: policy violation).
const CLOSE_POLICY: u16 = 1008;

impl Conversation {
    async fn run(mut self) {
        if let Err(Ended::Code(code)) = self.serve().await {
            let close = Message::Close(Some(CloseFrame {
                code,
                reason: "".into(),
            }));
            let _ = tokio::time::timeout(SEND_TIMEOUT, self.socket.send(close)).await;
        }
    }

    async fn send(&mut self, message: Message) -> Result<(), Ended> {
        match tokio::time::timeout(SEND_TIMEOUT, self.socket.send(message)).await {
            Ok(Ok(())) => Ok(()),
            _ => Err(Ended::Gone),
        }
    }

    async fn send_all(
        &mut self,
        frames: impl IntoIterator<Item = Outgoing> + Send,
    ) -> Result<(), Ended> {
        for outgoing in frames {
            self.send(Message::Text(outgoing.text)).await?;
        }
        Ok(())
    }

    async fn serve(&mut self) -> Result<(), Ended> {
        let mut budget = FrameBudget::new();
        let mut pings = tokio::time::interval(Duration::from_secs(PING_SECONDS));
        pings.tick().await;
        let mut answered = true;
        loop {
            tokio::select! {
                () = live::stopped() => return Err(Ended::Code(CLOSE_GOING_AWAY)),
                next = self.follower.next() => {
                    let outgoing = next.map_err(Ended::Code)?;
                    let frames = self.follower.frames_for(outgoing).await.map_err(|_| Ended::Gone)?;
                    self.send_all(frames).await?;
                }
                received = self.socket.recv() => {
                    let Some(Ok(message)) = received else {
                        return Err(Ended::Gone);
                    };
                    answered = true;
                    match message {
                        Message::Text(text) => {
                            if !budget.take() {
                                self.refuse(Fault::TooManyRequests).await?;
                                continue;
                            }
                            let Ok(frame) = serde_json::from_str::<ClientFrame>(&text) else {
                                return Err(Ended::Code(CLOSE_POLICY));
                            };
                            self.on_frame(frame).await?;
                        }
                        Message::Binary(_) => return Err(Ended::Code(CLOSE_POLICY)),
                        Message::Close(_) => return Err(Ended::Gone),
                        Message::Ping(_) | Message::Pong(_) => {}
                    }
                }
                _ = pings.tick() => {
                    if !answered || !session_holds(&self.state.db, &self.session).await {
                        return Err(if answered {
                            Ended::Code(CLOSE_SESSION_ENDED)
                        } else {
                            Ended::Gone
                        });
                    }
                    answered = false;
                    self.send(Message::Ping(Default::default())).await?;
                }
            }
        }
    }

    async fn refuse(&mut self, fault: Fault) -> Result<(), Ended> {
        let error = ErrorBody::fault(fault, self.lang);
        let refusal = ServerFrame::Refused { id: None, error };
        self.send_all([Outgoing::of(&refusal)]).await
    }

    async fn on_frame(&mut self, frame: ClientFrame) -> Result<(), Ended> {
        let db = self.state.db.clone();
        // What the person does (not typing, not heartbeats) needs the session to hold.
        if matches!(frame, ClientFrame::Send { .. } | ClientFrame::Resume { .. })
            && !session_holds(&db, &self.session).await
        {
            return Err(Ended::Code(CLOSE_SESSION_ENDED));
        }
        if matches!(frame, ClientFrame::Send { .. }) {
            // Chatting is the person at work: the idle clock starts again, as with any request.
            let now = OffsetDateTime::now_utc();
            db.touch_session(self.session_id, now)
                .await
                .map_err(|_| Ended::Gone)?;
        }
        if let ClientFrame::Resume { chat, after } = frame {
            return match self.follower.resume(chat, after).await {
                Ok(Some(frames)) => self.send_all(frames).await,
                Ok(None) => self.refuse(Fault::NotFound).await,
                Err(_) => Err(Ended::Gone),
            };
        }
        let party = self.follower.party();
        let answer = handle(&db, &self.state.chats, party, frame, self.lang)
            .await
            .map_err(|_| Ended::Gone)?;
        self.send_all(answer.iter().map(Outgoing::of)).await
    }
}
