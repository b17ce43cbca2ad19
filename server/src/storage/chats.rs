//! Chats in the database (SPEC §6). Every entry is stored with the next number of its chat in the
//! transaction that writes it, before anyone hears of it; a message the same client sent before
//! (same client id) is found instead of stored again. Routing — the oldest waiting chat of a
//! section to its on-duty operator with the fewest open chats below their capacity — runs inside
//! the transaction that frees or fills a place, so no chat waits while someone is free.
//!
//! Every function names who acts: a citizen finds only their own chats, an operator only those
//! of their sections; anything else is the same «not found» as a chat that does not exist.

use shared::chat::{
    Author, ChatEntry, ChatEvent, ChatFile, ChatOpened, ChatState, ChatSummary, ConsoleChats,
    DEFAULT_CAPACITY, OfferedArticle, Side, Unavailable,
};
use sqlx::{Sqlite, Transaction};
use time::OffsetDateTime;

use super::console::profile_name;
use super::requests::{KeyHold, finish_key};
use super::{Db, parse_timestamp, timestamp};

/// Who reads or writes a chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    /// A citizen: their own chats only.
    Citizen(i64),
    /// A member of the contact centre: the chats of their sections only.
    Staff(i64),
}

impl Party {
    /// The account.
    pub fn account(self) -> i64 {
        match self {
            Party::Citizen(id) | Party::Staff(id) => id,
        }
    }

    /// Their side of a conversation.
    pub fn side(self) -> Side {
        match self {
            Party::Citizen(_) => Side::Citizen,
            Party::Staff(_) => Side::Operator,
        }
    }
}

/// A message as sent, checked by `shared::forms::chat::ChatMessage`.
#[derive(Debug, Clone, Copy)]
pub struct NewMessage<'a> {
    /// The sending client's id of it.
    pub client_id: &'a str,
    /// The words, trimmed.
    pub text: &'a str,
    /// An operators' note.
    pub internal: bool,
}

/// A chat's place after a change, for the live announcements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateChange {
    /// The chat.
    pub chat: i64,
    /// Its citizen's account.
    pub citizen: i64,
    /// Its section now.
    pub section: String,
    /// The section it left, after a transfer.
    pub left_section: Option<String>,
    /// Its state now.
    pub state: ChatState,
    /// Its operator's account and name, when one has it.
    pub operator: Option<(i64, String)>,
}

/// What a change stored: entries to announce and chats whose place changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// New entries, in order of each chat.
    pub entries: Vec<ChatEntry>,
    /// Chats that moved.
    pub states: Vec<StateChange>,
}

/// What became of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Stored now, or found stored under the same client id (`new` false): the entry.
    Stored {
        /// The entry.
        entry: ChatEntry,
        /// Whether this call stored it.
        new: bool,
    },
    /// Ended: nothing more may be written.
    Closed,
    /// Not the sender's chat, or not theirs to answer.
    NotFound,
}

/// What became of «Позвать оператора».
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Called {
    /// Asked: the chat is taken (by the operator named) or waits; what changed.
    Asked {
        /// The name of the operator who has the chat, when one has it.
        operator: Option<String>,
        /// What changed.
        changes: Changes,
    },
    /// Nobody can answer now; the entry saying so.
    Unavailable(Unavailable, Changes),
    /// Not the citizen's chat, or ended.
    NotFound,
}

/// What became of a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rated {
    /// Recorded.
    Rated,
    /// Not the citizen's chat.
    NotFound,
    /// Still open, or rated already.
    NotNow,
}

/// The columns of a chat read as [`ChatRow`].
const CHAT_COLUMNS: &str = "c.id, c.account_id, c.topic, c.section, c.state, c.operator_id,
     c.created_at, c.waiting_since, o.profile,
     (SELECT body FROM chat_entries WHERE chat_id = c.id AND seq = 1),
     (SELECT number FROM requests WHERE id = c.request_id)";

