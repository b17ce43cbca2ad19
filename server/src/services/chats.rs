//! The chat's live side (SPEC §6, issue 19): who is connected, what each connection follows, and
//! the frames of the protocol (`shared::chat`). Storage writes first; only then does the hub
//! announce, so whatever a connection missed — a dropped socket, a full queue — it reads back
//! from the database when it resumes.
//!
//! Each connection has a bounded queue ([`OUTGOING_QUEUE`]): a frame that does not fit closes
//! that connection instead of growing the queue; the client reconnects and catches up. A frame is
//! serialised once and shared by every connection it goes to.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::extract::ws::Utf8Bytes;
use shared::api::{ErrorBody, Fault};
use shared::chat::{CLOSE_SESSION_ENDED, CLOSE_TOO_SLOW, ClientFrame, OUTGOING_QUEUE, ServerFrame};
use shared::forms::Form;
use shared::forms::chat::ChatMessage;
use shared::lang::Lang;
use time::OffsetDateTime;
use tokio::sync::{Notify, mpsc};

use crate::storage::Db;
use crate::storage::chats::{Changes, NewMessage, Party, Sent, StateChange};

/// How many entries one read of a resume takes; a longer conversation is read in turns.
pub const RESUME_BATCH: u32 = 500;

/// A frame on its way to a connection.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The frame's JSON, shared by every connection it goes to.
    pub text: Utf8Bytes,
    /// For an entry: its chat and number, so the connection keeps each chat in order.
    pub entry: Option<(i64, u64)>,
}

impl Outgoing {
    /// A frame serialised for sending.
    pub fn of(frame: &ServerFrame) -> Outgoing {
        Outgoing {
            text: serde_json::to_string(frame).unwrap_or_default().into(),
            entry: match frame {
                ServerFrame::Entry(entry) => Some((entry.chat, entry.seq)),
                _ => None,
            },
        }
    }
}

/// Tells a connection to end, and with which close code.
#[derive(Debug, Default)]
pub struct Kick {
    code: AtomicU16,
    notify: Notify,
}

impl Kick {
    fn kick(&self, code: u16) {
        self.code.store(code, Ordering::Relaxed);
        self.notify.notify_one();
    }

    /// The code it was kicked with.
    fn code(&self) -> u16 {
        match self.code.load(Ordering::Relaxed) {
            0 => CLOSE_TOO_SLOW,
            code => code,
        }
    }

    /// Resolves with the close code once the connection must end.
    pub async fn kicked(&self) -> u16 {
        self.notify.notified().await;
        self.code()
    }
}

#[derive(Debug)]
struct Listener {
    sender: mpsc::Sender<Outgoing>,
    party: Party,
    session: i64,
    sections: Vec<String>,
    kick: Arc<Kick>,
}

#[derive(Debug, Default)]
struct Registry {
    next: u64,
    listeners: HashMap<u64, Listener>,
    by_chat: HashMap<i64, HashSet<u64>>,
    by_account: HashMap<i64, HashSet<u64>>,
    by_section: HashMap<String, HashSet<u64>>,
}

fn remove_from<K: std::hash::Hash + Eq>(index: &mut HashMap<K, HashSet<u64>>, key: K, id: u64) {
    if let Some(ids) = index.get_mut(&key) {
        ids.remove(&id);
        if ids.is_empty() {
            index.remove(&key);
        }
    }
}

impl Registry {
    fn remove(&mut self, id: u64) {
        let Some(listener) = self.listeners.remove(&id) else {
            return;
        };
        remove_from(&mut self.by_account, listener.party.account(), id);
        for section in listener.sections {
            remove_from(&mut self.by_section, section, id);
        }
        self.by_chat.retain(|_, ids| {
            ids.remove(&id);
            !ids.is_empty()
        });
    }

    /// Puts `frame` in the queue of each of `ids` (citizens' only when `citizens` is true); a
    /// connection whose queue is full is closed and forgotten.
    fn deliver(&mut self, ids: impl IntoIterator<Item = u64>, frame: &Outgoing, citizens: bool) {
        let mut too_slow = Vec::new();
        for id in ids {
            let Some(listener) = self.listeners.get(&id) else {
                continue;
            };
            if !citizens && matches!(listener.party, Party::Citizen(_)) {
                continue;
            }
            if listener.sender.try_send(frame.clone()).is_err() {
                listener.kick.kick(CLOSE_TOO_SLOW);
                too_slow.push(id);
            }
        }
        for id in too_slow {
            self.remove(id);
        }
    }
}

