//! Request statuses and the transition table of SPEC §4: who may move a request from where to where.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

use crate::lang::Text;

/// The status of a support request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Принято: registered, waiting for an operator.
    Registered,
    /// В работе: an operator works on it.
    InProgress,
    /// Ожидание документов: information or documents were asked for; the SLA clock pauses.
    AwaitingDocuments,
    /// Завершено: answered and resolved, or closed by the citizen.
    Completed,
    /// Отказано: refused, with a reason and what to fix.
    Rejected,
}

impl Status {
    /// Every status, in the order of the journey.
    pub const ALL: [Status; 5] = [
        Status::Registered,
        Status::InProgress,
        Status::AwaitingDocuments,
        Status::Completed,
        Status::Rejected,
    ];

    /// The status as citizens read it.
    pub fn name(self) -> Text {
        match self {
            Status::Registered => Text {
                ru: "Принято",
                en: "Registered",
            },
            Status::InProgress => Text {
                ru: "В работе",
                en: "In progress",
            },
            Status::AwaitingDocuments => Text {
                ru: "Ожидание документов",
                en: "Awaiting documents",
            },
            Status::Completed => Text {
                ru: "Завершено",
                en: "Completed",
            },
            Status::Rejected => Text {
                ru: "Отказано",
                en: "Rejected",
            },
        }
    }

    /// The status's code in the API and in addresses (`in_progress`).
    pub fn code(self) -> &'static str {
        match self {
            Status::Registered => "registered",
            Status::InProgress => "in_progress",
            Status::AwaitingDocuments => "awaiting_documents",
            Status::Completed => "completed",
            Status::Rejected => "rejected",
        }
    }

    /// The status a code names.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.code() == code)
    }

    /// Whether the request is still open (not completed or rejected).
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Completed | Status::Rejected)
    }

    /// Whether the SLA clock runs in this status.
    pub fn clock_runs(self) -> bool {
        matches!(self, Status::Registered | Status::InProgress)
    }
}

/// Who acts on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The citizen or organisation representative who filed it.
    Citizen,
    /// An operator of the request's section.
    Operator,
    /// A senior operator of the section (everything an operator may do, plus escalations).
    SeniorOperator,
    /// The portal itself (automatic moves).
    System,
}

/// Something that changes a request's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The operator takes the request into work.
    Take,
    /// The operator asks for information or documents.
    RequestDocuments,
    /// The citizen replied or uploaded while documents were awaited.
    CitizenReplied,
    /// The operator answers and resolves.
    Resolve,
    /// The citizen withdraws an open request or confirms it is done («Завершить»).
    CitizenClose,
    /// The operator refuses, with a reason.
    Reject,
    /// The citizen reopens a completed request within 7 days.
    Reopen,
}

/// One row of the transition table.
#[derive(Debug, Clone, Copy)]
pub struct Transition {
    /// The action.
    pub action: Action,
    /// Statuses it applies to.
    pub from: &'static [Status],
    /// The status it leads to.
    pub to: Status,
    /// Who may do it.
    pub by: &'static [Actor],
}

const OPERATORS: &[Actor] = &[Actor::Operator, Actor::SeniorOperator];
const OPEN: &[Status] = &[
    Status::Registered,
    Status::InProgress,
    Status::AwaitingDocuments,
];

/// The transition table of SPEC §4.
pub const TRANSITIONS: &[Transition] = &[
    Transition {
        action: Action::Take,
        from: &[Status::Registered],
        to: Status::InProgress,
        by: OPERATORS,
    },
    Transition {
        action: Action::RequestDocuments,
        from: &[Status::Registered, Status::InProgress],
        to: Status::AwaitingDocuments,
        by: OPERATORS,
    },
    Transition {
        action: Action::CitizenReplied,
        from: &[Status::AwaitingDocuments],
        to: Status::InProgress,
        by: &[Actor::System],
    },
    Transition {
        action: Action::Resolve,
        from: &[Status::Registered, Status::InProgress],
        to: Status::Completed,
        by: OPERATORS,
    },
    Transition {
        action: Action::CitizenClose,
        from: OPEN,
        to: Status::Completed,
        by: &[Actor::Citizen],
    },
    Transition {
        action: Action::Reject,
        from: OPEN,
        to: Status::Rejected,
        by: OPERATORS,
    },
    Transition {
        action: Action::Reopen,
        from: &[Status::Completed],
        to: Status::InProgress,
        by: &[Actor::Citizen],
    },
    // A senior operator who upholds a citizen's dispute of an answer or a refusal.
    Transition {
        action: Action::Reopen,
        from: &[Status::Completed, Status::Rejected],
        to: Status::InProgress,
        by: &[Actor::SeniorOperator],
    },
];

