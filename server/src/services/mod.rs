//! Work that is neither a route nor storage.

pub mod accounts;
pub mod chats;
pub mod codes;
pub mod delivery;
pub mod knowledge;
pub mod limits;
pub mod live;
pub mod mail;
pub mod markdown;
pub mod passwords;
pub mod search;
pub mod sessions;
pub mod staff;
pub mod statistics;
pub mod totp;
pub mod uploads;