/// Every open chat connection of this process.
#[derive(Debug, Clone, Default)]
pub struct ChatHub {
    registry: Arc<Mutex<Registry>>,
}

/// One connection's place in the hub; dropping it leaves.
#[derive(Debug)]
pub struct Connection {
    /// Its id in the hub.
    pub id: u64,
    /// What the hub sends it.
    pub frames: mpsc::Receiver<Outgoing>,
    /// Fires when it must end.
    pub kick: Arc<Kick>,
    hub: ChatHub,
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.hub.lock().remove(self.id);
    }
}

impl ChatHub {
    fn lock(&self) -> MutexGuard<'_, Registry> {
        // A panic while holding the lock leaves plain maps behind: still usable.
        self.registry.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Registers a connection of `party` in `session`; staff hear of their `sections`' chats.
    pub fn connect(&self, party: Party, session: i64, sections: Vec<String>) -> Connection {
        let (sender, frames) = mpsc::channel(OUTGOING_QUEUE);
        let kick = Arc::new(Kick::default());
        let mut registry = self.lock();
        registry.next += 1;
        let id = registry.next;
        registry
            .by_account
            .entry(party.account())
            .or_default()
            .insert(id);
        for section in &sections {
            registry
                .by_section
                .entry(section.clone())
                .or_default()
                .insert(id);
        }
        registry.listeners.insert(
            id,
            Listener {
                sender,
                party,
                session,
                sections,
                kick: Arc::clone(&kick),
            },
        );
        Connection {
            id,
            frames,
            kick,
            hub: self.clone(),
        }
    }

    /// From now on `connection` hears of `chat` (its reader was checked by the caller).
    pub fn follow(&self, connection: u64, chat: i64) {
        self.lock()
            .by_chat
            .entry(chat)
            .or_default()
            .insert(connection);
    }

    /// How many connections are open.
    pub fn connections(&self) -> usize {
        self.lock().listeners.len()
    }

    /// Ends every connection of `session`: it was signed out or ended.
    pub fn end_session(&self, session: i64) {
        self.end_where(|listener| listener.session == session);
    }

    /// Ends every connection of `account` but those of session `keep`.
    pub fn end_other_sessions(&self, account: i64, keep: i64) {
        self.end_where(|listener| listener.party.account() == account && listener.session != keep);
    }

    fn end_where(&self, ended: impl Fn(&Listener) -> bool) {
        let mut registry = self.lock();
        let ids: Vec<u64> = registry
            .listeners
            .iter()
            .filter(|(_, listener)| ended(listener))
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            if let Some(listener) = registry.listeners.get(&id) {
                listener.kick.kick(CLOSE_SESSION_ENDED);
            }
            registry.remove(id);
        }
    }

    /// Sends `frame` to every follower of `chat`; a note (`staff_only`) to the staff alone.
    pub fn to_chat(&self, chat: i64, frame: &ServerFrame, staff_only: bool) {
        let outgoing = Outgoing::of(frame);
        let mut registry = self.lock();
        let ids: Vec<u64> = registry
            .by_chat
            .get(&chat)
            .map(|ids| ids.iter().copied().collect())
            .unwrap_or_default();
        registry.deliver(ids, &outgoing, !staff_only);
    }

    /// Tells everyone concerned where a chat stands: its citizen, its followers, its operator and
    /// the staff of its sections (their lists of waiting chats). Staff of a section it left stop
    /// following it.
    fn state_changed(&self, change: &StateChange) {
        let frame = Outgoing::of(&ServerFrame::State {
            chat: change.chat,
            state: change.state,
            operator: change.operator.as_ref().map(|(_, name)| name.clone()),
        });
        let mut registry = self.lock();
        let mut ids: HashSet<u64> = HashSet::new();
        let accounts = [
            Some(change.citizen),
            change.operator.as_ref().map(|(id, _)| *id),
        ];
        for account in accounts.into_iter().flatten() {
            ids.extend(registry.by_account.get(&account).into_iter().flatten());
        }
        ids.extend(registry.by_chat.get(&change.chat).into_iter().flatten());
        for section in [Some(&change.section), change.left_section.as_ref()]
            .into_iter()
            .flatten()
        {
            ids.extend(registry.by_section.get(section).into_iter().flatten());
        }
        registry.deliver(ids, &frame, true);
        if change.left_section.is_some() {
            let Registry {
                listeners, by_chat, ..
            } = &mut *registry;
            if let Some(followers) = by_chat.get_mut(&change.chat) {
                followers.retain(|id| {
                    listeners.get(id).is_some_and(|listener| {
                        matches!(listener.party, Party::Citizen(_))
                            || listener.sections.contains(&change.section)
                    })
                });
            }
        }
    }

    /// Announces what a change stored: its entries to their chats, then where the chats stand.
    pub fn announce(&self, changes: &Changes) {
        for entry in &changes.entries {
            self.to_chat(
                entry.chat,
                &ServerFrame::Entry(entry.clone()),
                entry.internal,
            );
        }
        for change in &changes.states {
            self.state_changed(change);
        }
    }
}

