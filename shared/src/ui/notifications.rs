//! Words of the notifications: the bell in the header, the feed, «Настройки → Уведомления» and
//! what an operator sees of the notifications a requester was sent.

use super::t;
use crate::lang::{Counted, EnPlural, Message, RuPlural, Text};

/// The bell in the header of every signed-in page.
pub mod bell {
    use super::*;

    /// The link's words.
    pub const NAME: Text = t("Уведомления", "Notifications");

    /// Unread notifications: «1 непрочитанное», «3 непрочитанных».
    const UNREAD: Counted = Counted {
        ru: RuPlural {
            one: "непрочитанное",
            few: "непрочитанных",
            many: "непрочитанных",
        },
        en: EnPlural {
            one: "unread",
            other: "unread",
        },
    };

    /// What follows the link's name for a screen reader: «3 непрочитанных».
    pub fn unread(count: u32) -> Message {
        UNREAD.count(u64::from(count))
    }
}

/// The feed: `/notifications`.
pub mod feed {
    use super::*;

    /// Title and heading.
    pub const TITLE: Text = t("Уведомления", "Notifications");
    /// Link to the settings.
    pub const SETTINGS_LINK: Text = t("Настройки уведомлений", "Notification settings");
    /// The filter's disclosure.
    pub const FILTER: Text = t("Отбор", "Filter");
    /// The group of the two checkboxes.
    pub const ONLY: Text = t("Показать только", "Show only");
    /// Only unread ones.
    pub const ONLY_UNREAD: Text = t("Непрочитанные", "Unread");
    /// Only the last seven days' ones.
    pub const ONLY_WEEK: Text = t("За последние 7 дней", "From the last 7 days");
    /// The kind filter.
    pub const KIND: Text = t("Тип уведомления", "Type of notification");
    /// Any kind.
    pub const ANY_KIND: Text = t("Все типы", "All types");
    /// Apply the filter.
    pub const APPLY: Text = t("Показать", "Show");
    /// Clear the filter.
    pub const CLEAR: Text = t("Сбросить отбор", "Clear the filter");
    /// Before the number of unread ones in the whole feed.
    pub const UNREAD_COUNT: Text = t("Непрочитанных:", "Unread:");
    /// Before the number of those shown.
    pub const SHOWN_COUNT: Text = t("Показано:", "Shown:");
    /// The visible mark of an unread one.
    pub const NEW: Text = t("Новое", "New");
    /// Mark all read.
    pub const READ_ALL: Text = t("Отметить все прочитанными", "Mark all as read");
    /// Mark one read.
    pub const READ: Text = t("Отметить прочитанным", "Mark as read");
    /// Delete one.
    pub const DELETE: Text = t("Удалить", "Delete");
    /// The link to the request a notification is about, before its number.
    pub const OPEN_REQUEST: Text = t("Открыть обращение", "Open request");
    /// The link of a call-back's notification to the call-backs' page.
    pub const OPEN_CALLBACKS: Text = crate::notices::OPEN_CALLBACKS;
    /// Visually hidden after a button's words: which notification, before its title.
    pub const ABOUT: Text = t("уведомление", "notification");
    /// No notification at all.
    pub const EMPTY: Text = t(
        "Уведомлений пока нет. Здесь появятся сообщения о ваших обращениях и о входе в учётную запись.",
        "No notifications yet. Messages about your requests and about sign-ins to your account will appear here.",
    );
    /// None passes the filter.
    pub const NONE_FOUND: Text = t(
        "Нет уведомлений, подходящих под отбор.",
        "No notifications match the filter.",
    );
    /// Banner after deleting one.
    pub const DELETED: Text = t("Уведомление удалено", "The notification has been deleted");
    /// Banner after marking all read.
    pub const ALL_READ: Text = t(
        "Все уведомления отмечены прочитанными",
        "All notifications are marked as read",
    );
    /// Banner heading when an action failed.
    pub const NOT_DONE: Text = t("Не получилось", "That did not work");
}

