//! Words of the pages that are not error messages: labels, hints, headings, buttons.

use crate::lang::Text;

pub mod account;
pub mod callbacks;
pub mod chat;
pub mod components;
pub mod console;
pub mod gallery;
pub mod knowledge;
pub mod notifications;
pub mod overlays;
pub mod requests;
pub mod statistics;

/// A text in Russian and English; `const` so catalogues stay tables of constants.
pub const fn t(ru: &'static str, en: &'static str) -> Text {
    Text { ru, en }
}

/// The portal's name, the end of every page title.
pub const PORTAL_NAME: Text = t("Поддержка Госуслуг", "Gosuslugi support");
/// Prefix of the title of a page with errors.
pub const TITLE_ERROR_PREFIX: Text = t("Ошибка: ", "Error: ");
/// Skip link.
pub const SKIP_TO_CONTENT: Text = t("Перейти к основному содержанию", "Skip to main content");
/// Heading of the error summary.
pub const ERROR_SUMMARY_TITLE: Text = t("Есть ошибки", "There is a problem");
/// Visually hidden prefix of an inline error message.
pub const ERROR_PREFIX: Text = t("Ошибка:", "Error:");
/// Marker of an optional field's label.
pub const OPTIONAL: Text = t("(необязательно)", "(optional)");
/// Announced after files are chosen or removed, before «2 файла».
pub const FILES_CHOSEN: Text = t("Выбрано:", "Chosen:");
/// Footer: the contacts directory link.
pub const CONTACTS_LINK: Text = t("Контакты", "Contacts");
/// Footer: the help centre link.
pub const HELP_CENTRE_LINK: Text = t("Центр поддержки", "Help centre");

/// Help centre home.
pub mod home {
    use super::{Text, t};
    /// Title and heading.
    pub const TITLE: Text = t("Центр поддержки", "Help centre");
    /// Lead paragraph.
    pub const LEAD: Text = t(
        "Здесь можно задать вопрос о работе портала госуслуг, сообщить о проблеме и узнать, как связаться со службой поддержки.",
        "Ask about the e-services portal, report a problem and find how to reach the support service.",
    );
    /// Channels heading.
    pub const CHANNELS: Text = t("Как связаться с поддержкой", "How to contact support");
    /// Feedback channel.
    pub const FEEDBACK_TITLE: Text = t("Написать в поддержку", "Write to support");
    /// Feedback channel description.
    pub const FEEDBACK_TEXT: Text = t(
        "Без входа на портал. Ответ придёт на электронную почту; номер обращения вы увидите сразу.",
        "No need to sign in. The answer comes by email; you see the request number at once.",
    );
    /// Phone channel.
    pub const PHONE_TITLE: Text = t("Позвонить", "Call");
    /// Phone channel description.
    pub const PHONE_TEXT: Text = t(
        "Операторы отвечают круглосуточно. Номера — в разделе «Контакты» ниже.",
        "Operators answer 24 hours a day. The numbers are under «Contacts» below.",
    );
    /// Call-back channel.
    pub const CALLBACK_TITLE: Text = t("Заказать обратный звонок", "Book a call-back");
    /// Call-back channel description.
    pub const CALLBACK_TEXT: Text = t(
        "Специалист позвонит в удобный вам день и промежуток времени. Нужно войти на портал.",
        "A specialist calls you on the day and in the window you choose. You need to sign in.",
    );
    /// Before the call-backs' hours.
    pub const CALLBACK_HOURS: Text = t("Звонки —", "Calls:");
    /// Contacts heading.
    pub const CONTACTS: Text = t("Контакты", "Contacts");
    /// The popular articles' heading.
    pub const POPULAR: Text = t("Популярные статьи", "Popular articles");
    /// The link to every article.
    pub const ALL_ARTICLES: Text = t("Все статьи базы знаний", "All knowledge base articles");
    /// The request form channel.
    pub const REQUEST_TITLE: Text = t("Подать обращение", "File a request");
    /// The request form channel's description.
    pub const REQUEST_TEXT: Text = t(
        "Из личного кабинета: можно приложить файлы и следить за ответом и сроком.",
        "From your account: attach files and follow the answer and its deadline.",
    );
    /// The e-mail channel.
    pub const EMAIL_TITLE: Text = t("Написать на электронную почту", "Send an email");
}