/// A refusal of the frame `id` (a message's client id, when it was one).
fn refused(id: Option<String>, error: ErrorBody) -> ServerFrame {
    ServerFrame::Refused { id, error }
}

/// Handles one frame of `party` that is not a resume (the socket follows chats itself): stores
/// what it carries and announces it; the frames answer the sender.
pub async fn handle(
    db: &Db,
    hub: &ChatHub,
    party: Party,
    frame: ClientFrame,
    lang: Lang,
) -> Result<Vec<ServerFrame>, sqlx::Error> {
    let now = OffsetDateTime::now_utc();
    let not_found = |id| refused(id, ErrorBody::fault(Fault::NotFound, lang));
    Ok(match frame {
        ClientFrame::Ping => vec![ServerFrame::Pong],
        ClientFrame::Resume { chat, after } => {
            match db
                .chat_entries_after(party, chat, after, RESUME_BATCH)
                .await?
            {
                Some(entries) => entries.into_iter().map(ServerFrame::Entry).collect(),
                None => vec![not_found(None)],
            }
        }
        ClientFrame::Typing { chat } => {
            if db.may_read_chat(party, chat).await? {
                let frame = ServerFrame::Typing {
                    chat,
                    by: party.side(),
                };
                hub.to_chat(chat, &frame, false);
                Vec::new()
            } else {
                vec![not_found(None)]
            }
        }
        ClientFrame::Read { chat, seq } => match db.mark_chat_read(party, chat, seq).await? {
            Some(_) => {
                let frame = ServerFrame::Read {
                    chat,
                    seq,
                    by: party.side(),
                };
                hub.to_chat(chat, &frame, false);
                Vec::new()
            }
            None => vec![not_found(None)],
        },
        ClientFrame::Send {
            chat,
            id,
            text,
            file,
            internal,
        } => {
            let message = ChatMessage {
                text: text.clone(),
                has_attachment: file.is_some(),
            };
            if let Err(errors) = message.check(now) {
                return Ok(vec![refused(
                    Some(id),
                    ErrorBody::validation(&errors, lang),
                )]);
            }
            if file.is_some() {
                // Files reach the chat through its upload, which is still to come.
                return Ok(vec![refused(
                    Some(id),
                    ErrorBody::fault(Fault::BadRequest, lang),
                )]);
            }
            let sent = db
                .send_chat_message(
                    party,
                    chat,
                    NewMessage {
                        client_id: &id,
                        text: text.trim(),
                        internal,
                    },
                    now,
                )
                .await?;
            match sent {
                Sent::Stored { entry, new } => {
                    let stored = ServerFrame::Stored {
                        chat,
                        id,
                        seq: entry.seq,
                    };
                    if new {
                        let internal = entry.internal;
                        hub.to_chat(chat, &ServerFrame::Entry(entry), internal);
                    }
                    vec![stored]
                }
                Sent::Closed => vec![refused(Some(id), ErrorBody::fault(Fault::Conflict, lang))],
                Sent::NotFound => vec![not_found(Some(id))],
            }
        }
    })
}

/// Keeps one connection's chats in order: an entry goes out only right after the one before it,
/// anything else (a gap, a race between two writers) is read back from the database.
#[derive(Debug, Default)]
pub struct Order {
    last: HashMap<i64, u64>,
}

