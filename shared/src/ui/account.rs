//! Words of the account pages: registration, sign-in, recovery, «Личный кабинет», «Безопасность»
//! and the idle-session warning.

use super::t;
use crate::lang::Text;

/// Registration.
pub mod register {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Регистрация", "Create an account");
    /// Under the title.
    pub const LEAD: Text = t(
        "Учётная запись нужна, чтобы отправлять обращения и следить за ответами. Мы пришлём код по SMS и код на почту.",
        "You need an account to send requests and follow the answers. We will send one code by text message and one by email.",
    );
    /// Phone label.
    pub const PHONE: Text = t("Мобильный телефон", "Mobile phone number");
    /// Phone hint.
    pub const PHONE_HINT: Text = t(
        "На него придёт код по SMS, например +7 912 345-67-89",
        "We will text a code to it, like +7 912 345 67 89",
    );
    /// E-mail label.
    pub const EMAIL: Text = t("Электронная почта", "Email address");
    /// Password label.
    pub const PASSWORD: Text = t("Пароль", "Password");
    /// Password hint: the published rule of `shared::person::password`.
    pub const PASSWORD_HINT: Text = t(
        "Не короче 8 символов: заглавные и строчные буквы, цифры и знаки, например ! или -",
        "At least 8 characters: upper and lower case letters, digits and symbols like ! or -",
    );
    /// Repeat label.
    pub const PASSWORD_REPEAT: Text = t("Пароль ещё раз", "Password again");
    /// Consent.
    pub const CONSENT: Text = t(
        "Я согласен на обработку персональных данных",
        "I agree to the processing of my personal data",
    );
    /// Submit.
    pub const SUBMIT: Text = t("Продолжить", "Continue");
    /// Step 2 title.
    pub const CONFIRM_TITLE: Text = t(
        "Подтвердите телефон и почту",
        "Confirm your phone and email",
    );
    /// Step 2 lead.
    pub const CONFIRM_LEAD: Text = t(
        "Мы отправили код по SMS и код на почту. Коды действуют 10 минут.",
        "We sent one code by text message and one by email. The codes work for 10 minutes.",
    );
    /// SMS code label.
    pub const PHONE_CODE: Text = t("Код из SMS", "Code from the text message");
    /// E-mail code label.
    pub const EMAIL_CODE: Text = t("Код из письма", "Code from the email");
    /// Code hint.
    pub const CODE_HINT: Text = t("6 цифр", "6 digits");
    /// Resend by SMS.
    pub const RESEND_PHONE: Text = t("Отправить код по SMS ещё раз", "Text me a new code");
    /// Resend by e-mail.
    pub const RESEND_EMAIL: Text = t("Отправить код на почту ещё раз", "Email me a new code");
    /// After a resend.
    pub const RESENT: Text = t("Новый код отправлен", "A new code has been sent");
    /// Confirm.
    pub const CONFIRM: Text = t("Подтвердить", "Confirm");
    /// Link to sign in instead.
    pub const HAVE_ACCOUNT: Text = t(
        "Уже есть учётная запись? Войти",
        "Already have an account? Sign in",
    );
}

/// Sign-in.
pub mod sign_in {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Вход", "Sign in");
    /// Login label.
    pub const LOGIN: Text = t(
        "Почта, телефон или ИНН",
        "Email address, phone number or INN",
    );
    /// Password label.
    pub const PASSWORD: Text = t("Пароль", "Password");
    /// Remember me.
    pub const REMEMBER: Text = t(
        "Запомнить меня на 30 дней на этом устройстве",
        "Remember me on this device for 30 days",
    );
    /// Submit.
    pub const SUBMIT: Text = t("Войти", "Sign in");
    /// Link to recovery.
    pub const FORGOT: Text = t("Забыли пароль?", "Forgot your password?");
    /// Link to registration.
    pub const REGISTER: Text = t("Зарегистрироваться", "Create an account");
    /// Second step title.
    pub const SECOND_TITLE: Text = t("Подтвердите вход", "Confirm it is you");
    /// The SMS code label.
    pub const SMS_CODE: Text = t("Код из SMS", "Code from the text message");
    /// The SMS code hint.
    pub const SMS_HINT: Text = t(
        "Мы отправили его на ваш телефон",
        "We sent it to your phone",
    );
    /// The app code label.
    pub const APP_CODE: Text = t("Код из приложения", "Code from the app");
    /// The app code hint.
    pub const APP_HINT: Text = t(
        "6 цифр из приложения-аутентификатора или код восстановления",
        "6 digits from your authenticator app, or a recovery code",
    );
    /// Banner after an idle session ended.
    pub const TIMED_OUT: Text = t(
        "Вы вышли из-за бездействия. Войдите снова, чтобы продолжить.",
        "You were signed out because you were inactive. Sign in again to continue.",
    );
}

