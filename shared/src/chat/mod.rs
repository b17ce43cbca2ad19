//! The online chat with the contact centre (SPEC §6): its states, what a conversation holds, the
//! frames of its protocol and its limits. The bot answers first; an operator of the topic's
//! section takes over when asked and when one is at work.
//!
//! Every message is stored before it is announced and carries an increasing number (`seq`) in
//! its conversation: a client that (re)connects says the last number it has and receives the
//! rest, in order, from the database. Each message a client sends carries the client's own id, so
//! a resend after a lost answer stores nothing twice.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::api::ErrorBody;
use crate::dates::in_moscow;
use crate::forms::callback::CONTACT_CENTRE_HOURS;

pub mod log;
pub mod words;

/// `POST`: a citizen starts a chat (`shared::forms::chat::NewChat`); `GET`: the citizen's chats.
pub const CHATS_PATH: &str = "/api/v1/chats";
/// `GET` upgraded to a WebSocket: the frames of every chat the person may read.
pub const CHAT_SOCKET_PATH: &str = "/api/v1/chats/socket";
/// `GET` server-sent events: the fallback where a WebSocket cannot open; each event's id is the
/// entry's `seq`, so the browser's reconnect resumes by itself (`?chat=` names the chat).
pub const CHAT_EVENTS_PATH: &str = "/api/v1/chats/events";
/// `POST` one [`ClientFrame`]: the fallback's way up; the answer is the frames it causes.
pub const CHAT_FRAMES_PATH: &str = "/api/v1/chats/frames";
/// `GET`: the chats waiting in the operator's sections and their own ([`ConsoleChats`]).
pub const CONSOLE_CHATS_PATH: &str = "/api/v1/console/chats";
/// `PUT` [`Duty`]: the operator starts or ends their chat shift.
pub const CONSOLE_CHAT_DUTY_PATH: &str = "/api/v1/console/chats/duty";

/// `GET`: one chat with its conversation.
pub fn chat_path(chat: i64) -> String {
    format!("{CHATS_PATH}/{chat}")
}

/// `POST`: the citizen asks for an operator.
pub fn chat_operator_path(chat: i64) -> String {
    format!("{CHATS_PATH}/{chat}/operator")
}

/// `POST`: the chat ends (by the citizen or by its operator).
pub fn chat_close_path(chat: i64) -> String {
    format!("{CHATS_PATH}/{chat}/close")
}

/// `POST` `shared::forms::rating::Rating`: the citizen rates their ended chat, once.
pub fn chat_rating_path(chat: i64) -> String {
    format!("{CHATS_PATH}/{chat}/rating")
}

/// `POST` with an `Idempotency-Key` → `201` `crate::api::Created`: the conversation so far
/// becomes a support request of the chat's topic. The citizen leaves it as a message when no
/// operator can answer (the chat ends); an operator of the chat's section registers it for the
/// citizen (the chat goes on). Once a chat: `409` after that.
pub fn chat_request_path(chat: i64) -> String {
    format!("{CHATS_PATH}/{chat}/request")
}

/// `POST`: the transcript goes by e-mail to the citizen's confirmed address, through the outbox.
pub fn chat_email_path(chat: i64) -> String {
    format!("{CHATS_PATH}/{chat}/email")
}

/// `GET`: the transcript as a text file (`words::transcript_text`).
pub fn chat_text_path(chat: i64) -> String {
    format!("{CHATS_PATH}/{chat}/transcript.txt")
}

/// `POST` `shared::forms::transfer::Transfer`: an operator hands the chat to another section.
pub fn console_chat_transfer_path(chat: i64) -> String {
    format!("{CONSOLE_CHATS_PATH}/{chat}/transfer")
}

/// `POST`: an operator takes a waiting chat of their sections.
pub fn console_chat_take_path(chat: i64) -> String {
    format!("{CONSOLE_CHATS_PATH}/{chat}/take")
}

/// How many chats an operator holds at once unless an administrator set otherwise.
pub const DEFAULT_CAPACITY: u32 = 3;
/// How many knowledge-base articles the bot offers at most.
pub const BOT_SUGGESTIONS: usize = 3;
/// How many frames one connection may send a minute; more are refused.
pub const FRAMES_PER_MINUTE: u32 = 120;
/// The largest frame a client may send: a message of 2 000 characters is at most 8 000 bytes
/// of UTF-8, twice that leaves room for the frame's JSON.
pub const MAX_FRAME_BYTES: usize = 16 * 1024;
/// How often the server pings an open socket; one that has not answered by the next ping is
/// dropped as dead.
pub const PING_SECONDS: u64 = 25;
/// How many frames may wait for a slow connection before it is closed (it catches up from the
/// database when it reconnects).
pub const OUTGOING_QUEUE: usize = 64;
/// The close code of a connection whose session ended.
pub const CLOSE_SESSION_ENDED: u16 = 4401;
/// The close code of a connection that could not keep up: reconnect and resume.
pub const CLOSE_TOO_SLOW: u16 = 4408;