type ChatRow = (
    i64,
    i64,
    String,
    String,
    String,
    Option<i64>,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// How much of the question a list shows.
const QUESTION_CHARS: usize = 120;

fn summary_of(row: ChatRow) -> Option<ChatSummary> {
    let (id, _, topic, section, state, _, created, waiting, profile, question, request) = row;
    Some(ChatSummary {
        id,
        topic,
        section,
        state: ChatState::from_code(&state)?,
        operator: profile.map(|profile| operator_name(&profile)),
        question: question
            .unwrap_or_default()
            .chars()
            .take(QUESTION_CHARS)
            .collect(),
        started: parse_timestamp(&created)?,
        waiting_since: waiting.as_deref().and_then(parse_timestamp),
        request,
    })
}

/// An operator's name as the citizen sees it: from their profile.
fn operator_name(profile_json: &str) -> String {
    serde_json::from_str(profile_json)
        .map(|profile| profile_name(&profile))
        .unwrap_or_default()
}

/// What an entry stores.
struct Writing<'a> {
    author: &'a Author,
    author_id: Option<i64>,
    client_id: Option<&'a str>,
    text: &'a str,
    file: Option<&'a ChatFile>,
    articles: &'a [OfferedArticle],
    internal: bool,
}

impl<'a> Writing<'a> {
    fn by(author: &'a Author, text: &'a str) -> Writing<'a> {
        Writing {
            author,
            author_id: None,
            client_id: None,
            text,
            file: None,
            articles: &[],
            internal: false,
        }
    }
}

fn author_code(author: &Author) -> &'static str {
    match author {
        Author::Citizen => "citizen",
        Author::Operator { .. } => "operator",
        Author::Bot => "bot",
        Author::System { .. } => "system",
    }
}

/// Stores the next entry of `chat` inside `tx`.
async fn append(
    tx: &mut Transaction<'_, Sqlite>,
    chat: i64,
    writing: Writing<'_>,
    now: OffsetDateTime,
) -> Result<ChatEntry, sqlx::Error> {
    let (seq,): (i64,) =
        sqlx::query_as("UPDATE chats SET last_seq = last_seq + 1 WHERE id = ?1 RETURNING last_seq")
            .bind(chat)
            .fetch_one(&mut **tx)
            .await?;
    let body = match writing.author {
        Author::System { event } => serde_json::to_string(event).unwrap_or_default(),
        _ => writing.text.to_owned(),
    };
    sqlx::query(
        "INSERT INTO chat_entries (chat_id, seq, author, author_id, client_id, body, file_id,
                                   file_name, file_size, articles, internal, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )
    .bind(chat)
    .bind(seq)
    .bind(author_code(writing.author))
    .bind(writing.author_id)
    .bind(writing.client_id)
    .bind(&body)
    .bind(writing.file.map(|file| file.id.as_str()))
    .bind(writing.file.map(|file| file.name.as_str()))
    .bind(
        writing
            .file
            .map(|file| i64::try_from(file.size).unwrap_or(i64::MAX)),
    )
    .bind(serde_json::to_string(writing.articles).unwrap_or_else(|_| "[]".to_owned()))
    .bind(writing.internal)
    .bind(timestamp(now))
    .execute(&mut **tx)
    .await?;
    Ok(ChatEntry {
        chat,
        seq: u64::try_from(seq).unwrap_or_default(),
        author: writing.author.clone(),
        text: match writing.author {
            Author::System { .. } => String::new(),
            _ => writing.text.to_owned(),
        },
        file: writing.file.cloned(),
        articles: writing.articles.to_vec(),
        internal: writing.internal,
        at: now,
    })
}

/// An entry as read: `seq, author, body, file_id, file_name, file_size, articles, internal,
/// created_at, the operator's profile`.
type EntryRow = (
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    String,
    bool,
    String,
    Option<String>,
);

fn entry_of(chat: i64, row: EntryRow) -> Option<ChatEntry> {
    let (seq, author, body, file_id, file_name, file_size, articles, internal, at, profile) = row;
    let (author, text) = match author.as_str() {
        "citizen" => (Author::Citizen, body),
        "operator" => (
            Author::Operator {
                name: profile.as_deref().map(operator_name).unwrap_or_default(),
            },
            body,
        ),
        "bot" => (Author::Bot, body),
        _ => (
            Author::System {
                event: serde_json::from_str(&body).ok()?,
            },
            String::new(),
        ),
    };
    Some(ChatEntry {
        chat,
        seq: u64::try_from(seq).ok()?,
        author,
        text,
        file: match (file_id, file_name) {
            (Some(id), Some(name)) => Some(ChatFile {
                id,
                name,
                size: file_size
                    .and_then(|size| u64::try_from(size).ok())
                    .unwrap_or(0),
            }),
            _ => None,
        },
        articles: serde_json::from_str(&articles).unwrap_or_default(),
        internal,
        at: parse_timestamp(&at)?,
    })
}

