//! The message catalogue: the words, in Russian and English, for every stable error code.
//! Wording follows UX.md: say what to do, give an example, never blame.

use crate::attachments::{FILE_MAX_BYTES, FILES_MAX, TOTAL_MAX_BYTES};
use crate::codes::*;
use crate::identity::SCANS_PER_DOCUMENT_MAX;
use crate::lang::{Counted, EnPlural, FILES, Message, RuPlural};
use crate::person::{NAME_PART_MAX, PASSWORD_MAX, PASSWORD_MIN};
use crate::text::{self, TextRule};

/// Characters after «не длиннее N», «не короче N» (genitive): «1 символа», «5 символов».
const CHARACTERS_AFTER_COMPARATIVE: Counted = Counted {
    ru: RuPlural {
        one: "символа",
        few: "символов",
        many: "символов",
    },
    en: EnPlural {
        one: "character",
        other: "characters",
    },
};

fn m(ru: impl Into<String>, en: impl Into<String>) -> Message {
    Message {
        ru: ru.into(),
        en: en.into(),
    }
}

fn chars(n: usize) -> Message {
    CHARACTERS_AFTER_COMPARATIVE.count(n as u64)
}

/// «{Subject} должно быть не длиннее N символов»: `ru_subject_verb` is the subject with its
/// agreeing verb, «Описание должно», «Тема должна».
fn at_most(ru_subject_verb: &str, en_subject: &str, max: usize) -> Message {
    let n = chars(max);
    m(
        format!("{ru_subject_verb} быть не длиннее {}", n.ru),
        format!("{en_subject} must be {} or fewer", n.en),
    )
}

fn at_least(ru_subject_verb: &str, en_subject: &str, min: usize) -> Message {
    let n = chars(min);
    m(
        format!("{ru_subject_verb} быть не короче {}", n.ru),
        format!("{en_subject} must be {} or more", n.en),
    )
}

fn megabytes(bytes: u64) -> u64 {
    bytes / (1024 * 1024)
}

const NAME_CHARACTERS_RU: &str = "может содержать только буквы, пробелы, дефисы и апострофы";
const NAME_CHARACTERS_EN: &str = "must only include letters, spaces, hyphens and apostrophes";
const FILE_TYPES_RU: &str = "PDF, DOC, DOCX, JPG или PNG";
const FILE_TYPES_EN: &str = "PDF, DOC, DOCX, JPG or PNG";

fn text_limit(rule: TextRule, code: &str, ru: &str, en: &str) -> Option<Message> {
    if code == rule.too_long {
        Some(at_most(ru, en, rule.max))
    } else if code == rule.too_short && rule.min > 1 {
        Some(at_least(ru, en, rule.min))
    } else {
        None
    }
}

