//! Words of the citizen's request pages: «Новое обращение» with its check and confirmation,
//! «Мои обращения» and one request.

use super::t;
use crate::lang::Text;

/// «Новое обращение», its check and its confirmation.
pub mod new {
    use super::*;

    /// Heading of the form.
    pub const TITLE: Text = t("Новое обращение", "New request");
    /// Under the heading.
    pub const LEAD: Text = t(
        "Ответим в срок, который зависит от темы. Всё, что вы вводите, сохраняется в этом браузере, пока обращение не отправлено",
        "We answer within a time that depends on the topic. What you type is kept in this browser until the request is sent",
    );
    /// The draft came back after a reload.
    pub const DRAFT_RESTORED: Text = t(
        "Мы восстановили то, что вы ввели раньше.",
        "We restored what you typed before.",
    );
    /// Start again from an empty form.
    pub const DRAFT_DISCARD: Text = t("Начать заново", "Start again");
    /// Files are not kept in a draft.
    pub const FILES_AGAIN: Text = t(
        "Файлы не сохраняются в черновике: выберите их ещё раз.",
        "Files are not kept in a draft: choose them again.",
    );
    /// The topic question.
    pub const CATEGORY: Text = t("Тема обращения", "What is your request about?");
    /// Search among topics.
    pub const CATEGORY_SEARCH: Text = t("Найти тему", "Find a topic");
    /// Under the search.
    pub const CATEGORY_SEARCH_HINT: Text = t(
        "Начните вводить, например «пароль» или «штраф»",
        "Start typing, for example «password» or «fine»",
    );
    /// No topic matched the search.
    pub const CATEGORY_NONE: Text = t(
        "Нет подходящих тем. Измените запрос или выберите «Общие вопросы»",
        "No topic matches. Change the search or choose «General questions»",
    );
    /// How many topics match: «Найдено тем: 3».
    pub const CATEGORY_FOUND: Text = t("Найдено тем:", "Topics found:");
    /// Heading of the topic's own fields.
    pub const DETAILS: Text = t("Подробности", "Details");
    /// Subject.
    pub const SUBJECT: Text = t("Тема", "Subject");
    /// Under the subject.
    pub const SUBJECT_HINT: Text = t(
        "Коротко, например «Не приходит код подтверждения»",
        "In a few words, for example «The confirmation code does not arrive»",
    );
    /// Description.
    pub const DESCRIPTION: Text = t("Опишите ситуацию", "Describe what happened");
    /// Under the description.
    pub const DESCRIPTION_HINT: Text = t(
        "Что вы делали, что произошло и чего вы ожидали",
        "What you did, what happened and what you expected",
    );
    /// Contacts fieldset.
    pub const CONTACTS: Text = t("Как с вами связаться", "How to contact you");
    /// Under the contacts.
    pub const CONTACTS_HINT: Text = t(
        "Мы взяли их из ваших данных; их можно изменить для этого обращения",
        "We took them from your details; you can change them for this request",
    );
    /// Phone.
    pub const PHONE: Text = t("Номер телефона", "Phone number");
    /// E-mail.
    pub const EMAIL: Text = t("Электронная почта", "Email address");
    /// Reply channel question.
    pub const REPLY_CHANNEL: Text = t("Как прислать ответ", "How should we send the answer?");
    /// Who files.
    pub const APPLICANT: Text = t("Вы обращаетесь как", "You are writing as");
    /// A citizen.
    pub const APPLICANT_CITIZEN: Text = t("Физическое лицо", "A private person");
    /// An organisation.
    pub const APPLICANT_ORGANISATION: Text = t(
        "Организация или индивидуальный предприниматель",
        "An organisation or sole trader",
    );
    /// Identifier fieldset.
    pub const IDENTIFIER: Text = t(
        "Документ, по которому вас найти",
        "A document to find you by",
    );
    /// Under it.
    pub const IDENTIFIER_HINT: Text = t(
        "Укажите хотя бы один: СНИЛС, ИНН или паспорт",
        "Give at least one: SNILS, INN or passport",
    );
    /// Related request.
    pub const RELATED: Text = t(
        "Номер прошлого обращения (необязательно)",
        "Earlier request number (optional)",
    );
    /// Under it.
    pub const RELATED_HINT: Text = t(
        "Если вы уже писали об этом, например 2026-000123",
        "If you wrote about this before, for example 2026-000123",
    );
    /// Disability.
    pub const DISABILITY: Text = t(
        "У меня есть инвалидность — прошу рассмотреть обращение в первую очередь",
        "I have a disability — please deal with my request first",
    );
    /// Files.
    pub const FILES: Text = t("Файлы (необязательно)", "Files (optional)");
    /// Files hint.
    pub const FILES_HINT: Text = t(
        "PDF, DOC, DOCX, JPG или PNG, каждый до 5 МБ, всего до 20 МБ и не больше 10 файлов",
        "PDF, DOC, DOCX, JPG or PNG, each up to 5 MB, 20 MB and 10 files in all",
    );
    /// Files this topic requires.
    pub const FILES_REQUIRED: Text = t("Файлы", "Files");
    /// To the check page.
    pub const CONTINUE: Text = t("Продолжить", "Continue");

