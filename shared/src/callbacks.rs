//! Call-backs (SPEC §3 «callback», §4 «work callbacks»): a citizen asks the contact centre to call
//! on a day, inside a two-hour window of its hours; an operator of the topic's section schedules
//! the call at a time of that window (the citizen is told), then records whether it took place.
//! The citizen may cancel until then. One call-back at a time is open per citizen.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::lang::Text;

/// `GET`: the citizen's call-backs → [`MyCallbacks`]; `POST`
/// [`crate::forms::callback::Callback`] → `201` [`CallbackBooked`], `409` while another is open.
pub const CALLBACKS_PATH: &str = "/api/v1/callbacks";
/// `GET` with a [`CallbackQueueFilter`]: the call-backs of the operator's sections →
/// [`CallbackQueue`].
pub const CONSOLE_CALLBACKS_PATH: &str = "/api/v1/console/callbacks";

/// `POST`, no body: the citizen cancels their call-back `id`. `204`; `409` once it is over.
pub fn callback_cancel_path(id: i64) -> String {
    format!("{CALLBACKS_PATH}/{id}/{}", CallAction::Cancel.code())
}

/// `POST`: the operator's `action` on call-back `id`, with the action's form
/// ([`crate::forms::callback::ScheduledCall`] to schedule,
/// [`crate::forms::callback::CallRecord`] otherwise). `204`; `409` when it no longer allows it.
pub fn console_callback_path(id: i64, action: CallAction) -> String {
    format!("{CONSOLE_CALLBACKS_PATH}/{id}/{}", action.code())
}

/// Where a call-back stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallbackState {
    /// Asked for; no time set yet.
    Requested,
    /// An operator set the time of the call.
    Scheduled,
    /// The call took place.
    Done,
    /// The operator called and nobody answered.
    NotReached,
    /// The citizen cancelled it.
    Cancelled,
}

impl CallbackState {
    /// Every state.
    pub const ALL: [CallbackState; 5] = [
        CallbackState::Requested,
        CallbackState::Scheduled,
        CallbackState::Done,
        CallbackState::NotReached,
        CallbackState::Cancelled,
    ];

    /// The code in the API and the database.
    pub fn code(self) -> &'static str {
        match self {
            CallbackState::Requested => "requested",
            CallbackState::Scheduled => "scheduled",
            CallbackState::Done => "done",
            CallbackState::NotReached => "not_reached",
            CallbackState::Cancelled => "cancelled",
        }
    }

    /// The state a code names.
    pub fn from_code(code: &str) -> Option<CallbackState> {
        CallbackState::ALL
            .into_iter()
            .find(|state| state.code() == code)
    }

    /// Whether the call is still to be made.
    pub fn is_open(self) -> bool {
        matches!(self, CallbackState::Requested | CallbackState::Scheduled)
    }

    /// The state as the pages name it.
    pub fn name(self) -> Text {
        let text = |ru, en| Text { ru, en };
        match self {
            CallbackState::Requested => text("Ожидает звонка", "Waiting for a call"),
            CallbackState::Scheduled => text("Звонок назначен", "Call scheduled"),
            CallbackState::Done => text("Звонок состоялся", "Call made"),
            CallbackState::NotReached => text("Не дозвонились", "Could not reach you"),
            CallbackState::Cancelled => text("Отменён", "Cancelled"),
        }
    }
}

/// What can be done with a call-back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallAction {
    /// The operator sets (or moves) the time of the call inside the chosen window.
    Schedule,
    /// The operator records that the call took place.
    Done,
    /// The operator records that nobody answered.
    NotReached,
    /// The citizen cancels it.
    Cancel,
}

impl CallAction {
    /// What operators may do, in the order the console offers it.
    pub const OPERATOR: [CallAction; 3] = [
        CallAction::Schedule,
        CallAction::Done,
        CallAction::NotReached,
    ];

