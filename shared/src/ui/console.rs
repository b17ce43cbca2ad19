//! Words of the operator console: the queue, one request, the actions, and calls and letters
//! registered as requests.

use super::t;
use crate::lang::Text;

/// «Рабочее место»: the queues.
pub mod queue {
    use super::*;

    /// Title and heading.
    pub const TITLE: Text = t("Рабочее место", "Workspace");
    /// Under the heading: which queues.
    pub const YOUR_SECTIONS: Text = t("Ваши разделы:", "Your sections:");
    /// An operator without sections.
    pub const NO_SECTIONS: Text = t(
        "Вас ещё не включили ни в один раздел. Обратитесь к администратору.",
        "You are not in any section yet. Ask an administrator.",
    );
    /// The link to register a call or a letter.
    pub const REGISTER: Text = t(
        "Зарегистрировать звонок или письмо",
        "Register a call or a letter",
    );
    /// The filter's disclosure.
    pub const FILTER: Text = t("Отбор и поиск", "Filter and search");
    /// The search box.
    pub const SEARCH: Text = t(
        "Номер обращения или слова из темы и описания",
        "Request number or words of the subject and description",
    );
    /// The status filter.
    pub const STATUS: Text = t("Статус", "Status");
    /// The topic filter.
    pub const CATEGORY: Text = t("Раздел или тема", "Section or topic");
    /// Placeholder of a filter: anything.
    pub const ANY: Text = t("Любой", "Any");
    /// Whose requests.
    pub const ASSIGNED: Text = t("Чьи обращения", "Whose requests");
    /// Everyone's.
    pub const ASSIGNED_ANY: Text = t("Все", "All");
    /// Mine.
    pub const ASSIGNED_ME: Text = t("Взятые мной", "Taken by me");
    /// Nobody's.
    pub const ASSIGNED_NOBODY: Text = t("Никем не взятые", "Not taken");
    /// More filters.
    pub const ONLY: Text = t("Только", "Only");
    /// Overdue only.
    pub const OVERDUE: Text = t("Просроченные", "Overdue");
    /// Escalated only.
    pub const ESCALATED: Text = t(
        "Переданные старшему оператору",
        "Passed to a senior operator",
    );
    /// Apply the filter.
    pub const APPLY: Text = t("Показать", "Show");
    /// Clear the filter.
    pub const CLEAR: Text = t("Сбросить отбор", "Clear the filter");
    /// Before the count.
    pub const FOUND: Text = t("Найдено обращений:", "Requests found:");
    /// The list refreshed by itself.
    pub const REFRESHED: Text = t(
        "Список обновлён: пришли новые или изменённые обращения.",
        "The list was refreshed: requests arrived or changed.",
    );
    /// No request at all.
    pub const EMPTY: Text = t(
        "В ваших разделах нет обращений.",
        "There are no requests in your sections.",
    );
    /// None passes the filter.
    pub const NONE_FOUND: Text = t(
        "Нет обращений, подходящих под отбор.",
        "No requests match the filter.",
    );
    /// Column: number.
    pub const NUMBER: Text = t("Номер", "Number");
    /// Column: subject and topic.
    pub const SUBJECT: Text = t("Тема", "Subject");
    /// Column: priority.
    pub const PRIORITY: Text = t("Приоритет", "Priority");
    /// Column: deadline.
    pub const DUE: Text = t("Срок", "Due");
    /// Column: who has it.
    pub const ASSIGNEE: Text = t("Оператор", "Operator");
    /// Nobody has it.
    pub const NOBODY: Text = t("не взято", "not taken");
    /// Marker: escalated.
    pub const ESCALATED_MARK: Text = t("у старшего", "with a senior");
    /// Marker: not answered yet.
    pub const UNANSWERED: Text = t("без ответа", "unanswered");
}

/// One request as an operator sees it.
pub mod request {
    use super::*;