/// The words for `code`. `file` names the file for file-level codes.
pub fn describe(code: &str, file: Option<&str>) -> Message {
    #[cfg(feature = "console")]
    if let Some(message) = console::describe(code) {
        return message;
    }
    let file_ru = file.map_or_else(|| "Файл".to_owned(), |name| format!("Файл «{name}»"));
    let file_en = file.map_or_else(
        || "The file".to_owned(),
        |name| format!("The file «{name}»"),
    );
    let limits = [
        (text::DESCRIPTION, "Описание должно", "The description"),
        (text::FEEDBACK_MESSAGE, "Сообщение должно", "The message"),
        (text::SUBJECT, "Тема должна", "The subject"),
        (text::REPLY_TEXT, "Текст должен", "The text"),
        (text::CHAT_TEXT, "Сообщение должно", "The message"),
        (text::COMMENT, "Комментарий должен", "The comment"),
        (text::ADDRESS, "Адрес должен", "The address"),
        (text::REFUSAL_REASON, "Причина должна", "The reason"),
        (text::ESCALATION_REASON, "Причина должна", "The reason"),
        (
            text::ORGANISATION_NAME,
            "Название организации должно",
            "The organisation's name",
        ),
        (
            text::PASSPORT_ISSUED_BY,
            "Название органа, выдавшего паспорт, должно",
            "The issuing authority",
        ),
    ];
    if let Some(message) = limits
        .iter()
        .find_map(|(rule, ru, en)| text_limit(*rule, code, ru, en))
    {
        return message;
    }
    match code {
        PHONE_REQUIRED => m("Введите номер телефона", "Enter a phone number"),
        PHONE_FORMAT => m(
            "Введите номер телефона из 10 цифр после +7, например +7 912 345-67-89",
            "Enter a phone number with 10 digits after +7, like +7 912 345 67 89",
        ),
        PHONE_NOT_MOBILE => m(
            "Введите номер мобильного телефона: он начинается с +7 9, например +7 912 345-67-89",
            "Enter a mobile phone number: it starts with +7 9, like +7 912 345 67 89",
        ),
        EMAIL_REQUIRED => m("Введите адрес электронной почты", "Enter an email address"),
        EMAIL_FORMAT => m(
            "Введите адрес электронной почты в формате name@example.ru",
            "Enter an email address in the correct format, like name@example.com",
        ),
        EMAIL_TOO_LONG => at_most(
            "Адрес электронной почты должен",
            "The email address",
            crate::identifiers::EMAIL_MAX,
        ),
        INN_REQUIRED => m("Введите ИНН", "Enter the INN"),
        INN_FORMAT => m(
            "Введите ИНН из 10 или 12 цифр, например 500100732259",
            "Enter an INN of 10 or 12 digits, like 500100732259",
        ),
        INN_CHECKSUM => m(
            "Проверьте ИНН: в номере есть ошибка",
            "Check the INN: the number has a mistake in it",
        ),
        SNILS_REQUIRED => m("Введите СНИЛС", "Enter the SNILS"),
        SNILS_FORMAT => m(
            "Введите СНИЛС из 11 цифр, например 123-456-789 64",
            "Enter a SNILS of 11 digits, like 123-456-789 64",
        ),
        SNILS_CHECKSUM => m(
            "Проверьте СНИЛС: в номере есть ошибка",
            "Check the SNILS: the number has a mistake in it",
        ),
        OGRN_REQUIRED => m("Введите ОГРН", "Enter the OGRN"),
        OGRN_FORMAT => m(
            "Введите ОГРН из 13 цифр, например 1027700132195",
            "Enter an OGRN of 13 digits, like 1027700132195",
        ),
        OGRN_CHECKSUM => m(
            "Проверьте ОГРН: в номере есть ошибка",
            "Check the OGRN: the number has a mistake in it",
        ),
        OGRNIP_REQUIRED => m("Введите ОГРНИП", "Enter the OGRNIP"),
        OGRNIP_FORMAT => m(
            "Введите ОГРНИП из 15 цифр, он начинается с 3 или 4, например 304500116000157",
            "Enter an OGRNIP of 15 digits starting with 3 or 4, like 304500116000157",
        ),
        OGRNIP_CHECKSUM => m(
            "Проверьте ОГРНИП: в номере есть ошибка",
            "Check the OGRNIP: the number has a mistake in it",
        ),
        PASSPORT_REQUIRED => m(
            "Введите серию и номер паспорта",
            "Enter the passport series and number",
        ),
        PASSPORT_FORMAT => m(
            "Введите серию и номер паспорта: 10 цифр, например 45 06 123456",
            "Enter the passport series and number: 10 digits, like 45 06 123456",
        ),
        PASSPORT_ISSUE_DATE_REQUIRED => m(
            "Введите дату выдачи паспорта",
            "Enter the passport issue date",
        ),
        PASSPORT_ISSUE_DATE_FORMAT => m(
            "Дата выдачи паспорта должна быть настоящей датой, например 17.05.2015",
            "The passport issue date must be a real date, like 17.05.2015",
        ),
        PASSPORT_ISSUE_DATE_FUTURE => m(
            "Дата выдачи паспорта должна быть сегодня или в прошлом",
            "The passport issue date must be today or in the past",
        ),
        PASSPORT_ISSUE_DATE_BEFORE_14 => m(
            "Дата выдачи паспорта должна быть не раньше дня, когда вам исполнилось 14 лет",
            "The passport issue date must be on or after your 14th birthday",
        ),
        BIRTH_DATE_REQUIRED => m("Введите дату рождения", "Enter your date of birth"),
        BIRTH_DATE_FORMAT => m(
            "Дата рождения должна быть настоящей датой, например 27.03.1985",
            "Date of birth must be a real date, like 27.03.1985",
        ),
        BIRTH_DATE_FUTURE => m(
            "Дата рождения должна быть в прошлом",
            "Date of birth must be in the past",
        ),
        BIRTH_DATE_TOO_EARLY => m(
            "Дата рождения должна быть не раньше 01.01.1900",
            "Date of birth must be on or after 01.01.1900",
        ),
        SURNAME_REQUIRED => m("Введите фамилию", "Enter your surname"),
        SURNAME_FORMAT => m(
            format!("Фамилия {NAME_CHARACTERS_RU}"),
            format!("Surname {NAME_CHARACTERS_EN}"),
        ),
        SURNAME_TOO_LONG => at_most("Фамилия должна", "Surname", NAME_PART_MAX),
        GIVEN_NAME_REQUIRED => m("Введите имя", "Enter your given name"),
        GIVEN_NAME_FORMAT => m(
            format!("Имя {NAME_CHARACTERS_RU}"),
            format!("Given name {NAME_CHARACTERS_EN}"),
        ),
        GIVEN_NAME_TOO_LONG => at_most("Имя должно", "Given name", NAME_PART_MAX),
        PATRONYMIC_FORMAT => m(
            format!("Отчество {NAME_CHARACTERS_RU}"),
            format!("Patronymic {NAME_CHARACTERS_EN}"),
        ),
        PATRONYMIC_TOO_LONG => at_most("Отчество должно", "Patronymic", NAME_PART_MAX),
        ADDRESS_REQUIRED => m("Введите адрес регистрации", "Enter your registered address"),
        PASSPORT_ISSUED_BY_REQUIRED => m(
            "Введите, кем выдан паспорт",
            "Enter who issued the passport",
        ),
        PASSWORD_REQUIRED => m("Введите пароль", "Enter a password"),
        PASSWORD_TOO_SHORT => at_least("Пароль должен", "Password", PASSWORD_MIN),
        PASSWORD_TOO_LONG => at_most("Пароль должен", "Password", PASSWORD_MAX),
        PASSWORD_COMPOSITION => m(
            "Пароль должен содержать заглавные и строчные буквы, цифру и специальный символ, например ! или %",
            "Password must include upper and lower case letters, a digit and a special character, like ! or %",
        ),
        PASSWORD_COMMON => m(
            "Этот пароль часто используют: придумайте другой",
            "This password is too common: choose another one",
        ),
        PASSWORD_REPEAT_REQUIRED => m("Повторите пароль", "Repeat the password"),
        PASSWORD_REPEAT_MISMATCH => m(
            "Пароли не совпадают: введите тот же пароль ещё раз",
            "The passwords do not match: enter the same password again",
        ),
        CONSENT_REQUIRED => m(
            "Подтвердите согласие на обработку персональных данных",
            "Confirm your consent to the processing of personal data",
        ),
        LOGIN_REQUIRED => m(
            "Введите электронную почту, номер телефона или ИНН",
            "Enter your email address, phone number or INN",
        ),
        LOGIN_FORMAT => m(
            "Введите электронную почту, номер телефона или ИНН, например name@example.ru или +7 912 345-67-89",
            "Enter your email address, phone number or INN, like name@example.com or +7 912 345 67 89",
        ),
        CODE_REQUIRED => m(
            "Введите код из сообщения",
            "Enter the code from the message",
        ),
        CODE_FORMAT => m(
            "Введите код из 6 цифр, например 123456",
            "Enter the 6-digit code, like 123456",
        ),
        CODE_WRONG => m(
            "Код не подходит. Проверьте его в сообщении и введите ещё раз",
            "The code does not match. Check it in the message and enter it again",
        ),
        CODE_EXPIRED => m(
            "Срок действия кода истёк. Запросите новый код",
            "The code has expired. Request a new code",
        ),
        CODE_ATTEMPTS => m(
            "Слишком много попыток. Запросите новый код",
            "Too many attempts. Request a new code",
        ),
        CODE_FORMAT_OR_RECOVERY => m(
            "Введите код из 6 цифр, например 123456, или код восстановления из 10 знаков",
            "Enter the 6-digit code, like 123456, or a 10-character recovery code",
        ),
        CREDENTIALS_WRONG => m(
            "Логин или пароль не подходят. Проверьте раскладку клавиатуры и не включён ли Caps Lock",
            "The login or password is not right. Check the keyboard layout and Caps Lock",
        ),
        CURRENT_PASSWORD_REQUIRED => m(
            "Введите пароль, которым пользуетесь сейчас",
            "Enter the password you use now",
        ),
        CURRENT_PASSWORD_WRONG => m(
            "Текущий пароль не подходит. Проверьте раскладку клавиатуры и не включён ли Caps Lock",
            "The current password is not right. Check the keyboard layout and Caps Lock",
        ),
        INN_TAKEN => m(
            "Этот ИНН указан в другой учётной записи. Если это ваш ИНН, позвоните 8 800 100-70-10",
            "This INN is in another account. If it is yours, call 8 800 100-70-10",
        ),
        EMAIL_TAKEN => m(
            "Учётная запись с этой почтой уже есть",
            "An account with this email address exists already",
        ),
        ROLE_NOT_STAFF => m(
            "Выберите роль сотрудника: оператор, старший оператор или администратор",
            "Select a staff role: operator, senior operator or administrator",
        ),
        TOPIC_REQUIRED => m("Выберите тему", "Select a topic"),
        TOPIC_UNKNOWN => m("Выберите тему из списка", "Select a topic from the list"),
        CATEGORY_REQUIRED => m("Выберите категорию", "Select a category"),
        CATEGORY_UNKNOWN => m(
            "Выберите категорию из списка",
            "Select a category from the list",
        ),
        SUBJECT_REQUIRED => m(
            "Введите тему обращения",
            "Enter the subject of your request",
        ),
        DESCRIPTION_REQUIRED => m(
            "Введите описание проблемы",
            "Enter a description of the problem",
        ),
        MESSAGE_REQUIRED => m("Введите сообщение", "Enter your message"),
        REPLY_CHANNEL_REQUIRED => m(
            "Выберите, как получить ответ",
            "Select how you want to get the answer",
        ),
        IDENTIFIER_REQUIRED => m(
            "Введите хотя бы один документ: СНИЛС, ИНН или паспорт",
            "Enter at least one document: SNILS, INN or passport",
        ),
        ORGANISATION_ID_REQUIRED => m(
            "Введите ОГРН или ОГРНИП организации",
            "Enter the organisation's OGRN or OGRNIP",
        ),
        ORGANISATION_ID_BOTH => m(
            "Введите что-то одно: ОГРН организации или ОГРНИП индивидуального предпринимателя",
            "Enter one of them: an organisation's OGRN or a sole trader's OGRNIP",
        ),
        ORGANISATION_NAME_REQUIRED => m(
            "Введите название организации или ИП",
            "Enter the name of the organisation or sole trader",
        ),
        IDENTITY_PASSPORT_NOT_IN_PROFILE => m(
            "Сначала укажите паспорт в личных данных и сохраните их",
            "First enter your passport in your personal details and save them",
        ),
        IDENTITY_SNILS_NOT_IN_PROFILE => m(
            "Сначала укажите СНИЛС в личных данных и сохраните их",
            "First enter your SNILS in your personal details and save them",
        ),
        IDENTITY_PASSPORT_SCAN_MISSING => m(
            "Добавьте скан или фото разворота паспорта с фотографией",
            "Add a scan or photo of the passport page with your photo",
        ),
        IDENTITY_SNILS_SCAN_MISSING => m(
            "Добавьте скан или фото СНИЛС",
            "Add a scan or photo of your SNILS",
        ),
        IDENTITY_TOO_MANY_SCANS => m(
            format!("Добавьте не больше {SCANS_PER_DOCUMENT_MAX} файлов для одного документа"),
            format!("Add no more than {SCANS_PER_DOCUMENT_MAX} files for one document"),
        ),
        IDENTITY_SCAN_KIND => m(
            "Пришлите скан или фото в формате PDF, JPG или PNG",
            "Send a scan or photo as a PDF, JPG or PNG file",
        ),
        IDEMPOTENCY_KEY_REUSED => m(
            "Эту отправку уже приняли с другими данными. Обновите страницу и отправьте форму снова",
            "This sending was already accepted with other details. Reload the page and send the form again",
        ),
        DATE_FORMAT => m(
            "Введите настоящую дату в формате ДД.ММ.ГГГГ, например 01.11.2026",
            "Enter a real date as DD.MM.YYYY, like 01.11.2026",
        ),
        DATE_RANGE_ORDER => m(
            "Дата «по» должна быть не раньше даты «с»",
            "The end date must be the same as or after the start date",
        ),
        PERIOD_TOO_LONG => m(
            "Выберите период не длиннее года",
            "Select a period of a year or less",
        ),
        VERDICT_REQUIRED => m(
            "Выберите решение: подтвердить личность или отказать",
            "Choose a decision: confirm the identity or refuse",
        ),
        ESCALATION_REASON_REQUIRED => m(
            "Напишите, почему обращение нужно передать старшему оператору",
            "Say why a senior operator should look at the request",
        ),
        REASON_REQUIRED => m(
            "Напишите, почему документы не подходят и что прислать",
            "Say why the documents do not do and what to send instead",
        ),
        RELATED_NUMBER_FORMAT => m(
            "Введите номер обращения в формате 2026-000123",
            "Enter the request number like 2026-000123",
        ),
        TEXT_REQUIRED => m("Введите текст сообщения", "Enter your message"),
        CHAT_TEXT_REQUIRED => m(
            "Введите сообщение или прикрепите файл",
            "Enter a message or attach a file",
        ),
        RATING_RANGE => m("Выберите оценку от 1 до 5", "Select a rating from 1 to 5"),
        CALLBACK_DAY_REQUIRED => m("Выберите день звонка", "Select the day of the call"),
        CALLBACK_DAY_FORMAT => m(
            "День звонка должен быть настоящей датой, например 27.11.2026",
            "The day of the call must be a real date, like 27.11.2026",
        ),
        CALLBACK_DAY_PAST => m(
            "День звонка должен быть сегодня или позже",
            "The day of the call must be today or later",
        ),
        CALLBACK_DAY_TOO_FAR => m(
            format!(
                "День звонка должен быть не позже чем через {} дней",
                crate::forms::callback::DAYS_AHEAD
            ),
            format!(
                "The day of the call must be within {} days",
                crate::forms::callback::DAYS_AHEAD
            ),
        ),
        CALLBACK_WINDOW_REQUIRED => m("Выберите время звонка", "Select the time of the call"),
        CALLBACK_WINDOW_PASSED => m(
            "Это время сегодня уже прошло: выберите другое время или день",
            "This time has already passed today: select another time or day",
        ),
        CALL_TIME_REQUIRED => m("Введите время звонка", "Enter the time of the call"),
        CALL_TIME_FORMAT => m(
            "Введите время звонка в формате ЧЧ:ММ, например 14:30",
            "Enter the time of the call like 14:30",
        ),
        CALL_TIME_OUTSIDE_WINDOW => m(
            "Время звонка должно быть внутри промежутка, который выбрал заявитель",
            "The time of the call must be inside the window the citizen chose",
        ),
        CALL_TIME_PAST => m(
            "Это время уже прошло: введите более позднее время",
            "This time has already passed: enter a later time",
        ),
        FILE_EMPTY => m(format!("{file_ru} пустой"), format!("{file_en} is empty")),
        FILE_TOO_BIG => m(
            format!(
                "{file_ru} должен быть не больше {} МБ",
                megabytes(FILE_MAX_BYTES)
            ),
            format!(
                "{file_en} must be smaller than {} MB",
                megabytes(FILE_MAX_BYTES)
            ),
        ),
        FILE_TYPE => m(
            format!("{file_ru} должен быть в формате {FILE_TYPES_RU}"),
            format!("{file_en} must be a {FILE_TYPES_EN}"),
        ),
        FILE_EXTENSION_MISMATCH => m(
            format!(
                "{file_ru} по содержимому другого формата, чем в названии: сохраните его заново в формате {FILE_TYPES_RU}"
            ),
            format!("{file_en} does not match its extension: save it again as a {FILE_TYPES_EN}"),
        ),
        FILES_TOO_MANY => {
            let count = FILES.count(FILES_MAX as u64);
            m(
                format!("Выберите не больше {}", files_genitive(FILES_MAX as u64)),
                format!("Select {} or fewer", count.en),
            )
        }
        FILES_TOTAL_TOO_BIG => m(
            format!(
                "Все файлы вместе должны быть не больше {} МБ",
                megabytes(TOTAL_MAX_BYTES)
            ),
            format!(
                "All files together must be smaller than {} MB",
                megabytes(TOTAL_MAX_BYTES)
            ),
        ),
        FILES_REQUIRED => m("Прикрепите хотя бы один файл", "Attach at least one file"),
        EXTRA_REQUIRED => m("Заполните это поле", "Fill in this field"),
        EXTRA_FORMAT => m(
            "Проверьте значение этого поля",
            "Check the value of this field",
        ),
        EXTRA_TOO_LONG => m("Значение слишком длинное", "The value is too long"),
        _ => m(
            "Проверьте значение этого поля",
            "Check the value of this field",
        ),
    }
}

