//! Live updates of the operator console (issue 6): whenever a request arrives or changes, the
//! operators of its section hear of it through the server-sent events of
//! `shared::console::CONSOLE_EVENTS_PATH`, and their queue refreshes without a reload. Feeds
//! (issue 7) hear that notifications may have been written or marked
//! (`shared::notifications::NOTIFICATION_EVENTS_PATH`): each stream then counts its own unread.

use std::sync::{Arc, OnceLock};

use tokio::sync::{broadcast, watch};

use crate::storage::Db;

/// How many changes a slow listener may fall behind before it skips to the newest.
const BACKLOG: usize = 256;

/// A request that arrived or changed, and the sections whose queues show it (two for a transfer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Its number.
    pub number: String,
    /// Section codes.
    pub sections: Vec<String>,
}

/// Set once the server is stopping: every live stream ends then, so a graceful shutdown does not
/// wait for consoles that would stay open for hours (browsers reconnect to the next process).
static STOPPING: OnceLock<watch::Sender<bool>> = OnceLock::new();

fn stopping() -> &'static watch::Sender<bool> {
    STOPPING.get_or_init(|| watch::channel(false).0)
}

/// Ends every live stream of this process.
pub fn stop_all() {
    stopping().send_replace(true);
}

/// Resolves once the server is stopping.
pub async fn stopped() {
    let mut receiver = stopping().subscribe();
    // An error means the sender is gone, which it never is (it is a static).
    let _ = receiver.wait_for(|stopping| *stopping).await;
}

/// The channels every console and every feed listen on.
#[derive(Debug, Clone)]
pub struct Live {
    sender: broadcast::Sender<Change>,
    /// Counts the moments notifications may have changed; a watch, so a busy moment wakes each
    /// feed once, not once per change.
    feeds: Arc<watch::Sender<u64>>,
}

impl Default for Live {
    fn default() -> Live {
        Live {
            sender: broadcast::channel(BACKLOG).0,
            feeds: Arc::new(watch::channel(0).0),
        }
    }
}

impl Live {
    /// Tells every listener that `number` changed in `sections`.
    pub fn announce(&self, number: &str, sections: Vec<String>) {
        // Nobody listening is no error: no console is open.
        let _ = self.sender.send(Change {
            number: number.to_owned(),
            sections,
        });
    }

    /// Tells every feed that notifications may have been written, read or deleted.
    pub fn feeds_changed(&self) {
        self.feeds
            .send_modify(|generation| *generation = generation.wrapping_add(1));
    }

    /// A new feed listener, woken after each [`Live::feeds_changed`].
    pub fn watch_feeds(&self) -> watch::Receiver<u64> {
        self.feeds.subscribe()
    }

    /// Tells every listener that `number` changed, looking its section up.
    pub async fn request_changed(&self, db: &Db, number: &str) {
        match db.section_of(number).await {
            Ok(Some(section)) => self.announce(number, vec![section]),
            Ok(None) => {}
            Err(error) => tracing::warn!(%error, "a live update could not be sent"),
        }
    }

    /// A new listener, hearing of changes from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.sender.subscribe()
    }
}