/// «Настройки → Уведомления»: `/account/notifications`.
pub mod settings {
    use super::*;

    /// Title and heading.
    pub const TITLE: Text = t("Настройки уведомлений", "Notification settings");
    /// Under the heading.
    pub const LEAD: Text = t(
        "Выберите, о чём вам сообщать и как.",
        "Choose what we tell you about, and how.",
    );
    /// The table's caption.
    pub const CAPTION: Text = t("Что и как вам сообщать", "What to tell you, and how");
    /// The first column's heading.
    pub const KIND: Text = t("Уведомление", "Notification");
    /// Without a confirmed phone.
    pub const NO_PHONE: Text = t(
        "СМС приходят только на подтверждённый телефон — укажите его в разделе",
        "Text messages go only to a confirmed phone number — add one in",
    );
    /// The link to the profile after [`NO_PHONE`].
    pub const PROFILE_LINK: Text = t("«Мои данные»", "«My details»");
    /// Why some boxes cannot be unticked.
    pub const SECURITY_HINT: Text = t(
        "О входе в учётную запись и о смене пароля мы всегда сообщаем на портале: эти уведомления отключить нельзя.",
        "We always tell you on the portal about sign-ins and password changes: these cannot be turned off.",
    );
    /// Visually hidden after the name of a box that cannot change.
    pub const ALWAYS: Text = t("(всегда)", "(always)");
    /// Visually hidden after the name of a text-message box without a phone.
    pub const NEEDS_PHONE: Text = t(
        "(нужен подтверждённый телефон)",
        "(needs a confirmed phone)",
    );
    /// Save.
    pub const SAVE: Text = t("Сохранить", "Save");
    /// Save, while saving.
    pub const SAVING: Text = t("Сохраняем…", "Saving…");
    /// Banner after saving.
    pub const SAVED: Text = t("Настройки сохранены", "Your settings have been saved");
    /// The link to the feed.
    pub const FEED_LINK: Text = t("Все уведомления", "All notifications");
    /// «Личный кабинет»: under the link to the settings.
    pub const LINK_TEXT: Text = t(
        "О чём сообщать: на портале, по электронной почте или СМС.",
        "What to tell you about: on the portal, by email or by text message.",
    );
}

/// What an operator sees on a request's page: the notifications its requester was sent.
pub mod operator {
    use super::*;

    /// The section's heading and the table's caption.
    pub const TITLE: Text = t("Уведомления заявителю", "Notifications to the requester");
    /// Column: when.
    pub const WHEN: Text = t("Когда", "When");
    /// Column: what about.
    pub const KIND: Text = t("О чём", "About");
    /// Column: which way.
    pub const CHANNEL: Text = t("Способ", "Channel");
    /// Column: to whom.
    pub const RECIPIENT: Text = t("Кому", "To");
    /// Column: where it stands.
    pub const STATE: Text = t("Состояние", "State");
    /// Column: tries so far.
    pub const ATTEMPTS: Text = t("Попыток", "Attempts");
    /// Column: read in the feed.
    pub const READ: Text = t("Прочитано", "Read");
    /// Read.
    pub const YES: Text = t("да", "yes");
    /// Not read.
    pub const NO: Text = t("нет", "no");
    /// No notification yet.
    pub const EMPTY: Text = t(
        "Заявителю ещё не отправляли уведомлений об этом обращении.",
        "The requester has not been sent any notification about this request yet.",
    );
}

#[cfg(test)]
mod tests {
    use super::bell::unread;
    use crate::lang::Lang;

    #[test]
    fn the_unread_count_is_a_russian_plural() {
        assert_eq!(unread(1).get(Lang::Ru), "1 непрочитанное");
        assert_eq!(unread(3).get(Lang::Ru), "3 непрочитанных");
        assert_eq!(unread(11).get(Lang::Ru), "11 непрочитанных");
        assert_eq!(unread(21).get(Lang::Ru), "21 непрочитанное");
        assert_eq!(unread(2).get(Lang::En), "2 unread");
    }
}
