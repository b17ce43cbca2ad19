//! The contact centre's pages.

mod accounts;
mod identity;

pub use accounts::StaffAccountsPage;
pub use identity::{IdentityCasePage, IdentityQueuePage};