const ENTRY_COLUMNS: &str = "e.seq, e.author, e.body, e.file_id, e.file_name, e.file_size,
     e.articles, e.internal, e.created_at, a.profile";

/// The condition that `party` may see the chat `c`; binds the party's account as `?1`.
fn visible_to(party: Party) -> &'static str {
    match party {
        Party::Citizen(_) => "c.account_id = ?1",
        Party::Staff(_) => {
            "c.section IN (SELECT section FROM staff_sections WHERE account_id = ?1)"
        }
    }
}

/// The chat's citizen, section, state and operator, if `party` may see it.
async fn chat_for(
    tx: &mut Transaction<'_, Sqlite>,
    party: Party,
    chat: i64,
) -> Result<Option<(i64, String, ChatState, Option<i64>)>, sqlx::Error> {
    let row: Option<(i64, String, String, Option<i64>)> = sqlx::query_as(&format!(
        "SELECT c.account_id, c.section, c.state, c.operator_id FROM chats c
         WHERE c.id = ?2 AND {}",
        visible_to(party)
    ))
    .bind(party.account())
    .bind(chat)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.and_then(|(citizen, section, state, operator)| {
        Some((citizen, section, ChatState::from_code(&state)?, operator))
    }))
}

/// The name of `account` from its profile.
async fn name_of(tx: &mut Transaction<'_, Sqlite>, account: i64) -> Result<String, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as("SELECT profile FROM accounts WHERE id = ?1")
        .bind(account)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row
        .map(|(profile,)| operator_name(&profile))
        .unwrap_or_default())
}

/// An open chat as a change finds it.
struct OpenChat {
    chat: i64,
    citizen: i64,
    section: String,
    state: ChatState,
    operator: Option<i64>,
}

/// Ends `open` inside `tx`, `by` one side; the place its operator held goes to the next
/// waiting chat of their sections.
async fn close_in(
    tx: &mut Transaction<'_, Sqlite>,
    open: OpenChat,
    by: Side,
    now: OffsetDateTime,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE chats SET state = 'closed', closed_at = ?2 WHERE id = ?1")
        .bind(open.chat)
        .bind(timestamp(now))
        .execute(&mut **tx)
        .await?;
    let closed = Author::System {
        event: ChatEvent::Closed { by },
    };
    changes
        .entries
        .push(append(tx, open.chat, Writing::by(&closed, ""), now).await?);
    changes.states.push(StateChange {
        chat: open.chat,
        citizen: open.citizen,
        section: open.section,
        left_section: None,
        state: ChatState::Closed,
        operator: None,
    });
    if let (ChatState::Active, Some(operator)) = (open.state, open.operator) {
        route_sections_of(tx, operator, now, changes).await?;
    }
    Ok(())
}

/// The chat a support request is registered from, and by whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FromChat {
    /// The chat.
    pub chat: i64,
    /// Who registers it: the citizen leaving a message (the chat ends), or an operator of the
    /// chat's section (it goes on).
    pub by: Party,
}

/// Ties the request `request` numbered `number` to the chat it came from inside `tx` (the
/// request's own transaction), telling the conversation; `None` when the chat is not the
/// party's to turn into a request now (ended, already a request, or the citizen's with an
/// operator at work), so that nothing is stored.
pub(super) async fn record_request(
    tx: &mut Transaction<'_, Sqlite>,
    from: FromChat,
    request: i64,
    number: &str,
    now: OffsetDateTime,
) -> Result<Option<Changes>, sqlx::Error> {
    let Some((citizen, section, state, operator)) = chat_for(tx, from.by, from.chat).await? else {
        return Ok(None);
    };
    let allowed = match from.by {
        Party::Citizen(_) => matches!(state, ChatState::Bot | ChatState::Waiting),
        Party::Staff(_) => state.is_open(),
    };
    if !allowed {
        return Ok(None);
    }
    let tied = sqlx::query("UPDATE chats SET request_id = ?2 WHERE id = ?1 AND request_id IS NULL")
        .bind(from.chat)
        .bind(request)
        .execute(&mut **tx)
        .await?;
    if tied.rows_affected() == 0 {
        return Ok(None);
    }
    let mut changes = Changes::default();
    let became = Author::System {
        event: ChatEvent::BecameRequest {
            number: number.to_owned(),
        },
    };
    changes
        .entries
        .push(append(tx, from.chat, Writing::by(&became, ""), now).await?);
    if let Party::Citizen(_) = from.by {
        let open = OpenChat {
            chat: from.chat,
            citizen,
            section,
            state,
            operator,
        };
        close_in(tx, open, Side::Citizen, now, &mut changes).await?;
    }
    Ok(Some(changes))
}