/// The status `action` by `actor` leads to from `from`, or `None` when the table does not allow it.
pub fn next_status(from: Status, action: Action, actor: Actor) -> Option<Status> {
    TRANSITIONS
        .iter()
        .find(|t| t.action == action && t.from.contains(&from) && t.by.contains(&actor))
        .map(|t| t.to)
}

/// How long after completion a citizen may reopen a request.
pub const REOPEN_WINDOW: Duration = Duration::days(7);
/// How long after a resolution a citizen may escalate it when they dispute it.
pub const DISPUTE_ESCALATION_WINDOW: Duration = Duration::hours(48);

/// Whether a request completed at `completed_at` may still be reopened at `now`; after that the
/// citizen files a new request linked to it.
pub fn can_reopen(completed_at: OffsetDateTime, now: OffsetDateTime) -> bool {
    now >= completed_at && now - completed_at <= REOPEN_WINDOW
}

/// Whether the citizen may escalate: the deadline has passed on an open request whose clock
/// runs, or the request was resolved less than 48 hours ago.
pub fn can_escalate(
    status: Status,
    deadline: OffsetDateTime,
    resolved_at: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> bool {
    match status {
        Status::Completed | Status::Rejected => {
            resolved_at.is_some_and(|at| now >= at && now - at <= DISPUTE_ESCALATION_WINDOW)
        }
        // While documents are awaited the clock stands still: nothing is overdue then.
        _ => is_overdue(status, deadline, now),
    }
}

/// Whether a request escalated at `escalated_at` still waits for, or is with, a senior
/// operator: one escalation per grievance, so a resolution after it (`closed_at`) ends it and
/// only a dispute of that resolution escalates again.
pub fn escalation_pending(
    escalated_at: Option<OffsetDateTime>,
    closed_at: Option<OffsetDateTime>,
) -> bool {
    escalated_at.is_some_and(|at| closed_at.is_none_or(|closed| at >= closed))
}

/// What a citizen may do with one of their requests (SPEC §4), besides reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CitizenAction {
    /// Write in the thread, with files.
    Reply,
    /// «Завершить»: withdraw an open request or confirm it is done.
    Close,
    /// Reopen a completed request within [`REOPEN_WINDOW`].
    Reopen,
    /// Ask for a senior operator.
    Escalate,
    /// Rate the answer 1–5.
    Rate,
    /// File a new request linked to this one.
    FileLinked,
}

/// What [`citizen_actions`] weighs about a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Where it stands.
    pub status: Status,
    /// When it must be resolved (extensions and pauses included).
    pub due: OffsetDateTime,
    /// When it was last completed or refused, by anyone.
    pub closed_at: Option<OffsetDateTime>,
    /// Whether an operator (not the citizen) closed it: only their resolution can be disputed.
    pub closed_by_operator: bool,
    /// When the citizen last escalated it, if since it was last reopened.
    pub escalated_at: Option<OffsetDateTime>,
    /// Whether the citizen has rated it.
    pub rated: bool,
}

/// Every action the citizen may take on a request standing so at `now`, in the order offered.
pub fn citizen_actions(standing: &Standing, now: OffsetDateTime) -> Vec<CitizenAction> {
    let status = standing.status;
    let allowed = |action| next_status(status, action, Actor::Citizen).is_some();
    let reopenable =
        allowed(Action::Reopen) && standing.closed_at.is_some_and(|at| can_reopen(at, now));
    let disputable_since = standing.closed_at.filter(|_| standing.closed_by_operator);
    let escalated_already = escalation_pending(standing.escalated_at, standing.closed_at);
    let mut actions = Vec::new();
    if status.is_open() {
        actions.push(CitizenAction::Reply);
    }
    if allowed(Action::CitizenClose) {
        actions.push(CitizenAction::Close);
    }
    if reopenable {
        actions.push(CitizenAction::Reopen);
    }
    if !escalated_already && can_escalate(status, standing.due, disputable_since, now) {
        actions.push(CitizenAction::Escalate);
    }
    if !status.is_open() && !standing.rated {
        actions.push(CitizenAction::Rate);
    }
    if !status.is_open() && !reopenable {
        actions.push(CitizenAction::FileLinked);
    }
    actions
}

/// What an operator may do with a request of their queue (SPEC §4), besides reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperatorAction {
    /// Assign it to oneself; a registered request goes into work.
    Take,
    /// Write to the citizen in the thread.
    Reply,
    /// Ask for documents or information: the clock stops until the citizen answers.
    RequestDocuments,
    /// Answer and resolve.
    Resolve,
    /// Refuse, with the reason and what to fix.
    Reject,
    /// Move the deadline on once, with a reason.
    Extend,
    /// Pass it to a senior operator of the section.
    Escalate,
    /// Move it to another section's queue.
    Transfer,
    /// A senior operator upholds a dispute: the request goes back into work.
    Reopen,
    /// A senior operator turns a dispute down: the answer or refusal stands, and they say why.
    Uphold,
    /// Write an internal note, never shown to the citizen.
    Note,
}

