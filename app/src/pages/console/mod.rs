//! The operator console: the queues, one request, the operator's actions, calls and letters
//! registered as requests, and the statistics.

mod action;
mod callbacks;
mod queue;
mod register;
mod request;
mod statistics;

pub use action::{ConsoleDecisionPage, ConsoleWritePage};
pub use callbacks::ConsoleCallbacksPage;
pub use queue::QueuePage;
pub use register::{CallRegisteredPage, RegisterCallPage};
pub use request::ConsoleRequestPage;
pub use statistics::StatisticsPage;