    /// The check page's heading.
    pub const CHECK_TITLE: Text = t("Проверьте обращение", "Check your request");
    /// Change link.
    pub const CHANGE: Text = t("Изменить", "Change");
    /// Priority row.
    pub const PRIORITY: Text = t("Приоритет", "Priority");
    /// Files row.
    pub const FILES_ROW: Text = t("Файлы", "Files");
    /// No files.
    pub const NO_FILES: Text = t("Нет", "None");
    /// Yes.
    pub const YES: Text = t("Да", "Yes");
    /// Before sending.
    pub const DECLARATION: Text = t(
        "Отправляя обращение, вы подтверждаете, что сведения верны.",
        "By sending the request you confirm the details are correct.",
    );
    /// Send.
    pub const SEND: Text = t("Отправить обращение", "Send request");
    /// Sending.
    pub const SENDING: Text = t("Отправляем…", "Sending…");
    /// The check page has nothing to check.
    pub const NOTHING_TO_CHECK: Text = t(
        "Обращение ещё не заполнено.",
        "The request is not filled in yet.",
    );

    /// Confirmation heading.
    pub const SENT_TITLE: Text = t("Обращение зарегистрировано", "Your request is registered");
    /// Number label.
    pub const SENT_NUMBER: Text = t("Номер обращения", "Request number");
    /// Due.
    pub const SENT_DUE: Text = t("Ответ ожидается до", "The answer is expected by");
    /// What next heading.
    pub const SENT_NEXT_TITLE: Text = t("Что будет дальше", "What happens next");
    /// What next.
    pub const SENT_NEXT: Text = t(
        "Оператор возьмёт обращение в работу и ответит в личном кабинете. Если понадобятся документы, мы попросим их, и срок остановится, пока вы их не пришлёте. Подтверждение отправлено на вашу почту.",
        "An operator will take your request and answer in your account. If documents are needed we will ask for them, and the clock stops until you send them. A confirmation has been sent to your email.",
    );
    /// Follow.
    pub const SENT_FOLLOW: Text = t("Следить за обращением", "Follow your request");
    /// Contacts.
    pub const SENT_CONTACTS: Text = t(
        "Вопросы по обращению — 8 800 100-70-10, круглосуточно, звонок бесплатный.",
        "Questions about the request: 8 800 100-70-10, round the clock, free of charge.",
    );
    /// Print.
    pub const PRINT: Text = t("Распечатать или сохранить", "Print or save");
}

/// «Мои обращения».
pub mod list {
    use super::*;