/// Password recovery.
pub mod recover {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Восстановление пароля", "Recover your password");
    /// Under the title.
    pub const LEAD: Text = t(
        "Мы пришлём код на подтверждённый телефон, если вы введёте номер, или на почту.",
        "We will send a code to your confirmed phone if you enter its number, or to your email.",
    );
    /// Continue.
    pub const SUBMIT: Text = t("Получить код", "Get a code");
    /// Code step title.
    pub const CODE_TITLE: Text = t("Введите код", "Enter the code");
    /// Code step lead.
    pub const CODE_LEAD: Text = t(
        "Если учётная запись есть, код уже отправлен. Он действует 10 минут.",
        "If the account exists, the code is on its way. It works for 10 minutes.",
    );
    /// Code label.
    pub const CODE: Text = t("Код", "Code");
    /// Continue.
    pub const CONTINUE: Text = t("Продолжить", "Continue");
    /// New password step title.
    pub const PASSWORD_TITLE: Text = t("Придумайте новый пароль", "Choose a new password");
    /// New password label.
    pub const NEW_PASSWORD: Text = t("Новый пароль", "New password");
    /// End other sessions.
    pub const END_OTHERS: Text = t(
        "Завершить все сеансы на других устройствах",
        "Sign out on all other devices",
    );
    /// Save.
    pub const SAVE: Text = t("Сохранить пароль", "Save the password");
    /// Done.
    pub const DONE: Text = t("Пароль изменён", "Your password has been changed");
    /// What next.
    pub const DONE_NEXT: Text = t(
        "Войдите с новым паролем. Мы отправили уведомление об изменении.",
        "Sign in with your new password. We have sent you a notice of the change.",
    );
}

/// «Личный кабинет».
pub mod home {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Личный кабинет", "Your account");
    /// Signed in with role.
    pub const ROLE: Text = t("Роль:", "Role:");
    /// Link to the security page.
    pub const SECURITY_LINK: Text = t("Безопасность", "Security");
    /// What the security page holds.
    pub const SECURITY_TEXT: Text = t(
        "Пароль, подтверждение входа, сеансы на устройствах",
        "Password, sign-in confirmation, sessions on devices",
    );
    /// Banner after registration.
    pub const WELCOME: Text = t(
        "Учётная запись создана, телефон и почта подтверждены",
        "Your account has been created and your phone and email confirmed",
    );
    /// Link to the operator's queues.
    pub const CONSOLE_LINK: Text = t("Рабочее место", "Workplace");
    /// What the operator's queues hold.
    pub const CONSOLE_TEXT: Text = t(
        "Обращения ваших разделов: взять в работу, ответить, передать",
        "The requests of your sections: take them, answer, hand them on",
    );
    /// Link to registering a call or a letter.
    pub const REGISTER_CALL_LINK: Text = t(
        "Зарегистрировать звонок или письмо",
        "Register a call or a letter",
    );
    /// What registering a call or a letter does.
    pub const REGISTER_CALL_TEXT: Text = t(
        "Обращение от имени человека, который позвонил или написал",
        "A request on behalf of someone who phoned or wrote",
    );
    /// What the statistics page shows.
    pub const STATISTICS_TEXT: Text = t(
        "Обращения, сроки и оценки по разделам за период",
        "Requests, deadlines and ratings by section for a period",
    );
}

