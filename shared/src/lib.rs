//! The rules of the citizen support portal, written once and run both in the browser (wasm32)
//! and on the server: forms and their validation, identifiers, attachments, the category tree,
//! request statuses and transitions, deadlines over the production calendar, API types and the
//! message catalogue.

pub mod accounts;
pub mod api;
pub mod articles;
pub mod attachments;
pub mod calendar;
pub mod callbacks;
pub mod categories;
pub mod chat;
pub mod clean;
pub mod codes;
pub mod console;
pub mod contacts;
pub mod dates;
pub mod deadlines;
pub mod forms;
pub mod identifiers;
pub mod identity;
pub mod lang;
pub mod messages;
pub mod notices;
pub mod notifications;
pub mod numbers;
pub mod pages;
pub mod person;
pub mod requests;
pub mod statistics;
pub mod status;
pub mod text;
pub mod ui;