/// Whether an operator of `section` is on duty.
async fn anyone_on_duty(
    tx: &mut Transaction<'_, Sqlite>,
    section: &str,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT o.account_id FROM chat_operators o
         JOIN staff_sections s ON s.account_id = o.account_id AND s.section = ?1
         WHERE o.on_duty = 1 LIMIT 1",
    )
    .bind(section)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.is_some())
}

/// Gives the waiting chats of `section`, oldest first, to its on-duty operators with a free
/// place — the one with the fewest open chats first, then the one given a chat longest ago —
/// until either runs out.
async fn route_section(
    tx: &mut Transaction<'_, Sqlite>,
    section: &str,
    now: OffsetDateTime,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    loop {
        let waiting: Option<(i64, i64)> = sqlx::query_as(
            "SELECT id, account_id FROM chats WHERE section = ?1 AND state = 'waiting'
             ORDER BY waiting_since, id LIMIT 1",
        )
        .bind(section)
        .fetch_optional(&mut **tx)
        .await?;
        let Some((chat, citizen)) = waiting else {
            return Ok(());
        };
        let free: Option<(i64,)> = sqlx::query_as(
            "SELECT o.account_id FROM chat_operators o
             JOIN staff_sections s ON s.account_id = o.account_id AND s.section = ?1
             WHERE o.on_duty = 1
               AND (SELECT count(*) FROM chats c
                    WHERE c.operator_id = o.account_id AND c.state = 'active')
                   < coalesce(o.capacity, ?2)
             ORDER BY (SELECT count(*) FROM chats c
                       WHERE c.operator_id = o.account_id AND c.state = 'active'),
                      o.last_routed_at, o.account_id
             LIMIT 1",
        )
        .bind(section)
        .bind(i64::from(DEFAULT_CAPACITY))
        .fetch_optional(&mut **tx)
        .await?;
        let Some((operator,)) = free else {
            return Ok(());
        };
        assign(tx, chat, citizen, section, operator, now, changes).await?;
    }
}

/// Gives `chat` to `operator` inside `tx`.
async fn assign(
    tx: &mut Transaction<'_, Sqlite>,
    chat: i64,
    citizen: i64,
    section: &str,
    operator: i64,
    now: OffsetDateTime,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE chats SET state = 'active', operator_id = ?2, taken_at = ?3 WHERE id = ?1")
        .bind(chat)
        .bind(operator)
        .bind(timestamp(now))
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO chat_operators (account_id, last_routed_at) VALUES (?1, ?2)
         ON CONFLICT (account_id) DO UPDATE SET last_routed_at = excluded.last_routed_at",
    )
    .bind(operator)
    .bind(timestamp(now))
    .execute(&mut **tx)
    .await?;
    let name = name_of(tx, operator).await?;
    let joined = Author::System {
        event: ChatEvent::OperatorJoined { name: name.clone() },
    };
    changes
        .entries
        .push(append(tx, chat, Writing::by(&joined, ""), now).await?);
    changes.states.push(StateChange {
        chat,
        citizen,
        section: section.to_owned(),
        left_section: None,
        state: ChatState::Active,
        operator: Some((operator, name)),
    });
    Ok(())
}

/// Routes every section of `operator`: after they freed a place or came on duty.
async fn route_sections_of(
    tx: &mut Transaction<'_, Sqlite>,
    operator: i64,
    now: OffsetDateTime,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    let sections: Vec<(String,)> =
        sqlx::query_as("SELECT section FROM staff_sections WHERE account_id = ?1")
            .bind(operator)
            .fetch_all(&mut **tx)
            .await?;
    for (section,) in sections {
        route_section(tx, &section, now, changes).await?;
    }
    Ok(())
}