    /// The code in addresses.
    pub fn code(self) -> &'static str {
        match self {
            CallAction::Schedule => "schedule",
            CallAction::Done => "done",
            CallAction::NotReached => "not-reached",
            CallAction::Cancel => "cancel",
        }
    }

    /// The state the action leaves a call-back in `from`, or `None` when it does not apply:
    /// every action needs an open call-back; a call can be scheduled, or moved, only while the
    /// citizen's window is not over (`window_over`: after it, the call is made or not).
    pub fn from(self, from: CallbackState, window_over: bool) -> Option<CallbackState> {
        if !from.is_open() || (self == CallAction::Schedule && window_over) {
            return None;
        }
        Some(match self {
            CallAction::Schedule => CallbackState::Scheduled,
            CallAction::Done => CallbackState::Done,
            CallAction::NotReached => CallbackState::NotReached,
            CallAction::Cancel => CallbackState::Cancelled,
        })
    }

    /// The action as its button names it.
    pub fn name(self) -> Text {
        let text = |ru, en| Text { ru, en };
        match self {
            CallAction::Schedule => text("Назначить время", "Set the time"),
            CallAction::Done => text("Отметить: звонок состоялся", "Record: call made"),
            CallAction::NotReached => text("Отметить: не дозвонились", "Record: could not reach"),
            CallAction::Cancel => text("Отменить звонок", "Cancel the call"),
        }
    }
}

/// One call-back, as its citizen and the operators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallbackItem {
    /// Its id.
    pub id: i64,
    /// Where it stands.
    pub state: CallbackState,
    /// The number to call, `+79161234567`.
    pub phone: String,
    /// The topic: a subcategory code of the tree.
    pub topic: String,
    /// The day asked for, `02.12.2026`.
    pub day: String,
    /// The window asked for: a code of [`crate::forms::callback::WINDOWS`].
    pub window: String,
    /// The citizen's comment.
    pub comment: String,
    /// When it was asked for.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// The time of the call, once scheduled.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub call_at: Option<OffsetDateTime>,
    /// The operator's note on how it went (operators only; empty for the citizen).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The citizen's call-backs: open ones first, then the rest, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCallbacks {
    /// Every call-back of the citizen.
    pub items: Vec<CallbackItem>,
}

/// What booking a call-back answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallbackBooked {
    /// The new call-back's id.
    pub id: i64,
}

/// Which call-backs the operator's list shows, as its address carries it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallbackQueueFilter {
    /// The finished ones (made, not reached, cancelled), newest first, instead of those to make.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub finished: bool,
}

/// The most finished call-backs the operator's list shows.
pub const FINISHED_LIMIT: u32 = 100;

/// One call-back as an operator works it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorCallback {
    /// The call-back.
    pub callback: CallbackItem,
    /// Who asked: the full name of the profile, else the e-mail.
    pub citizen: String,
    /// The operator who last scheduled or recorded it, by e-mail (as the console names
    /// assignees).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// Whether the window asked for is over and the call is still to be made.
    pub late: bool,
}

/// The operator's list: call-backs to make in the order of their windows, or the finished ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallbackQueue {
    /// The call-backs.
    pub items: Vec<OperatorCallback>,
}

#[cfg(test)]
mod tests {
    use super::{CallAction, CallbackState};

    #[test]
    fn codes_round_trip() {
        for state in CallbackState::ALL {
            assert_eq!(CallbackState::from_code(state.code()), Some(state));
        }
    }

    #[test]
    fn only_open_call_backs_move() {
        use CallbackState::*;
        assert_eq!(CallAction::Schedule.from(Requested, false), Some(Scheduled));
        assert_eq!(CallAction::Schedule.from(Scheduled, false), Some(Scheduled));
        assert_eq!(CallAction::Done.from(Requested, false), Some(Done));
        assert_eq!(CallAction::Cancel.from(Scheduled, false), Some(Cancelled));
        // After the window only the outcome can be recorded, or the call-back cancelled.
        assert_eq!(CallAction::Schedule.from(Requested, true), None);
        assert_eq!(
            CallAction::NotReached.from(Scheduled, true),
            Some(NotReached)
        );
        assert_eq!(CallAction::Cancel.from(Requested, true), Some(Cancelled));
        for finished in [Done, NotReached, Cancelled] {
            for action in [
                CallAction::Schedule,
                CallAction::Done,
                CallAction::NotReached,
                CallAction::Cancel,
            ] {
                assert_eq!(action.from(finished, false), None);
            }
        }
    }
}