/// «Безопасность».
pub mod security {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Безопасность", "Security");
    /// Sessions heading.
    pub const SESSIONS: Text = t("Сеансы", "Sessions");
    /// Table columns.
    pub const DEVICE: Text = t("Устройство", "Device");
    /// Table columns.
    pub const PLACE: Text = t("IP-адрес", "IP address");
    /// Table columns.
    pub const LAST_SEEN: Text = t("Последняя активность", "Last active");
    /// The session in use.
    pub const THIS_SESSION: Text = t("Этот сеанс", "This session");
    /// Unknown device or browser.
    pub const UNKNOWN: Text = t("Неизвестно", "Unknown");
    /// End one.
    pub const END: Text = t("Завершить", "Sign out");
    /// End the others.
    pub const END_OTHERS: Text = t(
        "Завершить все другие сеансы",
        "Sign out on all other devices",
    );
    /// After ending.
    pub const ENDED: Text = t("Сеанс завершён", "The session has ended");
    /// Password heading.
    pub const PASSWORD: Text = t("Сменить пароль", "Change your password");
    /// Current password.
    pub const CURRENT: Text = t("Текущий пароль", "Current password");
    /// Save.
    pub const SAVE: Text = t("Сменить пароль", "Change password");
    /// Done.
    pub const CHANGED: Text = t("Пароль изменён", "Your password has been changed");
    /// Second factor heading.
    pub const SECOND_FACTOR: Text = t("Подтверждение входа", "Sign-in confirmation");
    /// Off.
    pub const FACTOR_NONE: Text = t(
        "Сейчас для входа нужен только пароль.",
        "Right now you sign in with your password only.",
    );
    /// SMS.
    pub const FACTOR_SMS: Text = t(
        "При входе мы присылаем код по SMS.",
        "When you sign in, we text you a code.",
    );
    /// TOTP.
    pub const FACTOR_TOTP: Text = t(
        "При входе нужен код из приложения-аутентификатора.",
        "When you sign in, you need a code from your authenticator app.",
    );
    /// Password to change the factor.
    pub const CONFIRM_PASSWORD: Text = t(
        "Введите пароль, чтобы изменить подтверждение входа",
        "Enter your password to change sign-in confirmation",
    );
    /// Use SMS.
    pub const USE_SMS: Text = t("Включить коды по SMS", "Use text message codes");
    /// Turn off.
    pub const TURN_OFF: Text = t("Отключить подтверждение", "Turn confirmation off");
    /// Use an app.
    pub const USE_APP: Text = t("Подключить приложение", "Set up an authenticator app");
    /// QR explanation.
    pub const SCAN: Text = t(
        "Отсканируйте QR-код приложением-аутентификатором или введите ключ вручную:",
        "Scan the QR code with your authenticator app or type the key in by hand:",
    );
    /// QR alt text.
    pub const QR_ALT: Text = t(
        "QR-код для приложения-аутентификатора",
        "QR code for the authenticator app",
    );
    /// Code from the app.
    pub const APP_CODE: Text = t("Код из приложения", "Code from the app");
    /// Hint.
    pub const APP_CODE_HINT: Text = t("6 цифр", "6 digits");
    /// Confirm enrolment.
    pub const CONFIRM_APP: Text = t("Подключить", "Set up");
    /// Recovery codes heading.
    pub const RECOVERY_CODES: Text = t("Коды восстановления", "Recovery codes");
    /// Recovery codes advice.
    pub const RECOVERY_CODES_TEXT: Text = t(
        "Сохраните их в надёжном месте: каждый код заменяет код из приложения один раз, если телефон потерян. Больше мы их не покажем.",
        "Keep them somewhere safe: each code stands in for the app's code once if you lose your phone. We will not show them again.",
    );
    /// Done banner.
    pub const FACTOR_CHANGED: Text = t(
        "Подтверждение входа изменено",
        "Sign-in confirmation has been changed",
    );
}

/// The warning before an idle session ends (GOV.UK «timeout warning»).
pub mod idle {
    use super::{Text, t};
    /// Dialog heading.
    pub const TITLE: Text = t("Вы давно не совершали действий", "You have been inactive");
    /// Before the minutes.
    pub const TEXT: Text = t(
        "Чтобы защитить ваши данные, мы завершим сеанс через 2 минуты. Несохранённые данные будут потеряны.",
        "To protect your information, we will sign you out in 2 minutes. Anything not saved will be lost.",
    );
    /// Extend.
    pub const EXTEND: Text = t("Продлить сеанс", "Stay signed in");
    /// Sign out.
    pub const SIGN_OUT: Text = t("Выйти", "Sign out");
}