/// Whether operators answer chats at `now`: every day, during the contact centre's hours in
/// Moscow (seed 004: the chat's window is open around the clock, the service works 08–20).
pub fn operators_work_at(now: OffsetDateTime) -> bool {
    let (from, to) = CONTACT_CENTRE_HOURS;
    let hour = in_moscow(now).hour();
    (from..to).contains(&hour)
}

/// Where a chat stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChatState {
    /// The bot answers; nobody was asked for yet.
    Bot,
    /// Waiting in the section's queue for an operator with a free place.
    Waiting,
    /// An operator has it.
    Active,
    /// Ended.
    Closed,
}

impl ChatState {
    /// Every state, in their order.
    pub const ALL: [ChatState; 4] = [
        ChatState::Bot,
        ChatState::Waiting,
        ChatState::Active,
        ChatState::Closed,
    ];

    /// The stable code, as stored.
    pub fn code(self) -> &'static str {
        match self {
            ChatState::Bot => "bot",
            ChatState::Waiting => "waiting",
            ChatState::Active => "active",
            ChatState::Closed => "closed",
        }
    }

    /// The state of a stored code.
    pub fn from_code(code: &str) -> Option<ChatState> {
        ChatState::ALL
            .into_iter()
            .find(|state| state.code() == code)
    }

    /// Whether messages may still be sent.
    pub fn is_open(self) -> bool {
        self != ChatState::Closed
    }
}

/// Which side of a conversation someone is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The citizen whose chat it is.
    Citizen,
    /// The contact centre.
    Operator,
}

/// Why no operator can be called now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unavailable {
    /// Outside 08:00–20:00 Moscow time.
    OutsideHours,
    /// Nobody of the topic's section is on duty.
    NobodyOnDuty,
}

/// What happened in a chat besides messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ChatEvent {
    /// The citizen is in the queue.
    Waiting,
    /// An operator took the chat.
    OperatorJoined {
        /// Their name.
        name: String,
    },
    /// No operator can answer now.
    Unavailable {
        /// Why.
        reason: Unavailable,
    },
    /// The chat was handed to another section.
    Transferred {
        /// The section's code.
        section: String,
    },
    /// A support request was registered from the conversation.
    BecameRequest {
        /// Its number.
        number: String,
    },
    /// The chat ended.
    Closed {
        /// Who ended it.
        by: Side,
    },
}

/// Who wrote an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Author {
    /// The citizen.
    Citizen,
    /// An operator, by name.
    Operator {
        /// «Фамилия Имя Отчество», as the profile has it.
        name: String,
    },
    /// The bot.
    Bot,
    /// The portal, telling what happened.
    System {
        /// What happened.
        #[serde(flatten)]
        event: ChatEvent,
    },
}

/// A file sent in the chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatFile {
    /// Its id in the uploads.
    pub id: String,
    /// The name it was sent with.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
}

/// A knowledge-base article the bot offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferedArticle {
    /// Its id.
    pub id: i64,
    /// Its title.
    pub title: String,
}

/// One entry of a conversation, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatEntry {
    /// The chat.
    pub chat: i64,
    /// Its number in the conversation, from 1, without gaps.
    pub seq: u64,
    /// Who wrote it.
    pub author: Author,
    /// The words (empty for events and a file alone).
    #[serde(default)]
    pub text: String,
    /// The file it carries.
    #[serde(default)]
    pub file: Option<ChatFile>,
    /// The articles the bot offers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<OfferedArticle>,
    /// An operators' note: never shown to the citizen.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub internal: bool,
    /// When it was stored.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// A frame a client sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientFrame {
    /// «I have everything of `chat` up to `after`; send the rest and what comes next.»
    Resume {
        /// The chat.
        chat: i64,
        /// The last `seq` the client has (0 for none).
        after: u64,
    },
    /// A message.
    Send {
        /// The chat.
        chat: i64,
        /// The client's own id of the message: a resend with the same id stores nothing.
        id: String,
        /// The words, by `shared::forms::chat::ChatMessage`.
        text: String,
        /// An uploaded file's id.
        #[serde(default)]
        file: Option<String>,
        /// An operators' note (operators only).
        #[serde(default)]
        internal: bool,
    },
    /// The sender is typing (never stored).
    Typing {
        /// The chat.
        chat: i64,
    },
    /// The sender has read everything up to `seq`.
    Read {
        /// The chat.
        chat: i64,
        /// The last entry read.
        seq: u64,
    },
    /// An application-level heartbeat, for clients that cannot see the socket's pings.
    Ping,
}