impl Db {
    /// Starts a chat of `citizen` on `topic` (of `section`): the question and the bot's answer
    /// offering `articles`, in the transaction that finishes the submission's key (`None` when
    /// another submission took the key over: nothing is stored). The bot's words are the page's,
    /// in the reader's language: its entry keeps only what it offered.
    pub async fn open_chat(
        &self,
        citizen: i64,
        (topic, section): (&str, &str),
        question: &str,
        articles: &[OfferedArticle],
        hold: &KeyHold<'_>,
        now: OffsetDateTime,
    ) -> Result<Option<ChatOpened>, sqlx::Error> {
        let mut tx = self.write().await?;
        let (chat,): (i64,) = sqlx::query_as(
            "INSERT INTO chats (account_id, topic, section, state, created_at)
             VALUES (?1, ?2, ?3, 'bot', ?4) RETURNING id",
        )
        .bind(citizen)
        .bind(topic)
        .bind(section)
        .bind(timestamp(now))
        .fetch_one(&mut *tx)
        .await?;
        let asked = append(&mut tx, chat, Writing::by(&Author::Citizen, question), now).await?;
        let answered = append(
            &mut tx,
            chat,
            Writing {
                articles,
                ..Writing::by(&Author::Bot, "")
            },
            now,
        )
        .await?;
        let opened = ChatOpened {
            chat,
            entries: vec![asked, answered],
        };
        let answer = serde_json::to_string(&opened).unwrap_or_default();
        if !finish_key(&mut tx, hold, 201, &answer).await? {
            return Ok(None);
        }
        tx.commit().await?;
        Ok(Some(opened))
    }