impl OperatorAction {
    /// Every action, in the order offered.
    pub const ALL: [OperatorAction; 11] = [
        OperatorAction::Take,
        OperatorAction::Reply,
        OperatorAction::RequestDocuments,
        OperatorAction::Resolve,
        OperatorAction::Reject,
        OperatorAction::Extend,
        OperatorAction::Escalate,
        OperatorAction::Transfer,
        OperatorAction::Reopen,
        OperatorAction::Uphold,
        OperatorAction::Note,
    ];

    /// The action's code in the API's paths (`request_documents`).
    pub fn code(self) -> &'static str {
        match self {
            OperatorAction::Take => "take",
            OperatorAction::Reply => "reply",
            OperatorAction::RequestDocuments => "request_documents",
            OperatorAction::Resolve => "resolve",
            OperatorAction::Reject => "reject",
            OperatorAction::Extend => "extend",
            OperatorAction::Escalate => "escalate",
            OperatorAction::Transfer => "transfer",
            OperatorAction::Reopen => "reopen",
            OperatorAction::Uphold => "uphold",
            OperatorAction::Note => "note",
        }
    }

    /// The action a code names.
    pub fn from_code(code: &str) -> Option<OperatorAction> {
        OperatorAction::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The status change it makes through [`TRANSITIONS`], if any.
    pub fn transition(self) -> Option<Action> {
        match self {
            OperatorAction::Take => Some(Action::Take),
            OperatorAction::RequestDocuments => Some(Action::RequestDocuments),
            OperatorAction::Resolve => Some(Action::Resolve),
            OperatorAction::Reject => Some(Action::Reject),
            OperatorAction::Reopen => Some(Action::Reopen),
            _ => None,
        }
    }
}

/// What [`operator_actions`] weighs about a request and the operator looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handling {
    /// Where it stands.
    pub status: Status,
    /// Whether someone has taken it.
    pub assigned: bool,
    /// Whether the operator looking at it has.
    pub assigned_to_me: bool,
    /// Whether it waits for, or is with, a senior operator (escalated since it was last reopened).
    pub escalated: bool,
    /// Whether its deadline was extended already (once only).
    pub extended: bool,
    /// Whether the operator looking at it is a senior operator.
    pub senior: bool,
    /// Whether the citizen has an account: only then can they send documents on the portal.
    pub has_account: bool,
}

impl Handling {
    /// Who the operator looking at it acts as.
    pub fn actor(&self) -> Actor {
        if self.senior {
            Actor::SeniorOperator
        } else {
            Actor::Operator
        }
    }
}

/// Every action the operator may take on a request of their queue handled so, in the order
/// offered. One takes a request before working it; an escalated one only a senior operator
/// takes, and a disputed answer or refusal they put back into work or uphold.
pub fn operator_actions(handling: &Handling) -> Vec<OperatorAction> {
    let actor = handling.actor();
    let status = handling.status;
    let mut actions = Vec::new();
    let takeable = status.is_open() || (handling.escalated && handling.senior);
    if !handling.assigned && takeable && (!handling.escalated || handling.senior) {
        actions.push(OperatorAction::Take);
    }
    if handling.assigned_to_me {
        for action in OperatorAction::ALL {
            let allowed = match action {
                OperatorAction::Take | OperatorAction::Note => false,
                OperatorAction::Reply | OperatorAction::Transfer => status.is_open(),
                OperatorAction::Extend => status.is_open() && !handling.extended,
                OperatorAction::Escalate => {
                    status.is_open() && !handling.escalated && !handling.senior
                }
                OperatorAction::Reopen => {
                    handling.escalated && next_status(status, Action::Reopen, actor).is_some()
                }
                // The dispute of a closed request, turned down by the senior operator who took it.
                OperatorAction::Uphold => {
                    handling.escalated && handling.senior && !status.is_open()
                }
                // A person without an account has nowhere to send documents on the portal.
                OperatorAction::RequestDocuments => {
                    handling.has_account
                        && next_status(status, Action::RequestDocuments, actor).is_some()
                }
                other => other
                    .transition()
                    .is_some_and(|t| next_status(status, t, actor).is_some()),
            };
            if allowed {
                actions.push(action);
            }
        }
    }
    actions.push(OperatorAction::Note);
    actions
}

/// Whether a request standing so is overdue at `now`: open, its clock running, its deadline past.
pub fn is_overdue(status: Status, due: OffsetDateTime, now: OffsetDateTime) -> bool {
    status.clock_runs() && now > due
}
