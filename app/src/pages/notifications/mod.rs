//! The notifications (SPEC §5): the feed under the bell and «Настройки → Уведомления», one bundle.

mod feed;
mod settings;

pub use feed::FeedPage;
pub use settings::SettingsPage;