/// The anonymous feedback form.
pub mod feedback {
    use super::{Text, t};
    /// Title and heading.
    pub const TITLE: Text = t("Написать в поддержку", "Write to support");
    /// Lead paragraph.
    pub const LEAD: Text = t(
        "Ответ придёт на электронную почту. Номер обращения вы увидите сразу после отправки.",
        "The answer comes by email. You will see the request number as soon as you send the form.",
    );
    /// Topic label.
    pub const TOPIC: Text = t("Тема", "Topic");
    /// Empty option of the topic list.
    pub const TOPIC_CHOOSE: Text = t("Выберите тему", "Select a topic");
    /// Message label.
    pub const MESSAGE: Text = t("Сообщение", "Message");
    /// Message hint.
    pub const MESSAGE_HINT: Text = t(
        "Опишите, что случилось и что вы уже пробовали сделать: от 20 до 4000 символов.",
        "Say what happened and what you already tried: 20 to 4000 characters.",
    );
    /// E-mail label.
    pub const EMAIL: Text = t("Электронная почта", "Email address");
    /// E-mail hint.
    pub const EMAIL_HINT: Text = t("На неё придёт ответ", "We will send the answer there");
    /// Phone label.
    pub const PHONE: Text = t("Номер телефона", "Phone number");
    /// Phone hint.
    pub const PHONE_HINT: Text = t(
        "Если понадобится уточнить детали. Например, +7 912 345-67-89",
        "In case we need details. For example, +7 912 345 67 89",
    );
    /// Documents group legend.
    pub const DOCUMENTS: Text = t("Документы (необязательно)", "Documents (optional)");
    /// Documents group hint.
    pub const DOCUMENTS_HINT: Text = t(
        "Укажите, если вопрос касается ваших данных: так специалист быстрее найдёт их.",
        "Give them if the question is about your data: the specialist will find it faster.",
    );
    /// SNILS label.
    pub const SNILS: Text = t("СНИЛС", "SNILS");
    /// SNILS hint.
    pub const SNILS_HINT: Text = t(
        "11 цифр, например 123-456-789 64",
        "11 digits, like 123-456-789 64",
    );
    /// INN label.
    pub const INN: Text = t("ИНН", "INN");
    /// INN hint.
    pub const INN_HINT: Text = t("10 или 12 цифр", "10 or 12 digits");
    /// Passport label.
    pub const PASSPORT: Text = t("Серия и номер паспорта", "Passport series and number");
    /// Passport hint.
    pub const PASSPORT_HINT: Text = t("Например, 45 06 123456", "For example, 45 06 123456");
    /// OGRN label.
    pub const OGRN: Text = t("ОГРН организации", "Organisation's OGRN");
    /// OGRN hint.
    pub const OGRN_HINT: Text = t("13 цифр", "13 digits");
    /// OGRNIP label.
    pub const OGRNIP: Text = t("ОГРНИП", "OGRNIP");
    /// OGRNIP hint.
    pub const OGRNIP_HINT: Text = t(
        "15 цифр, для индивидуальных предпринимателей",
        "15 digits, for sole traders",
    );
    /// Files label.
    pub const FILES: Text = t("Файлы (необязательно)", "Files (optional)");
    /// Files hint.
    pub const FILES_HINT: Text = t(
        "Скриншоты или документы в формате PDF, DOC, DOCX, JPG или PNG. Каждый файл — не больше 5 МБ, все вместе — не больше 20 МБ, не больше 10 файлов.",
        "Screenshots or documents as PDF, DOC, DOCX, JPG or PNG. Each file up to 5 MB, up to 20 MB and 10 files in all.",
    );
    /// Send button.
    pub const SEND: Text = t("Отправить", "Send");
    /// Send button while sending.
    pub const SENDING: Text = t("Отправляем…", "Sending…");
    /// Confirmation title.
    pub const SENT_TITLE: Text = t("Обращение отправлено", "Your request has been sent");
    /// Confirmation: label of the number.
    pub const SENT_NUMBER: Text = t("Номер обращения", "Request number");
    /// Confirmation: what happens next.
    pub const SENT_NEXT_TITLE: Text = t("Что будет дальше", "What happens next");
    /// Confirmation: next steps.
    pub const SENT_NEXT: Text = t(
        "Специалист ответит на указанную электронную почту. Если понадобятся подробности, он позвонит по указанному номеру.",
        "A specialist will answer to the email address you gave, and may call the number you gave if details are needed.",
    );
    /// Confirmation: when the answer is due (followed by the date).
    pub const SENT_DUE: Text = t("Срок ответа — до", "The answer is due by");
    /// Confirmation: how to follow it.
    pub const SENT_FOLLOW: Text = t(
        "Сохраните номер обращения: назовите его, если позвоните в поддержку.",
        "Keep the request number: give it if you call support.",
    );
    /// Print button.
    pub const PRINT: Text = t("Распечатать или сохранить", "Print or save");
    /// Link to another message.
    pub const ANOTHER: Text = t("Написать ещё одно сообщение", "Send another message");
}