    /// Title prefix and heading: «Обращение 2026-000123».
    pub const TITLE: Text = t("Обращение", "Request");
    /// Back to the queue.
    pub const BACK: Text = t("Рабочее место", "Workspace");
    /// Not in the operator's queues, or not there at all.
    pub const GONE: Text = t(
        "Обращение не найдено в ваших разделах: его могли передать в другой раздел.",
        "The request is not in your sections: it may have been moved to another one.",
    );
    /// Who it is from.
    pub const REQUESTER: Text = t("Заявитель", "Requester");
    /// Name row.
    pub const NAME: Text = t("ФИО", "Name");
    /// Unknown name.
    pub const NO_NAME: Text = t("не указано в профиле", "not in the profile");
    /// Phone row.
    pub const PHONE: Text = t("Телефон", "Phone");
    /// E-mail row.
    pub const EMAIL: Text = t("Электронная почта", "Email");
    /// Account row.
    pub const ACCOUNT: Text = t("Личный кабинет", "Account");
    /// Has an account, identity confirmed.
    pub const ACCOUNT_CONFIRMED: Text = t("есть, личность подтверждена", "yes, identity confirmed");
    /// Has an account.
    pub const ACCOUNT_YES: Text = t("есть", "yes");
    /// No account.
    pub const ACCOUNT_NO: Text = t(
        "нет: отвечайте по почте или СМС",
        "no: answer by email or text",
    );
    /// How to answer.
    pub const REPLY_CHANNEL: Text = t("Как ответить", "How to answer");
    /// Channel row.
    pub const CHANNEL: Text = t("Поступило", "Came");
    /// Priority row.
    pub const PRIORITY: Text = t("Приоритет", "Priority");
    /// Assignee row.
    pub const ASSIGNEE: Text = t("Оператор", "Operator");
    /// Escalation marker.
    pub const ESCALATED: Text = t("Передано старшему оператору", "Passed to a senior operator");
    /// The topic's own fields.
    pub const EXTRA: Text = t("Дополнительные сведения", "More details");
    /// Identifiers row.
    pub const IDENTIFIERS: Text = t("Идентификаторы", "Identifiers");
    /// Internal notes heading.
    pub const NOTES: Text = t("Внутренние заметки", "Internal notes");
    /// Under the notes heading.
    pub const NOTES_HINT: Text = t(
        "Их видят только операторы, заявитель — никогда.",
        "Only operators see them, never the requester.",
    );
    /// No notes.
    pub const NO_NOTES: Text = t("Заметок нет.", "No notes.");
    /// Actions heading.
    pub const ACTIONS: Text = t("Действия", "Actions");
    /// Take it.
    pub const TAKE: Text = t("Взять в работу", "Take it");
    /// Reopen (senior).
    pub const REOPEN: Text = t("Вернуть в работу", "Back into work");
    /// Reopen hint.
    pub const REOPEN_HINT: Text = t(
        "Если претензия заявителя обоснована: обращение снова будет в работе, с новым сроком.",
        "If the requester's dispute is right: the request goes back into work with a new deadline.",
    );
}

/// The operator's actions: names, forms and what the banner says after each.
pub mod action {
    use super::*;