/// «Мои данные» and changing a contact.
pub mod profile {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Мои данные", "Your details");
    /// Link from the account page.
    pub const LINK_TEXT: Text = t(
        "ФИО, дата рождения, документы, адрес и контакты",
        "Name, date of birth, documents, address and contacts",
    );
    /// Identity confirmed.
    pub const IDENTITY_CONFIRMED: Text = t("Личность подтверждена", "Identity confirmed");
    /// Identity waiting for an operator.
    pub const IDENTITY_PENDING: Text = t(
        "Документы для подтверждения личности на проверке",
        "Your identity documents are being checked",
    );
    /// Contacts heading.
    pub const CONTACTS: Text = t("Контакты", "Contact details");
    /// Phone row.
    pub const PHONE: Text = t("Телефон", "Phone");
    /// E-mail row.
    pub const EMAIL: Text = t("Почта", "Email");
    /// Personal details heading.
    pub const PERSON: Text = t("Личные данные", "Personal details");
    /// Field.
    pub const SURNAME: Text = t("Фамилия", "Surname");
    /// Field.
    pub const GIVEN_NAME: Text = t("Имя", "First name");
    /// Field.
    pub const PATRONYMIC: Text = t("Отчество (если есть)", "Patronymic (if any)");
    /// Field.
    pub const BIRTH_DATE: Text = t("Дата рождения", "Date of birth");
    /// Date hint.
    pub const BIRTH_DATE_HINT: Text = t("Например, 15 03 1985", "For example, 15 03 1985");
    /// Field.
    pub const PASSPORT_ISSUE_DATE: Text = t("Дата выдачи паспорта", "Passport issue date");
    /// Date hint.
    pub const PASSPORT_ISSUE_DATE_HINT: Text = t("Например, 20 04 2005", "For example, 20 04 2005");
    /// Field.
    pub const PASSPORT_ISSUED_BY: Text = t("Кем выдан паспорт", "Passport issued by");
    /// Field.
    pub const ADDRESS: Text = t("Адрес регистрации", "Registered address");
    /// Save.
    pub const SAVE: Text = t("Сохранить", "Save");
    /// Saved.
    pub const SAVED: Text = t("Данные сохранены", "Your details have been saved");
    /// Contact change page title.
    pub const CHANGE_PHONE_TITLE: Text = t("Новый номер телефона", "New phone number");
    /// Contact change page title.
    pub const CHANGE_EMAIL_TITLE: Text = t("Новая почта", "New email address");
    /// Lead.
    pub const CHANGE_LEAD: Text = t(
        "Мы отправим код на новый номер или адрес: контакт изменится, когда вы его введёте.",
        "We will send a code to the new number or address: it changes once you enter the code.",
    );
    /// Send code.
    pub const SEND_CODE: Text = t("Получить код", "Get a code");
    /// Code label.
    pub const CODE: Text = t("Код из сообщения", "Code from the message");
    /// Confirm.
    pub const CONFIRM: Text = t("Подтвердить", "Confirm");
    /// Identity section heading.
    pub const IDENTITY: Text = t("Подтверждение личности", "Identity confirmation");
    /// Why confirm, before any scans were sent.
    pub const IDENTITY_WHY: Text = t(
        "Подтвердите личность, чтобы оператор мог отвечать на вопросы о ваших персональных данных. \
         Понадобятся сканы или фото паспорта и СНИЛС.",
        "Confirm your identity so that operators can answer questions about your personal data. \
         You will need scans or photos of your passport and SNILS.",
    );
    /// Link to the identity page.
    pub const IDENTITY_START: Text = t("Подтвердить личность", "Confirm your identity");
    /// What happens while the scans wait.
    pub const IDENTITY_PENDING_NEXT: Text = t(
        "Оператор сравнит документы с вашими данными, обычно за 1 рабочий день. Мы пришлём письмо, \
         когда проверка закончится.",
        "An operator will compare the documents with your details, usually within 1 working day. \
         We will email you when the check is done.",
    );
    /// Refusal heading.
    pub const IDENTITY_REFUSED: Text = t(
        "Оператор не подтвердил личность",
        "An operator could not confirm your identity",
    );
    /// Before the reason.
    pub const IDENTITY_REFUSAL_REASON: Text = t("Причина:", "Reason:");
    /// Send again.
    pub const IDENTITY_AGAIN: Text = t("Отправить документы ещё раз", "Send the documents again");
    /// The identity page's lead.
    pub const IDENTITY_LEAD: Text = t(
        "Оператор сравнит сканы с паспортом и СНИЛС, указанными в ваших личных данных. Если номер \
         документа изменился, сначала исправьте его в личных данных.",
        "An operator will compare the scans with the passport and SNILS in your personal details. \
         If a document number has changed, correct it in your personal details first.",
    );
    /// Banner heading when the profile lacks a document.
    pub const IDENTITY_PROFILE_FIRST: Text = t(
        "Сначала дополните личные данные",
        "Complete your personal details first",
    );
    /// Passport scans field.
    pub const PASSPORT_SCANS: Text = t("Паспорт", "Passport");
    /// Passport scans hint.
    pub const PASSPORT_SCANS_HINT: Text = t(
        "Разворот с фотографией и, если хотите, страница с регистрацией: 1 или 2 файла PDF, JPG \
         или PNG, каждый до 5 МБ. Все данные должны читаться.",
        "The page with your photo and, if you like, the registration page: 1 or 2 PDF, JPG or PNG \
         files, each up to 5 MB. Everything must be readable.",
    );
    /// SNILS scans field.
    pub const SNILS_SCANS: Text = t("СНИЛС", "SNILS");
    /// SNILS scans hint.
    pub const SNILS_SCANS_HINT: Text = t(
        "Лицевая сторона карточки или уведомление о регистрации: 1 или 2 файла PDF, JPG или PNG, \
         каждый до 5 МБ.",
        "The front of the card or the registration notice: 1 or 2 PDF, JPG or PNG files, each up \
         to 5 MB.",
    );
    /// Send scans.
    pub const SEND_SCANS: Text = t("Отправить на проверку", "Send for checking");
    /// Sending scans.
    pub const SENDING_SCANS: Text = t("Отправляем…", "Sending…");
    /// Organisation section heading.
    pub const ORGANISATION: Text = t("Организация", "Organisation");
    /// Organisation section hint.
    pub const ORGANISATION_HINT: Text = t(
        "Заполните, если обращаетесь от имени организации или индивидуального предпринимателя. \
         Укажите ОГРН организации или ОГРНИП предпринимателя.",
        "Fill in if you contact us for an organisation or a sole trader. Enter the organisation's \
         OGRN or the sole trader's OGRNIP.",
    );
    /// Organisation name field.
    pub const ORGANISATION_NAME: Text = t(
        "Название организации или ИП (необязательно)",
        "Name of the organisation or sole trader (optional)",
    );
}

