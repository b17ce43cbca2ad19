//! Who is signed in, as the SPA knows it, and the idle clock behind the session warning.
//!
//! The server ends a session after [`IDLE_MINUTES`] without a request. Every answer to a request
//! restarts that clock on the server, so the SPA restarts its copy whenever an answer arrives;
//! [`IDLE_WARNING_SECONDS`] before the end it opens the warning with «Продлить сеанс», and at the
//! end it forgets the account and shows the sign-in page with a note. «Запомнить меня» sessions
//! have no idle limit and no warning.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use shared::accounts::{IDLE_MINUTES, IDLE_WARNING_SECONDS, Me, SESSION_EXTEND_PATH, SESSION_PATH};

use crate::api;
use crate::live::{Stream, open_unread};
use crate::router::navigate;
use shared::pages::Page;

/// The signed-in state shared by every page.
#[derive(Debug, Clone, Copy)]
pub struct Session {
    me: RwSignal<Option<Me>>,
    loaded: RwSignal<bool>,
    warning: RwSignal<bool>,
    /// When the idle session ends, in the browser's milliseconds (`None`: no idle limit).
    idle_end: RwSignal<Option<f64>>,
    /// The session ended for want of activity (the sign-in page then says so).
    timed_out: RwSignal<bool>,
    /// Unread notifications, as the live stream last said (`None`: not heard yet).
    unread: RwSignal<Option<u32>>,
}

thread_local! {
    static CURRENT: Cell<Option<Session>> = const { Cell::new(None) };
    /// The stream of unread notifications, open while someone is signed in: it ends with the
    /// session, here as on the server.
    static UNREAD: RefCell<Option<Stream>> = const { RefCell::new(None) };
}

impl Session {
    /// Asks the server who is signed in and starts the idle clock.
    pub fn start() -> Session {
        let session = Session {
            me: RwSignal::new(None),
            loaded: RwSignal::new(false),
            warning: RwSignal::new(false),
            idle_end: RwSignal::new(None),
            timed_out: RwSignal::new(false),
            unread: RwSignal::new(None),
        };
        CURRENT.with(|current| current.set(Some(session)));
        leptos::task::spawn_local(async move {
            session.set(api::get::<Me>(SESSION_PATH).await.ok());
            session.loaded.set(true);
        });
        let _ = set_interval_with_handle(move || session.tick(), std::time::Duration::from_secs(1));
        session
    }

    /// The session of the page. Read from a thread-local rather than the reactive context, so it
    /// also works in the tasks that finish a form after its answer arrives.
    pub fn get() -> Session {
        CURRENT
            .with(Cell::get)
            .unwrap_or_else(|| panic!("Session::start runs before any page"))
    }

    /// The signed-in account, if any.
    pub fn me(self) -> Option<Me> {
        self.me.get()
    }

    /// Whether the first answer about the session has come.
    pub fn loaded(self) -> bool {
        self.loaded.get()
    }

    /// Whether the session ended for want of activity.
    pub fn timed_out(self) -> bool {
        self.timed_out.get()
    }

    /// Whether the idle warning is showing, as a signal the dialog opens on.
    pub fn warning(self) -> RwSignal<bool> {
        self.warning
    }

    /// The signed-in person's unread notifications, kept by their live stream while they are
    /// signed in, shown by the bell and followed by the feed (`None` until the stream first
    /// says).
    pub fn unread(self) -> RwSignal<Option<u32>> {
        self.unread
    }

    /// Records a sign-in (or its end, with `None`).
    pub fn set(self, me: Option<Me>) {
        let idle_end = me
            .as_ref()
            .and_then(|me| me.idle_seconds_left)
            .map(|seconds| js_sys::Date::now() + f64::from(seconds) * 1000.0);
        self.idle_end.set(idle_end);
        self.warning.set(false);
        let signed_in = me.is_some();
        self.me.set(me);
        let unread = self.unread;
        UNREAD.with(|stream| {
            let mut stream = stream.borrow_mut();
            if !signed_in {
                *stream = None;
                unread.set(None);
            } else if stream.is_none() {
                *stream = open_unread(move |count| unread.set(Some(count)));
            }
        });
    }

    /// «Продлить сеанс»: any request restarts the server's idle clock.
    pub fn extend(self) {
        leptos::task::spawn_local(async move {
            if let Ok(me) =
                api::post::<_, Me>(SESSION_EXTEND_PATH, &shared::accounts::NoBody {}).await
            {
                self.set(Some(me));
            }
        });
    }

    /// Signs out on the server and goes to the help centre.
    pub fn sign_out(self) {
        crate::draft::forget_personal();
        crate::draft::forget_read();
        leptos::task::spawn_local(async move {
            let _ = api::delete(SESSION_PATH).await;
            self.set(None);
            navigate(&Page::Home);
        });
    }

    fn tick(self) {
        let Some(end) = self.idle_end.get_untracked() else {
            return;
        };
        let left = end - js_sys::Date::now();
        if left <= 0.0 {
            self.idle_end.set(None);
            self.timed_out.set(true);
            crate::draft::forget_personal();
            crate::draft::forget_read();
            // The server ends it too, whatever its clock says; then sign-in, with the note.
            leptos::task::spawn_local(async move {
                let _ = api::delete(SESSION_PATH).await;
                self.set(None);
                navigate(&crate::router::sign_in_and_return(true));
            });
        } else if left <= f64::from(IDLE_WARNING_SECONDS) * 1000.0 && !self.warning.get_untracked()
        {
            self.warning.set(true);
        }
    }
}

/// Called with the status of every API answer: a 401 means the session is over; any other
/// answer restarted the server's idle clock.
pub fn answered(status: u16) {
    let Some(session) = CURRENT.with(Cell::get) else {
        return;
    };
    if session.idle_end.get_untracked().is_none() {
        return;
    }
    if status == 401 {
        session.set(None);
    } else {
        let idle_ms = f64::from(u32::try_from(IDLE_MINUTES * 60).unwrap_or(0)) * 1000.0;
        session.idle_end.set(Some(js_sys::Date::now() + idle_ms));
    }
}
