//! The contact centre's pages.

mod accounts;
mod articles;
mod canned;
mod identity;
mod sections;

pub use accounts::StaffAccountsPage;
pub use articles::{ArticleEditPage, ArticlesAdminPage};
pub use canned::CannedRepliesPage;
pub use identity::{IdentityCasePage, IdentityQueuePage};
pub use sections::StaffSectionsPage;
