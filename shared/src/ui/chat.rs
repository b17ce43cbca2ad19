//! Words of the chat with the contact centre: its launcher, its panel and the citizen's list
//! of chats. What the conversation itself says (events, authors, the transcript) is
//! `crate::chat::words`.

use super::t;
use crate::lang::{Message, Text};

/// The launcher's button and the panel's heading.
pub const TITLE: Text = t("Чат с поддержкой", "Chat with support");
/// The launcher's button while the panel is open.
pub const HIDE: Text = t("Свернуть чат", "Minimise the chat");
/// The topic's field.
pub const TOPIC: Text = t("О чём вопрос", "What it is about");
/// The topic's empty choice.
pub const TOPIC_PLACEHOLDER: Text = t("Выберите тему", "Choose a topic");
/// The question's field.
pub const QUESTION: Text = t("Ваш вопрос", "Your question");
/// Under the question.
pub const QUESTION_HINT: Text = t(
    "Сначала ответит помощник: он подберёт статьи из базы знаний. Если они не помогут, позовите \
     оператора.",
    "The assistant answers first with articles from the knowledge base. If they do not help, \
     ask for an operator.",
);
/// Starts a chat.
pub const START: Text = t("Начать чат", "Start the chat");
/// The bot's articles answered the question: the chat ends.
pub const HELPED: Text = t("Это помогло", "This helped");
/// Asks for an operator.
pub const CALL_OPERATOR: Text = t("Позвать оператора", "Ask for an operator");
/// Leaves the conversation as a message that becomes a request.
pub const LEAVE_MESSAGE: Text = t("Оставить сообщение", "Leave a message");
/// Opens «Новое обращение» instead.
pub const OPEN_FORM: Text = t("Заполнить форму обращения", "Fill in the request form");
/// The message's field.
pub const MESSAGE: Text = t("Сообщение", "Message");
/// Sends the message.
pub const SEND: Text = t("Отправить", "Send");
/// The other side is typing.
pub const TYPING: Text = t("Оператор печатает…", "The operator is typing…");
/// The connection dropped; what was sent is kept and goes again.
pub const RECONNECTING: Text = t(
    "Связь прервалась. Переподключаемся — написанное не потеряется.",
    "The connection dropped. Reconnecting — nothing you wrote is lost.",
);
/// Ends the chat.
pub const END: Text = t("Завершить чат", "End the chat");
/// Heading once the chat has ended.
pub const ENDED: Text = t("Чат завершён", "The chat has ended");
/// After the rating.
pub const RATED: Text = t("Спасибо за оценку.", "Thank you for the rating.");
/// The transcript as a text file.
pub const DOWNLOAD: Text = t("Скачать переписку", "Download the conversation");
/// The transcript's print view.
pub const PRINT: Text = t("Версия для печати", "Printable version");
/// Sends the transcript by e-mail.
pub const EMAIL: Text = t("Прислать переписку на почту", "E-mail me the conversation");
/// After the e-mail was asked for.
pub const EMAILED: Text = t(
    "Переписка отправлена на вашу электронную почту.",
    "The conversation has been sent to your e-mail.",
);
/// Starts another chat.
pub const NEW_CHAT: Text = t("Начать новый чат", "Start a new chat");
/// The citizen's chats: the page's title and its link.
pub const MY_CHATS: Text = t("Мои чаты", "My chats");
/// The list without chats.
pub const NO_CHATS: Text = t(
    "Чатов пока нет. Чат с поддержкой открывается кнопкой внизу страницы.",
    "No chats yet. The chat with support opens from the button at the bottom of the page.",
);
/// A chat's page: its title before the number.
pub const CHAT: Text = t("Чат №", "Chat no.");
/// The list's column and the page's row: the topic.
pub const TOPIC_COLUMN: Text = t("Тема", "Topic");
/// The list's column: when it started.
pub const STARTED: Text = t("Начат", "Started");
/// The list's column: where it stands.
pub const STATE: Text = t("Состояние", "State");
/// An open chat in the list.
pub const OPEN: Text = t("Идёт", "Open");
/// An ended chat in the list.
pub const CLOSED: Text = t("Завершён", "Ended");
/// Prints the page.
pub const PRINT_NOW: Text = t("Распечатать или сохранить в PDF", "Print or save as PDF");

/// After a message was left: the request's number.
pub fn left(number: &str) -> Message {
    Message {
        ru: format!(
            "Сообщение зарегистрировано как обращение {number}. Ответ придёт в личный кабинет."
        ),
        en: format!(
            "Your message was registered as request {number}. The answer will come to your account."
        ),
    }
}
