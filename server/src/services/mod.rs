//! Work that is neither a route nor storage.

pub mod delivery;
pub mod uploads;