/// «не больше 10 файлов», «не больше 1 файла».
fn files_genitive(n: u64) -> String {
    let noun = if n % 10 == 1 && n % 100 != 11 {
        "файла"
    } else {
        "файлов"
    };
    format!("{n} {noun}")
}

/// The words of the operator console's forms (refusals, extensions, transfers, canned replies,
/// calls and letters registered as requests). Only the console's bundles and the server carry
/// them (the `console` feature): the citizens' bundles never show these codes, and each of them
/// is within a kilobyte of its size budget.
#[cfg(feature = "console")]
mod console {
    use super::*;

    pub(super) fn describe(code: &str) -> Option<Message> {
        let limits = [
            (
                text::REJECTION_REASON,
                "Причина отказа должна",
                "The reason",
            ),
            (
                text::REJECTION_FIX,
                "Текст о том, что исправить, должен",
                "What to fix",
            ),
            (
                text::EXTENSION_REASON,
                "Причина продления должна",
                "The reason",
            ),
            (text::CANNED_TITLE, "Название шаблона должно", "The title"),
            (text::ARTICLE_TITLE, "Заголовок должен", "The title"),
            (text::ARTICLE_TITLE_EN, "Заголовок должен", "The title"),
            (
                text::ARTICLE_SUMMARY,
                "Краткое описание должно",
                "The summary",
            ),
            (
                text::ARTICLE_SUMMARY_EN,
                "Краткое описание должно",
                "The summary",
            ),
            (
                text::ARTICLE_BODY,
                "Текст статьи должен",
                "The article's text",
            ),
            (text::TRANSCRIPT, "Расшифровка должна", "The transcript"),
        ];
        if let Some(message) = limits
            .iter()
            .find_map(|(rule, ru, en)| text_limit(*rule, code, ru, en))
        {
            return Some(message);
        }
        Some(match code {
            REJECTION_REASON_REQUIRED => m(
                "Напишите, почему в обращении отказано",
                "Say why the request is refused",
            ),
            REJECTION_FIX_REQUIRED => m(
                "Напишите, что заявителю исправить или приложить в новом обращении",
                "Say what to fix or attach in a new request",
            ),
            EXTENSION_DAYS_RANGE => m(
                "Выберите, на сколько рабочих дней продлить срок: от 1 до 10",
                "Select how many business days to add: from 1 to 10",
            ),
            EXTENSION_REASON_REQUIRED => m(
                "Напишите, почему нужно больше времени: заявитель это увидит",
                "Say why more time is needed: the citizen will see it",
            ),
            TRANSFER_SAME_SECTION => m(
                "Выберите тему из другого раздела: эта тема в том же разделе",
                "Select a topic in another section: this one is in the same section",
            ),
            CANNED_TITLE_REQUIRED => m("Введите название шаблона", "Enter the title"),
            ARTICLE_TITLE_REQUIRED => m("Введите заголовок статьи", "Enter the article's title"),
            ARTICLE_SUMMARY_REQUIRED => m(
                "Напишите в одном-двух предложениях, о чём статья",
                "Say in a sentence or two what the article is about",
            ),
            ARTICLE_BODY_REQUIRED => m("Напишите текст статьи", "Enter the article's text"),
            ARTICLE_TYPE_REQUIRED => m(
                "Выберите вид статьи: инструкция, вопросы и ответы или видеоинструкция",
                "Select the kind of article: instructions, questions and answers or a video guide",
            ),
            TRANSCRIPT_REQUIRED => m(
                "Вставьте полную расшифровку видео: без неё видео не найти поиском и не прочитать",
                "Paste the video's full transcript: without it the video cannot be searched or read",
            ),
            VIDEO_URL_REQUIRED => m("Введите адрес видео", "Enter the video's address"),
            VIDEO_URL_FORMAT => m(
                "Введите адрес видео, который начинается с https://, например https://www.youtube.com/@gosuslugi",
                "Enter a video address starting with https://, like https://www.youtube.com/@gosuslugi",
            ),
            RELATED_UNKNOWN => m(
                "Выберите связанные статьи из списка: одной из них нет",
                "Select related articles from the list: one of them does not exist",
            ),
            RELATED_TOO_MANY => {
                let most = crate::forms::article::RELATED_MAX;
                m(
                    format!("Выберите не больше {most} связанных статей"),
                    format!("Select {most} related articles or fewer"),
                )
            }
            SECTION_REQUIRED => m("Выберите раздел", "Select a section"),
            SECTION_UNKNOWN => m(
                "Выберите раздел из списка",
                "Select a section from the list",
            ),
            SOURCE_REQUIRED => m(
                "Выберите, как поступило обращение: звонок или письмо",
                "Select how the request came: a call or an email",
            ),
            CONTACT_REQUIRED => m(
                "Введите телефон или адрес электронной почты заявителя",
                "Enter the person's phone number or email address",
            ),
            CITIZEN_UNKNOWN => m(
                "Заявитель не найден: найдите его снова или введите его данные",
                "The person was not found: search again or enter their details",
            ),
            REPLY_CHANNEL_NEEDS_ACCOUNT => m(
                "У заявителя нет личного кабинета: выберите ответ по почте или по СМС",
                "The person has no account: select an answer by email or text message",
            ),
            REPLY_CHANNEL_NEEDS_EMAIL => m(
                "Чтобы ответить по почте, введите адрес электронной почты заявителя",
                "Enter the person's email address to answer by email",
            ),
            REPLY_CHANNEL_NEEDS_MOBILE => m(
                "Чтобы ответить по СМС, введите номер мобильного телефона заявителя",
                "Enter the person's mobile number to answer by text message",
            ),
            _ => return None,
        })
    }
}