    /// Reply.
    pub const REPLY: Text = t("Ответить заявителю", "Reply to the requester");
    /// Ask for documents.
    pub const REQUEST_DOCUMENTS: Text = t(
        "Запросить документы или сведения",
        "Ask for documents or information",
    );
    /// Resolve.
    pub const RESOLVE: Text = t("Дать ответ и завершить", "Answer and resolve");
    /// Reject.
    pub const REJECT: Text = t("Отказать", "Refuse");
    /// Extend.
    pub const EXTEND: Text = t("Продлить срок", "Extend the deadline");
    /// Escalate.
    pub const ESCALATE: Text = t("Передать старшему оператору", "Pass to a senior operator");
    /// Transfer.
    pub const TRANSFER: Text = t("Передать в другой раздел", "Move to another section");
    /// Note.
    pub const NOTE: Text = t("Добавить внутреннюю заметку", "Add an internal note");
    /// Uphold (senior).
    pub const UPHOLD: Text = t("Оставить решение в силе", "Keep the decision");
    /// Uphold: the explanation.
    pub const UPHOLD_TEXT: Text = t("Почему решение остаётся в силе", "Why the decision stands");
    /// Uphold hint.
    pub const UPHOLD_HINT: Text = t(
        "Заявитель увидит этот ответ. Претензия будет закрыта; на новый ответ он сможет пожаловаться снова.",
        "The requester sees this answer. The dispute closes; they may dispute this answer in turn.",
    );
    /// The text of a reply, request or answer.
    pub const TEXT: Text = t("Текст для заявителя", "Text for the requester");
    /// What documents.
    pub const DOCUMENTS_TEXT: Text = t(
        "Какие документы или сведения нужны",
        "Which documents or information are needed",
    );
    /// Hint: the clock stops.
    pub const DOCUMENTS_HINT: Text = t(
        "Срок остановится, пока заявитель не ответит.",
        "The deadline stops until the requester answers.",
    );
    /// The answer.
    pub const ANSWER_TEXT: Text = t("Ответ заявителю", "The answer");
    /// Hint: resolves.
    pub const ANSWER_HINT: Text = t(
        "Обращение получит статус «Завершено». Заявитель сможет открыть его снова в течение 7 дней.",
        "The request becomes «Completed». The requester may reopen it within 7 days.",
    );
    /// The note.
    pub const NOTE_TEXT: Text = t("Заметка", "Note");
    /// Hint: internal.
    pub const NOTE_HINT: Text = t("Заявитель её не увидит.", "The requester will not see it.");
    /// Canned reply picker.
    pub const CANNED: Text = t("Шаблон ответа", "Canned reply");
    /// Canned placeholder.
    pub const CANNED_NONE: Text = t("Без шаблона", "No template");
    /// Insert the canned reply.
    pub const CANNED_INSERT: Text = t("Вставить шаблон", "Insert the template");
    /// Hint of the picker.
    pub const CANNED_HINT: Text = t(
        "Текст шаблона добавится в поле ниже; его можно изменить перед отправкой.",
        "The template's text goes into the box below; edit it before sending.",
    );
    /// Rejection: why.
    pub const REASON: Text = t("Причина отказа", "Why it is refused");
    /// Rejection: what to fix.
    pub const FIX: Text = t("Что исправить или приложить", "What to fix or attach");
    /// Extension: days.
    pub const DAYS: Text = t("На сколько рабочих дней продлить", "Business days to add");
    /// Extension: nothing chosen yet.
    pub const DAYS_PLACEHOLDER: Text = t("Выберите число дней", "Select the number of days");
    /// Extension: reason.
    pub const EXTEND_REASON: Text = t("Причина продления", "Why");
    /// Hint: once, told to the requester.
    pub const EXTEND_HINT: Text = t(
        "Срок можно продлить один раз. Заявитель увидит новый срок и причину.",
        "The deadline can be extended once. The requester sees the new date and the reason.",
    );
    /// Escalation: reason.
    pub const ESCALATE_REASON: Text = t(
        "Почему нужен старший оператор",
        "Why a senior operator is needed",
    );
    /// Transfer: topic.
    pub const TRANSFER_TOPIC: Text = t("Тема в другом разделе", "Topic in another section");
    /// Transfer: comment.
    pub const TRANSFER_COMMENT: Text = t("Комментарий для коллег", "A word for the colleagues");
    /// Transfer hint.
    pub const TRANSFER_HINT: Text = t(
        "Комментарий станет внутренней заметкой. Обращение уйдёт из вашей очереди.",
        "The comment becomes an internal note. The request leaves your queue.",
    );
    /// Send.
    pub const SEND: Text = t("Отправить", "Send");
    /// Save.
    pub const SAVE: Text = t("Сохранить", "Save");
    /// The action is no longer possible.
    pub const NOT_NOW: Text = t(
        "Это действие сейчас недоступно: обращение изменилось. Вернитесь к нему.",
        "This action is not available now: the request changed. Go back to it.",
    );
    /// Banners after each action.
    pub const DONE_TAKE: Text = t("Обращение взято в работу", "You took the request");
    /// After a reply.
    pub const DONE_REPLY: Text = t("Ответ отправлен", "Reply sent");
    /// After asking for documents.
    pub const DONE_REQUEST_DOCUMENTS: Text = t(
        "Документы запрошены, срок остановлен",
        "Documents requested, deadline stopped",
    );
    /// After resolving.
    pub const DONE_RESOLVE: Text = t("Ответ дан, обращение завершено", "Answered and resolved");
    /// After refusing.
    pub const DONE_REJECT: Text = t("В обращении отказано", "The request was refused");
    /// After extending.
    pub const DONE_EXTEND: Text = t("Срок продлён", "Deadline extended");
    /// After escalating.
    pub const DONE_ESCALATE: Text = t("Передано старшему оператору", "Passed to a senior operator");
    /// After transferring (the request is gone from the queue).
    pub const DONE_TRANSFER: Text = t(
        "Обращение передано в другой раздел",
        "Moved to another section",
    );
    /// After reopening.
    pub const DONE_REOPEN: Text = t("Обращение возвращено в работу", "Back in work");
    /// After a note.
    pub const DONE_NOTE: Text = t("Заметка добавлена", "Note added");
    /// After upholding.
    pub const DONE_UPHOLD: Text = t("Решение оставлено в силе", "The decision stands");
}

