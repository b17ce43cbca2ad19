//! The contact centre's pages.

mod accounts;
mod canned;
mod identity;
mod sections;

pub use accounts::StaffAccountsPage;
pub use canned::CannedRepliesPage;
pub use identity::{IdentityCasePage, IdentityQueuePage};
pub use sections::StaffSectionsPage;
