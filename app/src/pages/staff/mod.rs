//! The contact centre's pages.

mod accounts;

pub use accounts::StaffAccountsPage;
