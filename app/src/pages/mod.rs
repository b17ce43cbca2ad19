//! The pages of the portal.

pub mod account;
pub mod callbacks;
mod chunk_failed;
pub mod console;
mod feedback;
mod home;
pub mod knowledge;
mod not_found;
pub mod notifications;
mod refused;
pub mod requests;
pub mod staff;

pub use chunk_failed::ChunkFailedPage;
pub use feedback::{FeedbackPage, FeedbackSentPage};
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use refused::RefusedPage;