    /// Stores `message` of `party` in `chat`, once per client id. A citizen writes to their open
    /// chat; an operator answers the chats they have and leaves notes in any of their sections'.
    pub async fn send_chat_message(
        &self,
        party: Party,
        chat: i64,
        message: NewMessage<'_>,
        now: OffsetDateTime,
    ) -> Result<Sent, sqlx::Error> {
        let mut tx = self.write().await?;
        let Some((_, _, state, operator)) = chat_for(&mut tx, party, chat).await? else {
            return Ok(Sent::NotFound);
        };
        let author = match party {
            Party::Citizen(_) => Author::Citizen,
            Party::Staff(id) => {
                if !message.internal && operator != Some(id) {
                    return Ok(Sent::NotFound);
                }
                Author::Operator {
                    name: name_of(&mut tx, id).await?,
                }
            }
        };
        let internal = message.internal && matches!(party, Party::Staff(_));
        let earlier: Option<EntryRow> = sqlx::query_as(&format!(
            "SELECT {ENTRY_COLUMNS} FROM chat_entries e LEFT JOIN accounts a ON a.id = e.author_id
             WHERE e.chat_id = ?1 AND e.author = ?2 AND e.client_id = ?3"
        ))
        .bind(chat)
        .bind(author_code(&author))
        .bind(message.client_id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(entry) = earlier.and_then(|row| entry_of(chat, row)) {
            return Ok(Sent::Stored { entry, new: false });
        }
        if !state.is_open() {
            return Ok(Sent::Closed);
        }
        let entry = append(
            &mut tx,
            chat,
            Writing {
                author_id: matches!(party, Party::Staff(_)).then_some(party.account()),
                client_id: Some(message.client_id),
                internal,
                ..Writing::by(&author, message.text)
            },
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(Sent::Stored { entry, new: true })
    }

    /// The citizen asks for an operator: when none can answer (`working` false outside the
    /// hours, or nobody of the section on duty) the chat says so and stays with the bot;
    /// otherwise it joins its section's queue and is routed in the same transaction.
    pub async fn call_operator(
        &self,
        citizen: i64,
        chat: i64,
        working: bool,
        now: OffsetDateTime,
    ) -> Result<Called, sqlx::Error> {
        let mut tx = self.write().await?;
        let Some((_, section, state, operator)) =
            chat_for(&mut tx, Party::Citizen(citizen), chat).await?
        else {
            return Ok(Called::NotFound);
        };
        let mut changes = Changes::default();
        match state {
            ChatState::Closed => return Ok(Called::NotFound),
            ChatState::Waiting | ChatState::Active => {
                let operator = match operator {
                    Some(account) => Some(name_of(&mut tx, account).await?),
                    None => None,
                };
                return Ok(Called::Asked { operator, changes });
            }
            ChatState::Bot => {}
        }
        let unavailable = if !working {
            Some(Unavailable::OutsideHours)
        } else if !anyone_on_duty(&mut tx, &section).await? {
            Some(Unavailable::NobodyOnDuty)
        } else {
            None
        };
        if let Some(reason) = unavailable {
            let event = Author::System {
                event: ChatEvent::Unavailable { reason },
            };
            changes
                .entries
                .push(append(&mut tx, chat, Writing::by(&event, ""), now).await?);
            tx.commit().await?;
            return Ok(Called::Unavailable(reason, changes));
        }
        sqlx::query("UPDATE chats SET state = 'waiting', waiting_since = ?2 WHERE id = ?1")
            .bind(chat)
            .bind(timestamp(now))
            .execute(&mut *tx)
            .await?;
        let waiting = Author::System {
            event: ChatEvent::Waiting,
        };
        changes
            .entries
            .push(append(&mut tx, chat, Writing::by(&waiting, ""), now).await?);
        changes.states.push(StateChange {
            chat,
            citizen,
            section: section.clone(),
            left_section: None,
            state: ChatState::Waiting,
            operator: None,
        });
        route_section(&mut tx, &section, now, &mut changes).await?;
        tx.commit().await?;
        let operator = changes
            .states
            .iter()
            .rev()
            .find(|change| change.chat == chat)
            .and_then(|change| change.operator.as_ref())
            .map(|(_, name)| name.clone());
        Ok(Called::Asked { operator, changes })
    }

    /// An operator takes a waiting chat of their sections; `None` when it is not one.
    pub async fn take_chat(
        &self,
        operator: i64,
        chat: i64,
        now: OffsetDateTime,
    ) -> Result<Option<Changes>, sqlx::Error> {
        let mut tx = self.write().await?;
        let Some((citizen, section, state, _)) =
            chat_for(&mut tx, Party::Staff(operator), chat).await?
        else {
            return Ok(None);
        };
        if state != ChatState::Waiting {
            return Ok(None);
        }
        let mut changes = Changes::default();
        assign(
            &mut tx,
            chat,
            citizen,
            &section,
            operator,
            now,
            &mut changes,
        )
        .await?;
        tx.commit().await?;
        Ok(Some(changes))
    }

    /// Ends `chat` (its citizen, or an operator of its section); its operator's freed place
    /// goes to the next waiting chat in the same transaction. `None` when not theirs or ended.
    pub async fn close_chat(
        &self,
        party: Party,
        chat: i64,
        now: OffsetDateTime,
    ) -> Result<Option<Changes>, sqlx::Error> {
        let mut tx = self.write().await?;
        let Some((citizen, section, state, operator)) = chat_for(&mut tx, party, chat).await?
        else {
            return Ok(None);
        };
        if !state.is_open() {
            return Ok(None);
        }
        let mut changes = Changes::default();
        let open = OpenChat {
            chat,
            citizen,
            section,
            state,
            operator,
        };
        close_in(&mut tx, open, party.side(), now, &mut changes).await?;
        tx.commit().await?;
        Ok(Some(changes))
    }

    /// Hands `chat` of the operator's sections to the queue of `topic`'s `section`, with the
    /// operator's `comment` for the colleagues there as a note; the place it held is freed and
    /// both sections are routed. `None` when not theirs or ended.
    pub async fn transfer_chat(
        &self,
        operator: i64,
        chat: i64,
        (topic, section): (&str, &str),
        comment: &str,
        now: OffsetDateTime,
    ) -> Result<Option<Changes>, sqlx::Error> {
        let mut tx = self.write().await?;
        let Some((citizen, from, state, held_by)) =
            chat_for(&mut tx, Party::Staff(operator), chat).await?
        else {
            return Ok(None);
        };
        if !state.is_open() || from == section {
            return Ok(None);
        }
        sqlx::query(
            "UPDATE chats SET topic = ?2, section = ?3, state = 'waiting', operator_id = NULL,
                              waiting_since = coalesce(waiting_since, ?4)
             WHERE id = ?1",
        )
        .bind(chat)
        .bind(topic)
        .bind(section)
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?;
        let mut changes = Changes::default();
        let moved = Author::System {
            event: ChatEvent::Transferred {
                section: section.to_owned(),
            },
        };
        changes
            .entries
            .push(append(&mut tx, chat, Writing::by(&moved, ""), now).await?);
        if !comment.is_empty() {
            let author = Author::Operator {
                name: name_of(&mut tx, operator).await?,
            };
            let note = Writing {
                author_id: Some(operator),
                internal: true,
                ..Writing::by(&author, comment)
            };
            changes
                .entries
                .push(append(&mut tx, chat, note, now).await?);
        }
        changes.states.push(StateChange {
            chat,
            citizen,
            section: section.to_owned(),
            left_section: Some(from),
            state: ChatState::Waiting,
            operator: None,
        });
        route_section(&mut tx, section, now, &mut changes).await?;
        if let Some(held_by) = held_by {
            route_sections_of(&mut tx, held_by, now, &mut changes).await?;
        }
        tx.commit().await?;
        Ok(Some(changes))
    }

    /// The citizen rates their ended chat, once.
    pub async fn rate_chat(
        &self,
        citizen: i64,
        chat: i64,
        stars: u8,
        comment: &str,
    ) -> Result<Rated, sqlx::Error> {
        let mut tx = self.write().await?;
        let Some((_, _, state, _)) = chat_for(&mut tx, Party::Citizen(citizen), chat).await? else {
            return Ok(Rated::NotFound);
        };
        let rated = sqlx::query(
            "UPDATE chats SET rating = ?2, rating_comment = ?3
             WHERE id = ?1 AND state = 'closed' AND rating IS NULL",
        )
        .bind(chat)
        .bind(stars)
        .bind(comment)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(
            if state == ChatState::Closed && rated.rows_affected() == 1 {
                Rated::Rated
            } else {
                Rated::NotNow
            },
        )
    }

    /// Puts `operator` on duty or off; coming on duty routes their sections' waiting chats.
    pub async fn set_chat_duty(
        &self,
        operator: i64,
        on: bool,
        now: OffsetDateTime,
    ) -> Result<Changes, sqlx::Error> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO chat_operators (account_id, on_duty) VALUES (?1, ?2)
             ON CONFLICT (account_id) DO UPDATE SET on_duty = excluded.on_duty",
        )
        .bind(operator)
        .bind(on)
        .execute(&mut *tx)
        .await?;
        let mut changes = Changes::default();
        if on {
            route_sections_of(&mut tx, operator, now, &mut changes).await?;
        }
        tx.commit().await?;
        Ok(changes)
    }