/// «Сотрудники»: the administrator's list of contact-centre accounts and the form for a new one.
pub mod staff {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Сотрудники", "Staff");
    /// Link from the account page.
    pub const LINK_TEXT: Text = t(
        "Учётные записи операторов и администраторов",
        "Accounts of operators and administrators",
    );
    /// Form heading.
    pub const NEW: Text = t("Новый сотрудник", "New colleague");
    /// What happens after creating.
    pub const NEW_HINT: Text = t(
        "Сотрудник получит письмо и сам задаст пароль через «Забыли пароль?».",
        "Your colleague gets an email and sets a password through «Forgot your password?».",
    );
    /// Role field.
    pub const ROLE: Text = t("Роль", "Role");
    /// Operator hint.
    pub const OPERATOR_HINT: Text = t(
        "Работает с обращениями своих разделов",
        "Works on the requests of their sections",
    );
    /// Senior operator hint.
    pub const SENIOR_OPERATOR_HINT: Text = t(
        "Получает эскалации и видит статистику",
        "Receives escalations and sees statistics",
    );
    /// Administrator hint.
    pub const ADMINISTRATOR_HINT: Text = t(
        "Управляет сотрудниками, статьями и шаблонами ответов",
        "Manages staff, articles and canned replies",
    );
    /// E-mail field.
    pub const EMAIL: Text = t("Рабочая почта", "Work email");
    /// Phone field.
    pub const PHONE: Text = t(
        "Мобильный телефон (необязательно)",
        "Mobile phone (optional)",
    );
    /// Phone hint.
    pub const PHONE_HINT: Text = t(
        "Для кодов входа по СМС, например +7 912 345-67-89",
        "For sign-in codes by text message, like +7 912 345 67 89",
    );
    /// Create.
    pub const CREATE: Text = t("Создать учётную запись", "Create the account");
    /// Created banner.
    pub const CREATED: Text = t("Учётная запись создана", "The account has been created");
    /// Created banner text, before the address.
    pub const CREATED_TEXT: Text = t("Письмо отправлено на", "An email has been sent to");
    /// List heading and caption.
    pub const LIST: Text = t("Учётные записи сотрудников", "Staff accounts");
    /// Column.
    pub const CREATED_AT: Text = t("Создана", "Created");
    /// Empty list.
    pub const EMPTY: Text = t("Сотрудников пока нет", "No staff yet");
    /// Column: the sections whose queues an operator works.
    pub const SECTIONS: Text = t("Разделы", "Sections");
    /// An operator with no sections yet.
    pub const NO_SECTIONS: Text = t("Не назначены", "None yet");
    /// Administrators work no queues.
    pub const NOT_APPLICABLE: Text = t("—", "—");
    /// Link to change an operator's sections.
    pub const CHANGE_SECTIONS: Text = t("Изменить", "Change");
    /// Visually hidden after «Изменить», before the e-mail.
    pub const SECTIONS_OF: Text = t("разделы сотрудника", "the sections of");
}