/// A call or a letter registered as a request.
pub mod register {
    use super::*;

    /// Title and heading.
    pub const TITLE: Text = t("Звонок или письмо", "A call or a letter");
    /// Under the heading.
    pub const LEAD: Text = t(
        "Зарегистрируйте обращение за заявителя. Сначала найдите его: так обращение появится в его личном кабинете.",
        "Register a request for someone. Find them first: the request then shows in their account.",
    );
    /// How it came.
    pub const SOURCE: Text = t("Как поступило обращение", "How the request came");
    /// The search.
    pub const FIND: Text = t(
        "Телефон, электронная почта, ИНН или СНИЛС заявителя",
        "The person's phone, email, INN or SNILS",
    );
    /// Search button.
    pub const FIND_BUTTON: Text = t("Найти", "Find");
    /// Found people.
    pub const FOUND: Text = t("Найденные заявители", "People found");
    /// Nobody found.
    pub const NOT_FOUND: Text = t(
        "Никого не нашли. Введите данные заявителя ниже.",
        "Nobody found. Enter the person's details below.",
    );
    /// Choose this one.
    pub const CHOOSE: Text = t("Выбрать", "Choose");
    /// Chosen.
    pub const CHOSEN: Text = t("Обращение будет от:", "The request will be from:");
    /// Forget the chosen one.
    pub const UNCHOOSE: Text = t(
        "Выбрать другого или ввести данные",
        "Choose someone else or enter details",
    );
    /// Person without an account heading.
    pub const WITHOUT_ACCOUNT: Text = t(
        "Заявитель без личного кабинета",
        "A person without an account",
    );
    /// Surname.
    pub const SURNAME: Text = t("Фамилия", "Surname");
    /// Given name.
    pub const GIVEN_NAME: Text = t("Имя", "Given name");
    /// Patronymic.
    pub const PATRONYMIC: Text = t("Отчество", "Patronymic");
    /// Phone.
    pub const PHONE: Text = t("Телефон", "Phone");
    /// E-mail.
    pub const EMAIL: Text = t("Электронная почта", "Email");
    /// Contacts hint.
    pub const CONTACT_HINT: Text = t(
        "Нужен хотя бы один способ связи.",
        "At least one way to reach them is needed.",
    );
    /// The request heading.
    pub const REQUEST: Text = t("Обращение", "The request");
    /// Topic.
    pub const TOPIC: Text = t("Тема", "Topic");
    /// Choose a topic.
    pub const TOPIC_PLACEHOLDER: Text = t("Выберите тему", "Select a topic");
    /// Subject.
    pub const SUBJECT: Text = t("Кратко, о чём обращение", "Subject in a few words");
    /// Description.
    pub const DESCRIPTION: Text = t("Что сообщил заявитель", "What the person said");
    /// Reply channel.
    pub const REPLY_CHANNEL: Text = t("Как ответить", "How to answer");
    /// Disability.
    pub const DISABILITY: Text = t(
        "У заявителя есть инвалидность (приоритет выше)",
        "The person has a disability (higher priority)",
    );
    /// Send.
    pub const SEND: Text = t("Зарегистрировать", "Register");
    /// Confirmation.
    pub const DONE: Text = t("Обращение зарегистрировано", "Request registered");
    /// The expected date, before it.
    pub const DUE: Text = t("Ответ ожидается", "Answer expected");
    /// The group of the person's contacts.
    pub const CONTACTS: Text = t("Как связаться с заявителем", "How to reach the person");
    /// Its number.
    pub const NUMBER: Text = t("Номер обращения", "Request number");
    /// What next.
    pub const DONE_HINT: Text = t(
        "Назовите номер заявителю. Если он указал почту, номер и срок ответа придут ему письмом.",
        "Tell the person the number. If they gave an email, the number and the due date go there too.",
    );
    /// Open it.
    pub const OPEN: Text = t("Открыть обращение", "Open the request");
    /// Another one.
    pub const ANOTHER: Text = t("Зарегистрировать ещё одно", "Register another one");
}
