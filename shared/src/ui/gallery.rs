//! Words of the component gallery: its own frame, the names of the components and of the states
//! the examples show.

use super::t;
use crate::lang::Text;

/// Title and heading of the gallery.
pub const TITLE: Text = t("Галерея компонентов", "Component gallery");
/// Lead paragraph of the gallery's index.
pub const LEAD: Text = t(
    "Все компоненты портала во всех состояниях. Код рядом с примером — тот самый, что его показывает.",
    "Every component of the portal in every state. The code next to an example is the code that renders it.",
);
/// Heading of an example's code.
pub const CODE: Text = t("Код примера", "Example code");
/// Link to an example's own page.
pub const OPEN_ALONE: Text = t("Открыть отдельно", "Open on its own");
/// Link back to the gallery's index.
pub const ALL_COMPONENTS: Text = t("Все компоненты", "All components");
/// Label of the view settings.
pub const VIEW: Text = t("Вид", "View");
/// Follow the device's colour scheme.
pub const THEME_DEVICE: Text = t("Как на устройстве", "As on the device");
/// Force the light scheme.
pub const THEME_LIGHT: Text = t("Светлая тема", "Light scheme");
/// Force the dark scheme.
pub const THEME_DARK: Text = t("Тёмная тема", "Dark scheme");
/// Show examples in a 320 px column.
pub const NARROW: Text = t("Узкий экран (320 пикселей)", "Narrow screen (320 pixels)");
/// Show examples at full width.
pub const WIDE: Text = t("Полная ширина", "Full width");
/// Heading of a component's manual accessibility checks.
pub const MANUAL_CHECKS: Text = t("Проверить вручную", "Check by hand");
/// Component not found.
pub const NOT_FOUND: Text = t("Такого компонента нет", "No such component");
/// Number of examples, before the count.
pub const EXAMPLES: Text = t("Примеры", "Examples");

/// The states examples show, named once for every component.
pub mod states {
    use super::{Text, t};
    /// Nothing entered yet.
    pub const EMPTY: Text = t("Пустое", "Empty");
    /// With an answer.
    pub const FILLED: Text = t("Заполненное", "Filled in");
    /// With a hint under the label.
    pub const WITH_HINT: Text = t("С подсказкой", "With a hint");
    /// Showing an error.
    pub const ERROR: Text = t("С ошибкой", "With an error");
    /// Not available.
    pub const DISABLED: Text = t("Недоступное", "Disabled");
    /// While its action runs.
    pub const BUSY: Text = t("Идёт действие", "Busy");
    /// With long text.
    pub const LONG_TEXT: Text = t("Длинный текст", "Long text");
    /// Optional field.
    pub const OPTIONAL: Text = t("Необязательное", "Optional");
    /// The default look.
    pub const DEFAULT: Text = t("Обычное", "Default");
}

/// The names of the components.
pub mod names {
    use super::{Text, t};
    /// Page layout.
    pub const LAYOUT: Text = t("Каркас страницы", "Page layout");
    /// Button.
    pub const BUTTON: Text = t("Кнопка", "Button");
    /// Hint.
    pub const HINT: Text = t("Подсказка", "Hint");
    /// Error message.
    pub const ERROR_MESSAGE: Text = t("Сообщение об ошибке", "Error message");
    /// Text input.
    pub const TEXT_INPUT: Text = t("Текстовое поле", "Text input");
    /// Textarea.
    pub const TEXTAREA: Text = t(
        "Многострочное поле со счётчиком",
        "Textarea with character count",
    );
    /// Select.
    pub const SELECT: Text = t("Выпадающий список", "Select");
    /// Fieldset.
    pub const FIELDSET: Text = t("Группа полей", "Fieldset");
    /// Error summary.
    pub const ERROR_SUMMARY: Text = t("Сводка ошибок", "Error summary");
    /// File upload.
    pub const FILE_UPLOAD: Text = t("Загрузка файлов", "File upload");
}

/// Titles of the examples particular to one component, grouped by component.
pub mod examples {
    /// Page layout.
    pub mod layout {
        use crate::lang::Text;
        use crate::ui::t;
        /// Nobody signed in.
        pub const SIGNED_OUT: Text = t("Вход не выполнен", "Signed out");
        /// Someone signed in.
        pub const SIGNED_IN: Text = t("Вход выполнен", "Signed in");
        /// A long name.
        pub const SIGNED_IN_LONG_NAME: Text =
            t("Вход выполнен, длинное имя", "Signed in, long name");
        /// The skip link.
        pub const SKIP_LINK: Text = t("Ссылка «Перейти к основному содержанию»", "Skip link");
        /// The footer.
        pub const FOOTER: Text = t("Подвал", "Footer");
    }

    /// Examples of the button.
    pub mod button {
        use crate::lang::Text;
        use crate::ui::t;
        /// Primary.
        pub const PRIMARY: Text = t("Главное действие", "Primary");
        /// Secondary.
        pub const SECONDARY: Text = t("Второстепенное действие", "Secondary");
        /// Warning.
        pub const WARNING: Text = t("Необратимое действие", "Warning");
        /// Link-style.
        pub const LINK_STYLE: Text = t("В виде ссылки", "Link style");
        /// Group.
        pub const GROUP: Text = t("Группа кнопок", "Button group");
        /// An irreversible action's words.
        pub const WITHDRAW: Text = t("Отозвать обращение", "Withdraw the request");
        /// Toggles the busy example.
        pub const TOGGLE_BUSY: Text = t("Переключить состояние", "Toggle the state");
        /// A long label.
        pub const LONG_LABEL: Text = t(
            "Отправить обращение и получить ответ на электронную почту, указанную в профиле",
            "Send the request and get the answer at the email address in your profile",
        );
    }

    /// Examples of the error summary.
    pub mod error_summary {
        use crate::lang::Text;
        use crate::ui::t;
        /// A form to submit.
        pub const FORM: Text = t("Форма: отправьте пустой", "A form: submit it empty");
    }

    /// Examples of the file upload.
    pub mod file_upload {
        use crate::lang::Text;
        use crate::ui::t;
        /// Files chosen.
        pub const CHOSEN: Text = t("Файлы выбраны", "Files chosen");
        /// Files uploading.
        pub const UPLOADING: Text = t("Идёт загрузка", "Uploading");
    }
}
