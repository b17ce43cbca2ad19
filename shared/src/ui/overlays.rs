//! Words of the components that show things over or beside the page, or while it waits: the
//! modal dialog, toasts, the spinner and skeleton, a request's timeline and the operator chat.
//! Each component's texts are grouped under its name.

use super::t;
use crate::lang::Text;

/// Modal dialog.
pub mod modal {
    use super::{Text, t};
    /// Close button.
    pub const CLOSE: Text = t("Закрыть", "Close");
}

/// Toast.
pub mod toast {
    use super::{Text, t};
    /// Close button of a toast.
    pub const CLOSE: Text = t("Закрыть уведомление", "Close the notification");
}

/// Spinner and skeleton.
pub mod spinner {
    use super::{Text, t};
    /// What the spinner says.
    pub const LOADING: Text = t("Загрузка…", "Loading…");
}

/// Timeline (a request's journal).
pub mod timeline {
    use super::{Text, t};
    /// Between the old and the new status, visually hidden around the arrow.
    pub const STATUS_CHANGED: Text = t("Статус изменён:", "Status changed:");
    /// Before the new status.
    pub const TO: Text = t("на", "to");
    /// A journal with no events yet.
    pub const EMPTY: Text = t("Событий пока нет.", "Nothing has happened yet.");
}

/// Chat bubble.
pub mod chat_bubble {
    use super::{Text, t};
    /// The citizen's own messages.
    pub const YOU: Text = t("Вы", "You");
    /// Sent, not yet delivered.
    pub const SENT: Text = t("Отправлено", "Sent");
    /// Delivered to the operator.
    pub const DELIVERED: Text = t("Доставлено", "Delivered");
    /// Read by the operator.
    pub const READ: Text = t("Прочитано", "Read");
    /// Failed to send.
    pub const FAILED: Text = t("Не отправлено", "Not sent");
    /// Retry button.
    pub const RETRY: Text = t("Отправить ещё раз", "Send again");
    /// Label of the conversation's log region.
    pub const LOG: Text = t("Переписка с оператором", "Conversation with the operator");
    /// A conversation with no messages yet.
    pub const EMPTY: Text = t(
        "Сообщений пока нет. Напишите оператору — он ответит здесь.",
        "No messages yet. Write to the operator: the answer will appear here.",
    );
}