    /// Sets how many chats `operator` holds at once (`None`: the default); a larger capacity
    /// routes their sections at once.
    pub async fn set_chat_capacity(
        &self,
        operator: i64,
        capacity: Option<u32>,
        now: OffsetDateTime,
    ) -> Result<Changes, sqlx::Error> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO chat_operators (account_id, capacity) VALUES (?1, ?2)
             ON CONFLICT (account_id) DO UPDATE SET capacity = excluded.capacity",
        )
        .bind(operator)
        .bind(capacity.map(i64::from))
        .execute(&mut *tx)
        .await?;
        let mut changes = Changes::default();
        route_sections_of(&mut tx, operator, now, &mut changes).await?;
        tx.commit().await?;
        Ok(changes)
    }

    /// The citizen whose chat `chat` is.
    pub async fn chat_citizen(&self, chat: i64) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT account_id FROM chats WHERE id = ?1")
            .bind(chat)
            .fetch_optional(self.pool())
            .await
    }

    /// Whether `party` may read `chat`.
    pub async fn may_read_chat(&self, party: Party, chat: i64) -> Result<bool, sqlx::Error> {
        let row: Option<(i64,)> = sqlx::query_as(&format!(
            "SELECT c.id FROM chats c WHERE c.id = ?2 AND {}",
            visible_to(party)
        ))
        .bind(party.account())
        .bind(chat)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.is_some())
    }

    /// Up to `limit` entries of `chat` after `after`, in order, as `party` may see them (notes
    /// for the contact centre only); `None` when `party` may not read the chat.
    pub async fn chat_entries_after(
        &self,
        party: Party,
        chat: i64,
        after: u64,
        limit: u32,
    ) -> Result<Option<Vec<ChatEntry>>, sqlx::Error> {
        if !self.may_read_chat(party, chat).await? {
            return Ok(None);
        }
        let notes = if matches!(party, Party::Staff(_)) {
            ""
        } else {
            "AND e.internal = 0"
        };
        let rows: Vec<EntryRow> = sqlx::query_as(&format!(
            "SELECT {ENTRY_COLUMNS} FROM chat_entries e LEFT JOIN accounts a ON a.id = e.author_id
             WHERE e.chat_id = ?1 AND e.seq > ?2 {notes} ORDER BY e.seq LIMIT ?3"
        ))
        .bind(chat)
        .bind(i64::try_from(after).unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(Some(
            rows.into_iter()
                .filter_map(|row| entry_of(chat, row))
                .collect(),
        ))
    }

    /// Records that `party` has read `chat` up to `seq` (never backwards); the citizen's
    /// account, or `None` when `party` may not read it.
    pub async fn mark_chat_read(
        &self,
        party: Party,
        chat: i64,
        seq: u64,
    ) -> Result<Option<i64>, sqlx::Error> {
        let column = match party {
            Party::Citizen(_) => "citizen_read",
            Party::Staff(_) => "operator_read",
        };
        let row: Option<(i64,)> = sqlx::query_as(&format!(
            "UPDATE chats AS c SET {column} = max({column}, min(?3, last_seq))
             WHERE c.id = ?2 AND {} RETURNING account_id",
            visible_to(party)
        ))
        .bind(party.account())
        .bind(chat)
        .bind(i64::try_from(seq).unwrap_or(i64::MAX))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|(citizen,)| citizen))
    }

    /// One chat as `party` may see it.
    pub async fn chat_summary(
        &self,
        party: Party,
        chat: i64,
    ) -> Result<Option<ChatSummary>, sqlx::Error> {
        let row: Option<ChatRow> = sqlx::query_as(&format!(
            "SELECT {CHAT_COLUMNS} FROM chats c LEFT JOIN accounts o ON o.id = c.operator_id
             WHERE c.id = ?2 AND {}",
            visible_to(party)
        ))
        .bind(party.account())
        .bind(chat)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.and_then(summary_of))
    }

    /// The citizen's chats, newest first.
    pub async fn citizen_chats(&self, citizen: i64) -> Result<Vec<ChatSummary>, sqlx::Error> {
        let rows: Vec<ChatRow> = sqlx::query_as(&format!(
            "SELECT {CHAT_COLUMNS} FROM chats c LEFT JOIN accounts o ON o.id = c.operator_id
             WHERE c.account_id = ?1 ORDER BY c.id DESC"
        ))
        .bind(citizen)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().filter_map(summary_of).collect())
    }

    /// The chats waiting in the operator's sections, longest first, and the operator's own.
    pub async fn console_chats(&self, operator: i64) -> Result<ConsoleChats, sqlx::Error> {
        let waiting: Vec<ChatRow> = sqlx::query_as(&format!(
            "SELECT {CHAT_COLUMNS} FROM chats c LEFT JOIN accounts o ON o.id = c.operator_id
             WHERE c.state = 'waiting'
               AND c.section IN (SELECT section FROM staff_sections WHERE account_id = ?1)
             ORDER BY c.waiting_since, c.id"
        ))
        .bind(operator)
        .fetch_all(self.pool())
        .await?;
        let mine: Vec<ChatRow> = sqlx::query_as(&format!(
            "SELECT {CHAT_COLUMNS} FROM chats c LEFT JOIN accounts o ON o.id = c.operator_id
             WHERE c.state = 'active' AND c.operator_id = ?1 ORDER BY c.taken_at, c.id"
        ))
        .bind(operator)
        .fetch_all(self.pool())
        .await?;
        let on_duty: Option<(bool,)> =
            sqlx::query_as("SELECT on_duty FROM chat_operators WHERE account_id = ?1")
                .bind(operator)
                .fetch_optional(self.pool())
                .await?;
        Ok(ConsoleChats {
            waiting: waiting.into_iter().filter_map(summary_of).collect(),
            mine: mine.into_iter().filter_map(summary_of).collect(),
            on_duty: on_duty.is_some_and(|(on,)| on),
        })
    }
}