/// «Шаблоны ответов»: the canned replies an administrator keeps.
pub mod canned_replies {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Шаблоны ответов", "Canned replies");
    /// Link from the account page.
    pub const LINK_TEXT: Text = t(
        "Готовые ответы, которые операторы вставляют и правят перед отправкой",
        "Ready answers operators insert and edit before sending",
    );
    /// Under the title.
    pub const LEAD: Text = t(
        "Операторы вставляют шаблон в ответ и правят его перед отправкой. Шаблон раздела видят только операторы этого раздела.",
        "Operators insert a canned reply into an answer and edit it before sending. A section's replies are seen only by that section's operators.",
    );
    /// Form heading when adding.
    pub const NEW: Text = t("Новый шаблон", "New canned reply");
    /// Form heading when changing.
    pub const EDITING: Text = t("Изменить шаблон", "Change the canned reply");
    /// Title field.
    pub const NAME: Text = t("Название", "Title");
    /// Title hint.
    pub const NAME_HINT: Text = t(
        "По нему оператор выбирает шаблон",
        "Operators pick the reply by it",
    );
    /// Text field.
    pub const TEXT: Text = t("Текст ответа", "Text of the reply");
    /// Section question.
    pub const SECTION: Text = t("Раздел", "Section");
    /// Section hint.
    pub const SECTION_HINT: Text = t(
        "Операторы каких разделов увидят шаблон",
        "Which sections' operators will see the reply",
    );
    /// The option and the cell for a reply of every section.
    pub const ALL_SECTIONS: Text = t("Все разделы", "All sections");
    /// Add.
    pub const ADD: Text = t("Добавить шаблон", "Add the canned reply");
    /// Save a change.
    pub const SAVE: Text = t("Сохранить изменения", "Save the changes");
    /// Leave the change unsaved.
    pub const CANCEL: Text = t("Отменить", "Cancel");
    /// Added banner.
    pub const ADDED: Text = t("Шаблон добавлен", "The canned reply has been added");
    /// Changed banner.
    pub const CHANGED: Text = t("Шаблон изменён", "The canned reply has been changed");
    /// Deleted banner.
    pub const DELETED: Text = t("Шаблон удалён", "The canned reply has been deleted");
    /// List heading and caption.
    pub const LIST: Text = t("Все шаблоны", "All canned replies");
    /// Column of the buttons.
    pub const ACTIONS: Text = t("Действия", "Actions");
    /// Empty list.
    pub const EMPTY: Text = t("Шаблонов пока нет", "No canned replies yet");
    /// Change one.
    pub const CHANGE: Text = t("Изменить", "Change");
    /// Delete one (asks first).
    pub const DELETE: Text = t("Удалить", "Delete");
    /// The question before deleting, before the reply's title.
    pub const DELETE_QUESTION: Text = t("Удалить шаблон", "Delete the canned reply");
    /// After the question: what deleting means.
    pub const DELETE_WARNING: Text = t(
        "Операторы больше не смогут его вставить.",
        "Operators will no longer be able to insert it.",
    );
    /// Confirm deleting.
    pub const DELETE_YES: Text = t("Да, удалить", "Yes, delete it");
    /// Keep it after all.
    pub const KEEP: Text = t("Не удалять", "Keep it");
}

