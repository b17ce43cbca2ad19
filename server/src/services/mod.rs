//! Work that is neither a route nor storage.

pub mod uploads;