    /// Heading.
    pub const TITLE: Text = t("Мои обращения", "My requests");
    /// The start button.
    pub const NEW: Text = t("Новое обращение", "New request");
    /// What the list holds, under its link in «Личный кабинет».
    pub const LINK_TEXT: Text = t(
        "Ваши обращения в поддержку: статусы, переписка, сроки ответа",
        "Your requests to support: statuses, messages, when to expect answers",
    );
    /// Filter heading.
    pub const FILTER: Text = t("Найти обращения", "Find requests");
    /// Search.
    pub const SEARCH: Text = t(
        "Номер или слова из обращения",
        "Number or words of the request",
    );
    /// Status filter.
    pub const STATUS: Text = t("Статус", "Status");
    /// Any status or category.
    pub const ANY: Text = t("Все", "All");
    /// Category filter.
    pub const CATEGORY: Text = t("Тема", "Topic");
    /// From.
    pub const FROM: Text = t("Подано с (необязательно)", "Filed from (optional)");
    /// To.
    pub const TO: Text = t("Подано по (необязательно)", "Filed to (optional)");
    /// Date hint.
    pub const DATE_HINT: Text = t("Например, 01.11.2026", "For example, 01.11.2026");
    /// Order.
    pub const ORDER: Text = t("Порядок", "Order");
    /// Newest first.
    pub const ORDER_NEWEST: Text = t("Сначала новые", "Newest first");
    /// By status.
    pub const ORDER_STATUS: Text = t("По статусу", "By status");
    /// Apply.
    pub const APPLY: Text = t("Показать", "Show");
    /// Clear.
    pub const CLEAR: Text = t("Сбросить", "Clear");
    /// Table caption: «Найдено: 12».
    pub const FOUND: Text = t("Найдено обращений:", "Requests found:");
    /// Number column.
    pub const NUMBER: Text = t("Номер", "Number");
    /// Date column.
    pub const DATE: Text = t("Подано", "Filed");
    /// Subject column.
    pub const SUBJECT: Text = t("Тема", "Subject");
    /// Due column.
    pub const DUE: Text = t("Ответ ожидается", "Answer expected");
    /// No requests at all.
    pub const EMPTY: Text = t(
        "У вас пока нет обращений. Если что-то не получается на портале, напишите нам.",
        "You have no requests yet. If something does not work on the portal, write to us.",
    );
    /// None match.
    pub const NONE_FOUND: Text = t(
        "Нет обращений, подходящих под условия. Измените их или сбросьте.",
        "No requests match. Change the conditions or clear them.",
    );
}

/// One request.
pub mod detail {
    use super::*;

