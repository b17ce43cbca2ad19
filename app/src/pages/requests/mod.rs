//! The citizen's requests: «Новое обращение» in steps (topic, details, files, check,
//! confirmation), «Мои обращения», one request, a reply, a rating and an escalation. Each step
//! or page is its own bundle, within the size budget.

mod detail;
mod details;
mod draft;
mod feedback;
mod list;
mod reply;
mod send;
mod topic;

pub use detail::RequestPage;
pub(crate) use detail::{due_view, timeline_of};
pub use details::DetailsPage;
pub use feedback::{EscalatePage, RatePage};
pub use list::MyRequestsPage;
pub use reply::ReplyPage;
pub use send::{CheckPage, FilesPage, SentPage};
pub use topic::TopicPage;