/// The sections whose queues one operator works, as an administrator sets them.
pub mod staff_sections {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Разделы сотрудника", "Staff member's sections");
    /// The question.
    pub const LEGEND: Text = t(
        "Обращения каких разделов ведёт сотрудник",
        "Which sections' requests they work on",
    );
    /// The question's hint.
    pub const HINT: Text = t(
        "В рабочем месте сотрудник видит обращения только отмеченных разделов",
        "Their workplace shows only the requests of the ticked sections",
    );
    /// Save.
    pub const SAVE: Text = t("Сохранить разделы", "Save the sections");
    /// Saved banner.
    pub const SAVED: Text = t("Разделы сохранены", "The sections have been saved");
    /// No such operator.
    pub const NOT_FOUND: Text = t(
        "Такого оператора нет. Разделы бывают только у операторов и старших операторов.",
        "There is no such operator. Only operators and senior operators have sections.",
    );
    /// Back to the staff list.
    pub const BACK: Text = t("К списку сотрудников", "Back to the staff list");
}

/// The operators' queue of identity confirmation.
pub mod identity_queue {
    use super::{Text, t};
    /// Page title.
    pub const TITLE: Text = t("Подтверждение личности", "Identity confirmation");
    /// Link from the account page.
    pub const LINK_TEXT: Text = t(
        "Проверка сканов паспорта и СНИЛС, присланных гражданами",
        "Checking the passport and SNILS scans people sent",
    );
    /// Lead.
    pub const LEAD: Text = t(
        "Сравните сканы с данными профиля. Первыми показаны те, кто ждёт дольше.",
        "Compare the scans with the profile. Those waiting longest come first.",
    );
    /// Empty queue.
    pub const EMPTY: Text = t("Никто не ждёт проверки", "Nobody is waiting");
    /// Row: sent at.
    pub const SENT_AT: Text = t("Отправлено", "Sent");
    /// Row: passport.
    pub const PASSPORT: Text = t("Паспорт", "Passport");
    /// Row: SNILS.
    pub const SNILS: Text = t("СНИЛС", "SNILS");
    /// Row: birth date.
    pub const BIRTH_DATE: Text = t("Дата рождения", "Date of birth");
    /// Scans heading.
    pub const SCANS: Text = t("Сканы", "Scans");
    /// Verdict question.
    pub const VERDICT: Text = t("Решение", "Decision");
    /// Confirm option.
    pub const CONFIRM: Text = t("Подтвердить личность", "Confirm the identity");
    /// Refuse option.
    pub const REFUSE: Text = t("Отказать", "Refuse");
    /// Reason field.
    pub const REASON: Text = t("Причина отказа", "Reason for refusing");
    /// Reason hint.
    pub const REASON_HINT: Text = t(
        "Только при отказе. Человек увидит её в «Моих данных»: напишите, что прислать.",
        "Only when refusing. The person sees it in «Your details»: say what to send instead.",
    );
    /// Save.
    pub const SAVE: Text = t("Сохранить решение", "Save the decision");
    /// Saved banner.
    pub const SAVED: Text = t("Решение сохранено", "The decision has been saved");
    /// The person is no longer waiting (or the page could not load them).
    pub const GONE: Text = t(
        "Этот человек больше не ждёт проверки: решение уже принято или документы отозваны.",
        "This person is no longer waiting: the decision has been made or the documents withdrawn.",
    );
    /// Back to the queue.
    pub const BACK: Text = t("К списку", "Back to the list");
}