    /// Heading prefix: «Обращение 2026-000123».
    pub const TITLE: Text = t("Обращение", "Request");
    /// Back to the list.
    pub const BACK: Text = t("Мои обращения", "My requests");
    /// Status row.
    pub const STATUS: Text = t("Статус", "Status");
    /// Filed row.
    pub const FILED: Text = t("Подано", "Filed");
    /// Category row.
    pub const CATEGORY: Text = t("Тема обращения", "Topic");
    /// Subject row.
    pub const SUBJECT: Text = t("Тема", "Subject");
    /// Description row.
    pub const DESCRIPTION: Text = t("Описание", "Description");
    /// Due row.
    pub const DUE: Text = t("Ответ ожидается", "Answer expected");
    /// The clock stands still while documents are awaited.
    pub const DUE_PAUSED: Text = t(
        "Срок остановлен, пока оператор ждёт ваш ответ",
        "The clock is stopped while the operator waits for your reply",
    );
    /// The deadline was extended.
    pub const EXTENDED: Text = t(
        "Срок продлён. Прежний срок:",
        "The deadline was extended. It was:",
    );
    /// Why.
    pub const EXTENDED_WHY: Text = t("Причина:", "Why:");
    /// Heading of a refusal's reason.
    pub const REJECTED: Text = t("Причина отказа", "Why it was refused");
    /// Heading of what to fix after a refusal.
    pub const FIX: Text = t("Что исправить", "What to fix");
    /// How the request came, when not on the portal.
    pub const CHANNEL: Text = t("Поступило", "Came");
    /// Files heading.
    pub const FILES: Text = t("Файлы обращения", "Files of the request");
    /// Thread heading.
    pub const THREAD: Text = t("Переписка", "Messages");
    /// No messages yet.
    pub const THREAD_EMPTY: Text = t(
        "Сообщений пока нет. Ответ оператора появится здесь.",
        "No messages yet. The operator's answer will appear here.",
    );
    /// You, as the author.
    pub const YOU: Text = t("Вы", "You");
    /// The contact centre, as the author.
    pub const OPERATOR: Text = t("Оператор поддержки", "Support operator");
    /// The portal, as an actor.
    pub const PORTAL: Text = t("Портал", "The portal");
    /// Reply heading.
    pub const REPLY: Text = t("Написать сообщение", "Write a message");
    /// Reply label.
    pub const REPLY_TEXT: Text = t("Сообщение", "Message");
    /// Reply hint while documents are awaited.
    pub const REPLY_DOCUMENTS_HINT: Text = t(
        "Оператор ждёт документы или сведения: после вашего ответа обращение вернётся в работу",
        "The operator is waiting for documents or details: your reply puts the request back in work",
    );
    /// Send reply.
    pub const REPLY_SEND: Text = t("Отправить сообщение", "Send message");
    /// Actions heading.
    pub const ACTIONS: Text = t("Что можно сделать", "What you can do");
    /// Close.
    pub const CLOSE: Text = t("Завершить обращение", "Close the request");
    /// Close hint.
    pub const CLOSE_HINT: Text = t(
        "Если вопрос решён или больше не нужен",
        "If the matter is resolved or no longer needed",
    );
    /// Closed.
    pub const CLOSED: Text = t("Обращение завершено", "The request is closed");
    /// Reopen.
    pub const REOPEN: Text = t("Открыть повторно", "Reopen");
    /// Reopen hint.
    pub const REOPEN_HINT: Text = t(
        "В течение 7 дней после завершения, если вопрос не решён",
        "Within 7 days of closing, if the matter is not resolved",
    );
    /// Reopened.
    pub const REOPENED: Text = t("Обращение снова в работе", "The request is back in work");
    /// Escalate.
    pub const ESCALATE: Text = t("Передать старшему оператору", "Ask for a senior operator");
    /// Escalate hint.
    pub const ESCALATE_HINT: Text = t(
        "Срок ответа прошёл, или вы не согласны с ответом (в течение 48 часов)",
        "The deadline has passed, or you disagree with the answer (within 48 hours)",
    );
    /// Escalation reason.
    pub const ESCALATE_REASON: Text = t("Почему", "Why");
    /// Rate.
    pub const RATE: Text = t("Оцените ответ", "Rate the answer");
    /// Stars.
    pub const STARS: Text = t("Оценка", "Rating");
    /// The five marks, from worst to best.
    pub const MARKS: [Text; 5] = [
        t("1 — очень плохо", "1 — very poor"),
        t("2 — плохо", "2 — poor"),
        t("3 — удовлетворительно", "3 — fair"),
        t("4 — хорошо", "4 — good"),
        t("5 — отлично", "5 — excellent"),
    ];
    /// Comment.
    pub const COMMENT: Text = t("Комментарий (необязательно)", "Comment (optional)");
    /// Send rating.
    pub const RATE_SEND: Text = t("Отправить оценку", "Send rating");
    /// Rated: «Ваша оценка: 5 из 5».
    pub const RATED: Text = t("Ваша оценка:", "Your rating:");
    /// «из 5».
    pub const OF_FIVE: Text = t("из 5", "out of 5");
    /// A new linked request.
    pub const FILE_LINKED: Text = t(
        "Подать новое обращение по этому вопросу",
        "File a new request about this",
    );
    /// Journal heading.
    pub const JOURNAL: Text = t("История обращения", "History of the request");
}
