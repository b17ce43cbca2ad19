//! Words the design-system components say themselves: buttons of their own, counts,
//! announcements. Each component's texts are grouped under its name.

use super::t;
use crate::lang::{CHARACTERS, Lang, Message, Text};

/// Page layout: header, language switch, footer.
pub mod layout {
    use super::{Text, t};
    /// Label of the header's navigation landmark.
    pub const ACCOUNT_NAV: Text = t("Учётная запись", "Account");
    /// Sign-in link.
    pub const SIGN_IN: Text = t("Войти", "Sign in");
    /// Sign-out button.
    pub const SIGN_OUT: Text = t("Выйти", "Sign out");
    /// Before the signed-in person's name, visually hidden.
    pub const SIGNED_IN_AS: Text = t("Вы вошли как", "Signed in as");
    /// Label of the language switch's landmark.
    pub const LANGUAGE_NAV: Text = t("Язык", "Language");
    /// Label of the footer's link list.
    pub const FOOTER_NAV: Text = t("Ссылки подвала", "Footer links");
    /// Footer link to the component gallery, shown in development.
    pub const GALLERY_LINK: Text = t("Галерея компонентов", "Component gallery");
}

/// Buttons.
pub mod button {
    use super::{Text, t};
    /// Announced while a button's action runs.
    pub const BUSY: Text = t("Подождите", "Please wait");
}

/// The character count under a text area.
pub mod character_count {
    use super::{CHARACTERS, Lang, Message};

    /// «Осталось 12 символов» / «На 3 символа больше, чем можно».
    pub fn describe(remaining: i64) -> Message {
        let n = remaining.unsigned_abs();
        let count = CHARACTERS.count(n);
        if remaining >= 0 {
            // «Остался 1 символ», «Осталось 2 символа»: the verb agrees with the count.
            let verb = if CHARACTERS.ru.pick(n) == CHARACTERS.ru.one {
                "Остался"
            } else {
                "Осталось"
            };
            Message {
                ru: format!("{verb} {}", count.get(Lang::Ru)),
                en: format!("You have {} remaining", count.get(Lang::En)),
            }
        } else {
            Message {
                ru: format!("На {} больше, чем можно", count.get(Lang::Ru)),
                en: format!("You have {} too many", count.get(Lang::En)),
            }
        }
    }
}

/// File upload.
pub mod file_upload {
    use super::{Text, t};
    /// The drop zone's words next to the choose button.
    pub const DROP_HERE: Text = t("или перетащите файлы сюда", "or drop files here");
    /// Remove button; the file's name follows, visually hidden.
    pub const REMOVE: Text = t("Удалить", "Remove");
    /// Announced after a file is removed, before its name.
    pub const REMOVED: Text = t("Удалён файл", "Removed file");
    /// Label of a file's progress bar, before its name.
    pub const UPLOADING: Text = t("Загрузка", "Uploading");
    /// After a file finished uploading.
    pub const UPLOADED: Text = t("Загружен", "Uploaded");
    /// Label of the list of chosen files.
    pub const CHOSEN_FILES: Text = t("Выбранные файлы", "Chosen files");
}

#[cfg(test)]
mod tests {
    use super::character_count::describe;
    use crate::lang::Lang;

    #[test]
    fn the_count_speaks_real_russian() {
        assert_eq!(describe(1).get(Lang::Ru), "Остался 1 символ");
        assert_eq!(describe(21).get(Lang::Ru), "Остался 21 символ");
        assert_eq!(describe(2).get(Lang::Ru), "Осталось 2 символа");
        assert_eq!(describe(11).get(Lang::Ru), "Осталось 11 символов");
        assert_eq!(describe(0).get(Lang::Ru), "Осталось 0 символов");
        assert_eq!(describe(-3).get(Lang::Ru), "На 3 символа больше, чем можно");
        assert_eq!(describe(-1).get(Lang::En), "You have 1 character too many");
        assert_eq!(describe(5).get(Lang::En), "You have 5 characters remaining");
    }
}

/// Back link.
pub mod back_link {
    use super::{Text, t};
    /// Its words.
    pub const BACK: Text = t("Назад", "Back");
}

/// Notification banner.
pub mod notification_banner {
    use super::{Text, t};
    /// Title of an information banner.
    pub const IMPORTANT: Text = t("Важно", "Important");
    /// Title of a success banner.
    pub const SUCCESS: Text = t("Готово", "Success");
    /// Title of a warning banner.
    pub const PROBLEM: Text = t("Не получилось", "There is a problem");
}

/// Deadline badge.
pub mod deadline_badge {
    use super::{Text, t};
    /// Before the due date.
    pub const DUE: Text = t("Срок ответа", "Answer due");
}

/// Summary list.
pub mod summary_list {
    use super::{Message, Text, t};
    /// The change link; [`what_changes`] follows, visually hidden.
    pub const CHANGE: Text = t("Изменить", "Change");

    /// What a change link changes, for screen readers: «ответ «Тема»» (a bare «тема» after
    /// «Изменить» would be in the wrong case), «topic».
    pub fn what_changes(key: Text) -> Message {
        Message {
            ru: format!("ответ «{}»", key.ru),
            en: key.en.to_lowercase(),
        }
    }
}

/// Table.
pub mod table {
    use super::{Text, t};
    /// Label of the scrolling region around a wide table, before its caption.
    pub const SCROLLS: Text = t(
        "Таблица прокручивается по горизонтали:",
        "Table scrolls sideways:",
    );
}

/// Pagination.
pub mod pagination {
    use super::{Text, t};
    /// Label of the navigation landmark.
    pub const LABEL: Text = t("Страницы", "Pages");
    /// Previous page.
    pub const PREVIOUS: Text = t("Назад", "Previous");
    /// Next page.
    pub const NEXT: Text = t("Вперёд", "Next");
    /// Visually hidden before a page number.
    pub const PAGE: Text = t("Страница", "Page");
}

/// Password input.
pub mod password_input {
    use super::{Text, t};
    /// Shows the password.
    pub const SHOW: Text = t("Показать", "Show");
    /// Hides the password.
    pub const HIDE: Text = t("Скрыть", "Hide");
    /// Visually hidden after the show/hide button's word.
    pub const PASSWORD: Text = t("пароль", "password");
    /// Announced when shown.
    pub const SHOWN: Text = t("Пароль показан", "Your password is visible");
    /// Announced when hidden.
    pub const HIDDEN: Text = t("Пароль скрыт", "Your password is hidden");
}

/// Date input.
pub mod date_input {
    use super::{Text, t};
    /// Day box.
    pub const DAY: Text = t("День", "Day");
    /// Month box.
    pub const MONTH: Text = t("Месяц", "Month");
    /// Year box.
    pub const YEAR: Text = t("Год", "Year");
}
