//! A conversation as a client holds it: entries in order of their numbers, each once, however
//! they arrive (a resume after a reconnect, an announcement that overtook it, a reload), and
//! the messages sent but not yet stored, which go again under the same ids after a reconnect.

use serde::{Deserialize, Serialize};

use super::{ChatEntry, ClientFrame};

/// A message the client sent that the server has not yet said it stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unsent {
    /// The client's id of the message.
    pub id: String,
    /// Its words.
    pub text: String,
}

/// The client's copy of one chat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Log {
    entries: Vec<ChatEntry>,
    /// Sent, not yet stored, oldest first.
    pub unsent: Vec<Unsent>,
}

impl Log {
    /// A log holding `entries` (in any order, repeats allowed).
    pub fn of(entries: Vec<ChatEntry>) -> Log {
        let mut log = Log::default();
        log.add_all(entries);
        log
    }

    /// The entries, in order.
    pub fn entries(&self) -> &[ChatEntry] {
        &self.entries
    }

    /// The last number held without a gap before it: what a resume says it has.
    pub fn last_seq(&self) -> u64 {
        self.entries
            .iter()
            .zip(1..)
            .take_while(|(entry, expected)| entry.seq == *expected)
            .last()
            .map_or(0, |(entry, _)| entry.seq)
    }

    /// Adds `entry` in its place; `false` when it was held already.
    pub fn add(&mut self, entry: ChatEntry) -> bool {
        match self
            .entries
            .binary_search_by_key(&entry.seq, |held| held.seq)
        {
            Ok(_) => false,
            Err(place) => {
                self.entries.insert(place, entry);
                true
            }
        }
    }

    /// Adds every entry of `entries`; how many were new.
    pub fn add_all(&mut self, entries: impl IntoIterator<Item = ChatEntry>) -> usize {
        entries.into_iter().filter(|e| self.add(e.clone())).count()
    }

    /// Notes a message sent under `id`, until the server stores it.
    pub fn sent(&mut self, id: String, text: String) {
        if !self.unsent.iter().any(|unsent| unsent.id == id) {
            self.unsent.push(Unsent { id, text });
        }
    }

    /// The server stored message `id`: it is no longer waiting.
    pub fn stored(&mut self, id: &str) {
        self.unsent.retain(|unsent| unsent.id != id);
    }

    /// What a (re)connected client sends for `chat`: the resume after what it has, then every
    /// message not yet stored, under its own id again.
    pub fn on_connect(&self, chat: i64) -> Vec<ClientFrame> {
        let resume = ClientFrame::Resume {
            chat,
            after: self.last_seq(),
        };
        std::iter::once(resume)
            .chain(self.unsent.iter().map(|unsent| ClientFrame::Send {
                chat,
                id: unsent.id.clone(),
                text: unsent.text.clone(),
                file: None,
                internal: false,
            }))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::Author;
    use time::OffsetDateTime;

    fn entry(seq: u64) -> ChatEntry {
        ChatEntry {
            chat: 1,
            seq,
            author: Author::Citizen,
            text: format!("#{seq}"),
            file: None,
            articles: Vec::new(),
            internal: false,
            at: OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn entries_stay_in_order_and_once_however_they_arrive() {
        let mut log = Log::of(vec![entry(2), entry(1), entry(2)]);
        assert_eq!(log.last_seq(), 2);
        // An announcement overtook the resume: 5 before 3 and 4.
        assert!(log.add(entry(5)));
        assert_eq!(log.last_seq(), 2, "a gap is asked for again");
        assert_eq!(log.add_all([entry(3), entry(4), entry(5)]), 2);
        let seqs: Vec<u64> = log.entries().iter().map(|e| e.seq).collect();
        assert_eq!(seqs, [1, 2, 3, 4, 5]);
        assert_eq!(log.last_seq(), 5);
    }

    #[test]
    fn a_reconnect_resumes_and_sends_again_what_was_not_stored() {
        let mut log = Log::of(vec![entry(1), entry(2)]);
        log.sent("a".into(), "первое".into());
        log.sent("b".into(), "второе".into());
        log.sent("a".into(), "первое".into());
        log.stored("a");
        let frames = log.on_connect(1);
        assert_eq!(frames[0], ClientFrame::Resume { chat: 1, after: 2 });
        assert_eq!(frames.len(), 2);
        assert!(
            matches!(&frames[1], ClientFrame::Send { id, text, .. } if id == "b" && text == "второе")
        );
    }
}