impl Order {
    /// Starts following `chat` from `after`.
    pub fn start(&mut self, chat: i64, after: u64) {
        let last = self.last.entry(chat).or_insert(after);
        *last = (*last).max(after);
    }

    /// Whether an entry numbered `seq` of `chat` can go out as it is; it is then the last sent.
    pub fn next_in_line(&mut self, chat: i64, seq: u64) -> Decision {
        let Some(last) = self.last.get_mut(&chat) else {
            return Decision::Skip;
        };
        if seq <= *last {
            Decision::Skip
        } else if seq == *last + 1 {
            *last = seq;
            Decision::Send
        } else {
            Decision::ReadFrom(*last)
        }
    }

    /// Records entries sent from a read of the database.
    pub fn sent(&mut self, chat: i64, seq: u64) {
        self.start(chat, seq);
    }
}

/// What to do with a live entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Send it.
    Send,
    /// Already sent (or not followed).
    Skip,
    /// Something before it is missing: read the chat after this number.
    ReadFrom(u64),
}

/// A connection's reading side, shared by the WebSocket and the server-sent events: it follows
/// chats from a number the client names and turns what the hub sends into frames in order.
#[derive(Debug)]
pub struct Follower {
    db: Db,
    hub: ChatHub,
    party: Party,
    connection: Connection,
    order: Order,
}

impl Follower {
    /// A follower of nothing yet, for `party` in `session`.
    pub async fn connect(
        db: &Db,
        hub: &ChatHub,
        party: Party,
        session: i64,
    ) -> Result<Follower, sqlx::Error> {
        let sections = match party {
            Party::Staff(id) => db.sections_of(id).await?,
            Party::Citizen(_) => Vec::new(),
        };
        Ok(Follower {
            db: db.clone(),
            hub: hub.clone(),
            party,
            connection: hub.connect(party, session, sections),
            order: Order::default(),
        })
    }

    /// Who reads.
    pub fn party(&self) -> Party {
        self.party
    }

    /// Follows `chat` from `after`: the entries stored since, in order; `None` when the party may
    /// not read it. Following starts before the read, so nothing stored meanwhile is missed.
    pub async fn resume(
        &mut self,
        chat: i64,
        after: u64,
    ) -> Result<Option<Vec<Outgoing>>, sqlx::Error> {
        if !self.db.may_read_chat(self.party, chat).await? {
            return Ok(None);
        }
        self.hub.follow(self.connection.id, chat);
        self.order.start(chat, after);
        self.read_from(chat, after).await.map(Some)
    }

    /// Every entry of `chat` after `after` the party may see, noted as sent.
    async fn read_from(&mut self, chat: i64, after: u64) -> Result<Vec<Outgoing>, sqlx::Error> {
        let mut frames = Vec::new();
        let mut after = after;
        loop {
            let entries = self
                .db
                .chat_entries_after(self.party, chat, after, RESUME_BATCH)
                .await?
                .unwrap_or_default();
            let full = entries.len() == RESUME_BATCH as usize;
            for entry in entries {
                after = entry.seq;
                self.order.sent(chat, entry.seq);
                frames.push(Outgoing::of(&ServerFrame::Entry(entry)));
            }
            if !full {
                return Ok(frames);
            }
        }
    }

    /// The next thing the hub sent, or the close code when the connection must end. Safe to
    /// cancel: nothing is lost when another branch of a `select!` wins.
    pub async fn next(&mut self) -> Result<Outgoing, u16> {
        tokio::select! {
            // The hub lets go of a connection only after kicking it: the code says why.
            frame = self.connection.frames.recv() => frame.ok_or_else(|| self.connection.kick.code()),
            code = self.connection.kick.kicked() => Err(code),
        }
    }

    /// What goes out for `outgoing`: itself, nothing (sent already) or the entries it reveals
    /// were missed.
    pub async fn frames_for(&mut self, outgoing: Outgoing) -> Result<Vec<Outgoing>, sqlx::Error> {
        let Some((chat, seq)) = outgoing.entry else {
            return Ok(vec![outgoing]);
        };
        match self.order.next_in_line(chat, seq) {
            Decision::Send => Ok(vec![outgoing]),
            Decision::Skip => Ok(Vec::new()),
            Decision::ReadFrom(after) => self.read_from(chat, after).await,
        }
    }
}