/// Page not found.
pub mod not_found {
    use super::{Text, t};
    /// Title and heading.
    pub const TITLE: Text = t("Страница не найдена", "Page not found");
    /// What to do.
    pub const TEXT: Text = t(
        "Проверьте адрес страницы или перейдите в центр поддержки.",
        "Check the page address or go to the help centre.",
    );
}

/// A page someone signed in opened that is not for their role.
pub mod refused {
    use super::{Text, t};
    use crate::pages::Audience;
    /// Title and heading.
    pub const TITLE: Text = t("Нет доступа к этой странице", "You cannot open this page");
    /// For the operators' pages.
    pub const OPERATORS_ONLY: Text = t(
        "Эта страница — для операторов контакт-центра.",
        "This page is for contact-centre operators.",
    );
    /// For the statistics.
    pub const STATISTICS_READERS_ONLY: Text = t(
        "Эта страница — для старших операторов и администраторов.",
        "This page is for senior operators and administrators.",
    );
    /// For the administrators' pages.
    pub const ADMINISTRATORS_ONLY: Text = t(
        "Эта страница доступна только администраторам.",
        "Only administrators can use this page.",
    );
    /// For the contact centre's pages.
    pub const CONTACT_CENTRE_ONLY: Text = t(
        "Эта страница доступна только сотрудникам контакт-центра.",
        "Only contact centre staff can use this page.",
    );

    /// Who the page is for, said to someone it is not for (`None`: a page nobody signed in is
    /// refused).
    pub fn who_may(audience: Audience) -> Option<Text> {
        match audience {
            Audience::Operators => Some(OPERATORS_ONLY),
            Audience::StatisticsReaders => Some(STATISTICS_READERS_ONLY),
            Audience::Administrators => Some(ADMINISTRATORS_ONLY),
            Audience::ContactCentre => Some(CONTACT_CENTRE_ONLY),
            Audience::Anyone | Audience::SignedIn => None,
        }
    }
}

/// A page whose code could not be downloaded (the connection dropped, say).
pub mod chunk_failed {
    use super::{Text, t};
    /// Title and heading.
    pub const TITLE: Text = t(
        "Не удалось загрузить страницу",
        "The page could not be loaded",
    );
    /// What happened and what to do.
    pub const TEXT: Text = t(
        "Проверьте подключение к интернету и попробуйте ещё раз. Введённые данные сохранены.",
        "Check your internet connection and try again. Anything you typed is kept.",
    );
    /// The button that downloads it again.
    pub const RETRY: Text = t("Попробовать ещё раз", "Try again");
}

/// Faults that are not the user's doing.
pub mod faults {
    use super::{Text, t};
    /// Heading of the banner when a form could not be sent.
    pub const NOT_SENT: Text = t("Форма не отправлена", "The form was not sent");
    /// Heading of the banner when a page's data could not be loaded.
    pub const NOT_LOADED: Text = t(
        "Не удалось загрузить данные",
        "The page's data could not be loaded",
    );
    /// Network unreachable.
    pub const NETWORK: Text = t(
        "Не удалось связаться с сервером. Проверьте подключение к интернету и отправьте форму ещё раз — введённые данные сохранены.",
        "Could not reach the server. Check your internet connection and send the form again — your answers are kept.",
    );
}
