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
    /// Back link.
    pub const BACK_LINK: Text = t("Ссылка «Назад»", "Back link");
    /// Details.
    pub const DETAILS: Text = t("Раскрывающийся блок", "Details");
    /// Notification banner.
    pub const NOTIFICATION_BANNER: Text = t("Баннер уведомления", "Notification banner");
    /// Status tag.
    pub const STATUS_TAG: Text = t("Метка статуса", "Status tag");
    /// Deadline badge.
    pub const DEADLINE_BADGE: Text = t("Срок ответа", "Deadline badge");
    /// Summary list.
    pub const SUMMARY_LIST: Text = t("Список ответов", "Summary list");
    /// Spinner and skeleton.
    pub const SPINNER: Text = t("Загрузка и заглушка", "Spinner and skeleton");
    /// Timeline.
    pub const TIMELINE: Text = t("Журнал обращения", "Timeline");
    /// Chat bubble.
    pub const CHAT_BUBBLE: Text = t("Сообщение чата", "Chat bubble");
    /// Radios.
    pub const RADIOS: Text = t("Переключатели", "Radios");
    /// Checkboxes.
    pub const CHECKBOXES: Text = t("Флажки", "Checkboxes");
    /// Date input.
    pub const DATE_INPUT: Text = t("Поле даты", "Date input");
    /// Phone input.
    pub const PHONE_INPUT: Text = t("Номер телефона", "Phone input");
    /// Identifier inputs.
    pub const IDENTIFIER_INPUT: Text = t("СНИЛС, ИНН, паспорт", "SNILS, INN, passport");
    /// Password input.
    pub const PASSWORD_INPUT: Text = t("Пароль", "Password input");
    /// One-time code.
    pub const ONE_TIME_CODE: Text = t("Код подтверждения", "One-time code");
    /// Pagination.
    pub const PAGINATION: Text = t("Постраничная навигация", "Pagination");
    /// Search box with suggestions.
    pub const SEARCH_BOX: Text = t("Поиск с подсказками", "Search with suggestions");
    /// Table.
    pub const TABLE: Text = t("Таблица", "Table");
    /// Bar chart.
    pub const BAR_CHART: Text = t("Столбчатая диаграмма", "Bar chart");
    /// Tabs.
    pub const TABS: Text = t("Вкладки", "Tabs");
    /// Modal dialog.
    pub const MODAL: Text = t("Диалоговое окно", "Modal dialog");
    /// Toast.
    pub const TOAST: Text = t("Всплывающее уведомление", "Toast");
    /// Confirmation panel.
    pub const PANEL: Text = t("Панель подтверждения", "Confirmation panel");
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
        /// Signed in, with unread notifications under the bell.
        pub const SIGNED_IN_UNREAD: Text = t(
            "Вход выполнен, есть непрочитанные уведомления",
            "Signed in, unread notifications",
        );
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

    /// Examples of the details.
    pub mod details {
        use crate::lang::Text;
        use crate::ui::t;
        /// Open.
        pub const OPEN: Text = t("Открытый", "Open");
        /// The summary.
        pub const SUMMARY: Text = t(
            "Что делать, если код не пришёл",
            "What to do if the code does not arrive",
        );
        /// The text.
        pub const TEXT: Text = t(
            "Подождите минуту и запросите код ещё раз. Если код не приходит, проверьте номер телефона в профиле.",
            "Wait a minute and ask for the code again. If it still does not arrive, check the phone number in your profile.",
        );
    }

    /// Examples of the notification banner.
    pub mod notification_banner {
        use crate::lang::Text;
        use crate::ui::t;
        /// Information.
        pub const INFORMATION: Text = t("Информация", "Information");
        /// Success.
        pub const SUCCESS_TITLE: Text = t("Успех", "Success");
        /// Warning.
        pub const WARNING: Text = t("Сбой", "Fault");
        /// Information heading.
        pub const INFO_HEADING: Text = t(
            "Срок ответа продлён до 10 рабочих дней",
            "The answer is due in 10 business days",
        );
        /// Information text.
        pub const INFO_TEXT: Text = t(
            "Мы запросили сведения в ведомстве. Как только они придут, оператор ответит вам.",
            "We asked the agency for information. The operator will answer as soon as it arrives.",
        );
        /// Success heading.
        pub const SUCCESS_HEADING: Text = t("Обращение отправлено", "Your request was sent");
        /// Success text.
        pub const SUCCESS_TEXT: Text = t(
            "Номер обращения — ОБР-2026-000017. Ответ придёт на электронную почту.",
            "The request number is ОБР-2026-000017. The answer will come by email.",
        );
        /// A long heading.
        pub const LONG_HEADING: Text = t(
            "Плановые работы: с 02:00 до 06:00 по московскому времени часть услуг портала может быть недоступна",
            "Planned maintenance: from 02:00 to 06:00 Moscow time some services of the portal may be unavailable",
        );
    }

    /// Examples of the status tag.
    pub mod status_tag {
        use crate::lang::Text;
        use crate::ui::t;
        /// Every status.
        pub const EVERY_STATUS: Text = t("Все статусы", "Every status");
    }

    /// Examples of the deadline badge.
    pub mod deadline_badge {
        use crate::lang::Text;
        use crate::ui::t;
        /// On time.
        pub const ON_TIME: Text = t("Время есть", "On time");
        /// Due today.
        pub const DUE_TODAY: Text = t("Срок сегодня", "Due today");
        /// Overdue.
        pub const OVERDUE: Text = t("Просрочено", "Overdue");
    }

    /// Examples of the summary list.
    pub mod summary_list {
        use crate::lang::Text;
        use crate::ui::t;
        /// Check answers.
        pub const CHECK_ANSWERS: Text = t("Проверка ответов", "Check answers");
        /// Read only.
        pub const READ_ONLY: Text = t("Без изменения", "Read only");
    }

    /// Examples of the spinner.
    pub mod spinner {
        use crate::lang::Text;
        use crate::ui::t;
        /// Spinner.
        pub const SPINNER: Text = t("Индикатор загрузки", "Spinner");
        /// Large spinner.
        pub const LARGE_SPINNER: Text = t("Крупный индикатор", "Large spinner");
        /// Skeleton.
        pub const SKELETON: Text = t("Заглушка содержимого", "Skeleton");
        /// Spinner sizes side by side.
        pub const SIZES: Text = t("Размеры", "Sizes");
        /// Spinner with visible words.
        pub const WITH_LABEL: Text = t("С подписью", "With words");
        /// The visible words of a spinner.
        pub const LOADING_REQUESTS: Text = t("Загружаем обращения…", "Loading your requests…");
        /// Toggles loading in the busy example.
        pub const TOGGLE_LOADING: Text = t("Загрузить ещё раз", "Load again");
    }

    /// Examples of the timeline.
    pub mod timeline {
        use crate::lang::Text;
        use crate::ui::t;
        /// Newest first.
        pub const NEWEST_FIRST: Text = t("Сначала новые", "Newest first");
        /// Oldest first.
        pub const OLDEST_FIRST: Text = t("Сначала старые", "Oldest first");
    }

    /// Examples of the chat bubble.
    pub mod chat_bubble {
        use crate::lang::Text;
        use crate::ui::t;
        /// Conversation.
        pub const CONVERSATION: Text = t("Переписка", "Conversation");
        /// Failed message.
        pub const FAILED_MESSAGE: Text = t("Сообщение не отправлено", "Message not sent");
        /// Own messages in every delivery state.
        pub const DELIVERY: Text = t("Доставка сообщений", "Delivery states");
    }

    /// Examples of radios.
    pub mod radios {
        use crate::lang::Text;
        use crate::ui::t;
        /// Side by side.
        pub const INLINE: Text = t("В строку", "Inline");
        /// The question.
        pub const QUESTION: Text = t("Как получить ответ", "How do you want the answer");
        /// Its hint.
        pub const QUESTION_HINT: Text = t("Выберите один вариант.", "Select one option.");
        /// By email.
        pub const BY_EMAIL: Text = t("На электронную почту", "By email");
        /// By email, hint.
        pub const BY_EMAIL_HINT: Text = t("На адрес из профиля", "To the address in your profile");
        /// In the account.
        pub const IN_ACCOUNT: Text = t("В личном кабинете", "In your account");
        /// In the account, hint.
        pub const IN_ACCOUNT_HINT: Text = t("Придёт уведомление", "You will get a notification");
        /// By post.
        pub const BY_POST: Text = t("Почтой России", "By post");
        /// Solved?
        pub const SOLVED: Text = t("Вопрос решён?", "Is your question solved?");
        /// Yes.
        pub const YES: Text = t("Да", "Yes");
        /// No.
        pub const NO: Text = t("Нет", "No");
    }

    /// Examples of checkboxes.
    pub mod checkboxes {
        use crate::lang::Text;
        use crate::ui::t;
        /// Consent.
        pub const CONSENT: Text = t("Согласие", "Consent");
        /// The question.
        pub const NOTIFY_QUESTION: Text = t(
            "Как сообщать о новых ответах",
            "How to tell you about new answers",
        );
        /// Its hint.
        pub const NOTIFY_HINT: Text = t(
            "Выберите все подходящие варианты.",
            "Select all that apply.",
        );
        /// By email.
        pub const BY_EMAIL: Text = t("Письмом", "By email");
        /// By text message.
        pub const BY_SMS: Text = t("СМС", "Text message");
        /// Its hint.
        pub const BY_SMS_HINT: Text = t("На номер из профиля", "To the number in your profile");
        /// Push.
        pub const BY_PUSH: Text = t("Уведомлением в приложении", "App notification");
        /// The consent's words.
        pub const CONSENT_TEXT: Text = t(
            "Я согласен на обработку персональных данных для ответа на обращение",
            "I agree to my personal data being processed to answer the request",
        );
    }

    /// Examples of the date input.
    pub mod date_input {
        use crate::lang::Text;
        use crate::ui::t;
        /// The question.
        pub const BIRTH_DATE: Text = t("Дата рождения", "Date of birth");
        /// Its hint.
        pub const BIRTH_DATE_HINT: Text = t("Например, 27 3 1987", "For example, 27 3 1987");
    }

    /// Examples of the identifier inputs.
    pub mod identifier_input {
        use crate::lang::Text;
        use crate::ui::t;
        /// Spaced.
        pub const SPACED: Text = t("С пробелами и дефисами", "With spaces and dashes");
        /// Check digits.
        pub const CHECK_DIGITS: Text = t("Ошибка в контрольном числе", "Wrong check digits");
        /// Format.
        pub const FORMAT: Text = t("Не та длина", "Wrong length");
        /// Passport.
        pub const PASSPORT: Text = t("Паспорт, необязательное", "Passport, optional");
    }

    /// Examples of the password input.
    pub mod password_input {
        use crate::lang::Text;
        use crate::ui::t;
        /// New password.
        pub const NEW_PASSWORD: Text = t("Новый пароль", "New password");
        /// The label.
        pub const PASSWORD: Text = t("Пароль", "Password");
        /// The new password's label.
        pub const NEW_PASSWORD_LABEL: Text = t("Придумайте пароль", "Create a password");
        /// Its hint.
        pub const NEW_PASSWORD_HINT: Text = t(
            "Не меньше 8 символов: буквы и цифры",
            "At least 8 characters: letters and digits",
        );
    }

    /// Examples of the one-time code.
    pub mod one_time_code {
        use crate::lang::Text;
        use crate::ui::t;
        /// The label.
        pub const CODE: Text = t("Код из СМС", "Code from the text message");
        /// Its hint.
        pub const CODE_HINT: Text = t(
            "Код отправлен на +7 912 ***-**-89",
            "The code was sent to +7 912 ***-**-89",
        );
    }

    /// Examples of the search box.
    pub mod search_box {
        use crate::lang::Text;
        use crate::ui::t;
        /// Empty.
        pub const SUGGESTING: Text = t(
            "Подсказки со второй буквы",
            "Suggestions from the second letter",
        );
        /// Typed.
        pub const TYPED: Text = t("Уже введён запрос", "With words typed");
    }

    /// Examples of pagination.
    pub mod pagination {
        use crate::lang::Text;
        use crate::ui::t;
        /// First page.
        pub const FIRST: Text = t("Первая страница", "First page");
        /// Middle.
        pub const MIDDLE: Text = t("Середина длинного списка", "Middle of a long list");
        /// Last page.
        pub const LAST: Text = t("Последняя страница", "Last page");
    }

    /// Examples of the table.
    pub mod table {
        use crate::lang::Text;
        use crate::ui::t;
        /// Sortable.
        pub const SORTABLE: Text = t("С сортировкой", "Sortable");
        /// Caption.
        pub const CAPTION: Text = t("Мои обращения", "My requests");
        /// Number column.
        pub const NUMBER: Text = t("Номер", "Number");
        /// Topic column.
        pub const TOPIC: Text = t("Тема", "Topic");
        /// Status column.
        pub const STATUS: Text = t("Статус", "Status");
        /// Days column.
        pub const DAYS: Text = t("Дней до ответа", "Days to answer");
        /// Empty state.
        pub const EMPTY_TEXT: Text = t(
            "Обращений пока нет. Когда вы напишете в поддержку, обращение появится здесь.",
            "No requests yet. When you write to support, your request will appear here.",
        );
    }

    /// Examples of tabs.
    pub mod tabs {
        use crate::lang::Text;
        use crate::ui::t;
        /// Requests by state.
        pub const REQUESTS: Text = t("Обращения по состоянию", "Requests by state");
        /// The tablist's label.
        pub const LABEL: Text = t("Обращения", "Requests");
        /// Open.
        pub const OPEN: Text = t("Открытые", "Open");
        /// Answered.
        pub const ANSWERED: Text = t("С ответом", "Answered");
        /// Closed.
        pub const CLOSED: Text = t("Закрытые", "Closed");
        /// Open panel.
        pub const OPEN_TEXT: Text = t(
            "2 обращения ждут ответа.",
            "2 requests are waiting for an answer.",
        );
        /// Answered panel.
        pub const ANSWERED_TEXT: Text = t(
            "1 обращение ждёт вашей оценки.",
            "1 request is waiting for your rating.",
        );
        /// Closed panel.
        pub const CLOSED_TEXT: Text = t("Закрытых обращений нет.", "No closed requests.");
    }

    /// Examples of the modal dialog.
    pub mod modal {
        use crate::lang::Text;
        use crate::ui::t;
        /// Confirm.
        pub const CONFIRM: Text = t("Подтверждение", "Confirmation");
        /// The action.
        pub const WITHDRAW: Text = t("Отозвать обращение", "Withdraw the request");
        /// Keep it.
        pub const KEEP: Text = t("Не отзывать", "Keep the request");
        /// The question.
        pub const QUESTION: Text = t("Отозвать обращение?", "Withdraw the request?");
        /// What happens.
        pub const EXPLANATION: Text = t(
            "Оператор перестанет работать с обращением. Вернуть его будет нельзя — только написать новое.",
            "The operator will stop working on it. You will not be able to bring it back, only write a new one.",
        );
        /// Long content.
        pub const RULES: Text = t("Как мы работаем с обращениями", "How we handle requests");
    }

    /// Examples of toasts.
    pub mod toast {
        use crate::lang::Text;
        use crate::ui::t;
        /// Saved.
        pub const SAVED: Text = t("Черновик сохранён", "Draft saved");
        /// The button.
        pub const SAVE: Text = t("Сохранить черновик", "Save the draft");
        /// The toast's words.
        pub const DRAFT_SAVED: Text = t("Черновик сохранён", "Draft saved");
        /// Several toasts at once.
        pub const STACKED: Text = t("Несколько уведомлений", "Several toasts");
        /// A second toast's words.
        pub const FILE_ADDED: Text = t("Файл добавлен к обращению", "File added to the request");
        /// Shows several toasts.
        pub const SHOW_SEVERAL: Text = t("Показать три уведомления", "Show three toasts");
        /// A long toast.
        pub const LONG_TOAST: Text = t(
            "Черновик обращения «Не приходит код подтверждения на телефон при входе в личный кабинет» сохранён на этом устройстве",
            "The draft of your request «The confirmation code does not arrive on my phone when I sign in» is saved on this device",
        );
    }
}
