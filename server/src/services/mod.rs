//! Work that is neither a route nor storage.

pub mod codes;
pub mod delivery;
pub mod passwords;
pub mod uploads;