/// A frame the server sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerFrame {
    /// An entry of a conversation, in order.
    Entry(ChatEntry),
    /// The client's message `id` is stored as `seq`.
    Stored {
        /// The chat.
        chat: i64,
        /// The client's id of the message.
        id: String,
        /// Its number in the conversation.
        seq: u64,
    },
    /// The other side is typing.
    Typing {
        /// The chat.
        chat: i64,
        /// Who.
        by: Side,
    },
    /// The other side has read up to `seq`.
    Read {
        /// The chat.
        chat: i64,
        /// The last entry read.
        seq: u64,
        /// Who read.
        by: Side,
    },
    /// Where the chat stands now.
    State {
        /// The chat.
        chat: i64,
        /// Its state.
        state: ChatState,
        /// The operator's name, when one has it.
        #[serde(default)]
        operator: Option<String>,
    },
    /// A frame was not accepted.
    Refused {
        /// The client's id of the message, when it was one.
        #[serde(default)]
        id: Option<String>,
        /// Why, in the API's error shape.
        error: ErrorBody,
    },
    /// The answer to [`ClientFrame::Ping`].
    Pong,
}

/// The answer to a started chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatOpened {
    /// The chat's id.
    pub chat: i64,
    /// The conversation so far: the question and the bot's answer.
    pub entries: Vec<ChatEntry>,
}

/// The answer to «Позвать оператора».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum OperatorCalled {
    /// An operator has the chat now.
    Taken {
        /// Their name.
        operator: String,
    },
    /// Everyone of the section is busy: the chat waits in order.
    Waiting,
    /// Nobody can answer now: leave a message or file a request.
    Unavailable {
        /// Why.
        reason: Unavailable,
    },
}

/// One chat of a list (the citizen's history, the console's queue).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatSummary {
    /// The chat's id.
    pub id: i64,
    /// The subcategory code.
    pub topic: String,
    /// Its section.
    pub section: String,
    /// Where it stands.
    pub state: ChatState,
    /// The operator's name, when one has it.
    #[serde(default)]
    pub operator: Option<String>,
    /// The first words of the question.
    pub question: String,
    /// When it started.
    #[serde(with = "time::serde::rfc3339")]
    pub started: OffsetDateTime,
    /// When it began waiting for an operator.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub waiting_since: Option<OffsetDateTime>,
    /// The number of the support request registered from it, once there is one.
    #[serde(default)]
    pub request: Option<String>,
}

/// A whole chat: where it stands and its conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatTranscript {
    /// Where it stands.
    pub summary: ChatSummary,
    /// Every entry the reader may see, in order.
    pub entries: Vec<ChatEntry>,
}

/// The console's chats: those waiting in the operator's sections and the operator's own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsoleChats {
    /// Waiting, longest first.
    pub waiting: Vec<ChatSummary>,
    /// The operator's active chats.
    pub mine: Vec<ChatSummary>,
    /// Whether the operator is on duty.
    pub on_duty: bool,
}

/// `PUT` [`CONSOLE_CHAT_DUTY_PATH`]: on duty or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duty {
    /// On duty from now, or off.
    pub on: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn operators_work_from_eight_to_eight_moscow_time() {
        // 05:00 UTC is 08:00 in Moscow, 16:59 UTC is 19:59.
        assert!(!operators_work_at(datetime!(2026-12-07 04:59 UTC)));
        assert!(operators_work_at(datetime!(2026-12-07 05:00 UTC)));
        assert!(operators_work_at(datetime!(2026-12-06 16:59 UTC)));
        assert!(!operators_work_at(datetime!(2026-12-06 17:00 UTC)));
    }

    #[test]
    fn states_round_trip_through_their_codes() {
        for state in ChatState::ALL {
            assert_eq!(ChatState::from_code(state.code()), Some(state));
        }
        assert_eq!(ChatState::from_code("lost"), None);
    }

    #[test]
    fn frames_read_as_the_protocol_writes_them() {
        let frame: ClientFrame =
            serde_json::from_str(r#"{"type":"send","chat":7,"id":"a1","text":"Здравствуйте"}"#)
                .unwrap();
        assert_eq!(
            frame,
            ClientFrame::Send {
                chat: 7,
                id: "a1".into(),
                text: "Здравствуйте".into(),
                file: None,
                internal: false,
            }
        );
        let entry = ServerFrame::Entry(ChatEntry {
            chat: 7,
            seq: 3,
            author: Author::System {
                event: ChatEvent::OperatorJoined {
                    name: "Петрова Анна".into(),
                },
            },
            text: String::new(),
            file: None,
            articles: Vec::new(),
            internal: false,
            at: datetime!(2026-12-07 09:00 UTC),
        });
        let written = serde_json::to_string(&entry).unwrap();
        assert!(written.contains(r#""type":"entry""#), "{written}");
        assert!(
            written.contains(r#""kind":"system","event":"operator_joined""#),
            "{written}"
        );
        assert_eq!(
            serde_json::from_str::<ServerFrame>(&written).unwrap(),
            entry
        );
    }
}
