//! Components of the portal's pages. Each lives in its own folder with its styles.

pub mod error_summary;
pub mod field;
pub mod file_upload;
