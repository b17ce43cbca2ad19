//! How a conversation reads: who wrote each entry, what each event says, and the whole
//! conversation as plain text — one wording for the chat panel, the console, the transcript
//! saved as text, the transcript e-mail and the request a chat becomes.

use super::{Author, ChatEntry, ChatEvent, ChatTranscript, Side, Unavailable};
use crate::categories;
use crate::dates::format_date_time;
use crate::forms::callback::CONTACT_CENTRE_HOURS;
use crate::lang::{Lang, Message, Text};
use crate::text::{DESCRIPTION, SUBJECT};
use crate::ui::overlays::chat_bubble::YOU;

/// The bot, as the conversation names it.
pub const BOT: Text = Text {
    ru: "Помощник",
    en: "Assistant",
};

/// An operator whose profile has no name yet.
pub const OPERATOR: Text = Text {
    ru: "Оператор",
    en: "Operator",
};

/// The citizen, to the contact centre.
pub const CITIZEN: Text = Text {
    ru: "Гражданин",
    en: "Citizen",
};

/// What the portal itself says in the conversation.
pub const PORTAL: Text = Text {
    ru: "Портал",
    en: "Portal",
};

/// What marks what was cut from a text too long for its place.
const CUT: &str = "…";

/// Who wrote `author`'s entries, as `reader` reads it.
pub fn author_name(author: &Author, reader: Side, lang: Lang) -> String {
    match author {
        Author::Citizen => match reader {
            Side::Citizen => YOU.get(lang).to_owned(),
            Side::Operator => CITIZEN.get(lang).to_owned(),
        },
        Author::Operator { name } if name.trim().is_empty() => OPERATOR.get(lang).to_owned(),
        Author::Operator { name } => name.clone(),
        Author::Bot => BOT.get(lang).to_owned(),
        Author::System { .. } => PORTAL.get(lang).to_owned(),
    }
}

/// The contact centre's hours in words: «с 08:00 до 20:00 по московскому времени».
pub fn hours(lang: Lang) -> String {
    let (from, to) = CONTACT_CENTRE_HOURS;
    match lang {
        Lang::Ru => format!("с {from:02}:00 до {to:02}:00 по московскому времени"),
        Lang::En => format!("from {from:02}:00 to {to:02}:00 Moscow time"),
    }
}

/// What an event says.
pub fn event_text(event: &ChatEvent, lang: Lang) -> String {
    let message = match event {
        ChatEvent::Waiting => Message::from(Text {
            ru: "Ищем свободного оператора. Вы в очереди — можно не ждать на этой странице: \
                 ответ появится здесь.",
            en: "Looking for a free operator. You are in the queue — you need not stay on this \
                 page: the answer will appear here.",
        }),
        ChatEvent::OperatorJoined { name } => {
            let name = if name.trim().is_empty() {
                OPERATOR.get(lang)
            } else {
                name
            };
            Message {
                ru: format!("К чату подключился оператор: {name}."),
                en: format!("An operator joined the chat: {name}."),
            }
        }
        ChatEvent::Unavailable {
            reason: Unavailable::OutsideHours,
        } => Message {
            ru: format!(
                "Сейчас операторы не работают: они отвечают в чате ежедневно {}. Оставьте \
                 сообщение — оно станет обращением, и ответ придёт в личный кабинет.",
                hours(Lang::Ru)
            ),
            en: format!(
                "Operators are not at work now: they answer in the chat every day {}. Leave a \
                 message — it becomes a request, and the answer comes to your account.",
                hours(Lang::En)
            ),
        },
        ChatEvent::Unavailable {
            reason: Unavailable::NobodyOnDuty,
        } => Message::from(Text {
            ru: "Сейчас нет свободных операторов по этой теме. Оставьте сообщение — оно станет \
                 обращением, и ответ придёт в личный кабинет.",
            en: "No operator of this topic is free now. Leave a message — it becomes a request, \
                 and the answer comes to your account.",
        }),
        ChatEvent::Transferred { section } => {
            let name = categories::section(section).map_or(section.as_str(), |s| s.name.get(lang));
            Message {
                ru: format!("Чат передан в раздел «{name}»."),
                en: format!("The chat was handed to «{name}»."),
            }
        }
        ChatEvent::BecameRequest { number } => Message {
            ru: format!("По переписке зарегистрировано обращение {number}."),
            en: format!("Request {number} was registered from this conversation."),
        },
        ChatEvent::Closed { by: Side::Citizen } => Message::from(Text {
            ru: "Чат завершён.",
            en: "The chat has ended.",
        }),
        ChatEvent::Closed { by: Side::Operator } => Message::from(Text {
            ru: "Оператор завершил чат.",
            en: "The operator ended the chat.",
        }),
    };
    message.get(lang).to_owned()
}

/// What an entry says: its words, an event's text, the bot's offered articles and the file.
pub fn entry_text(entry: &ChatEntry, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    match &entry.author {
        Author::System { event } => parts.push(event_text(event, lang)),
        _ if !entry.text.trim().is_empty() => parts.push(entry.text.trim().to_owned()),
        _ => {}
    }
    if let Author::Bot = entry.author {
        parts.push(
            if entry.articles.is_empty() {
                Text {
                    ru: "Подходящих статей в базе знаний не нашлось. Можно позвать оператора.",
                    en: "No matching article was found in the knowledge base. You can ask for \
                         an operator.",
                }
            } else {
                Text {
                    ru: "Возможно, ответ есть в этих статьях:",
                    en: "These articles may answer it:",
                }
            }
            .get(lang)
            .to_owned(),
        );
        parts.extend(entry.articles.iter().map(|a| format!("— {}", a.title)));
    }
    if let Some(file) = &entry.file {
        parts.push(match lang {
            Lang::Ru => format!("[файл: {}]", file.name),
            Lang::En => format!("[file: {}]", file.name),
        });
    }
    parts.join("\n")
}

/// The conversation as plain text, as `reader` reads it: a heading, then each entry with its
/// time and author. Operators' notes are left out, whoever reads.
pub fn transcript_text(transcript: &ChatTranscript, reader: Side, lang: Lang) -> String {
    let summary = &transcript.summary;
    let topic = categories::find(&summary.topic)
        .map_or(summary.topic.as_str(), |(_, sub)| sub.name.get(lang));
    let started = format_date_time(summary.started);
    let mut text = match lang {
        Lang::Ru => format!("Чат № {} · {topic} · начат {started}\n", summary.id),
        Lang::En => format!("Chat no. {} · {topic} · started {started}\n", summary.id),
    };
    for entry in transcript.entries.iter().filter(|e| !e.internal) {
        text.push('\n');
        text.push_str(&format!(
            "{} {}:\n{}\n",
            format_date_time(entry.at),
            author_name(&entry.author, reader, lang),
            entry_text(entry, lang)
        ));
    }
    text
}

/// The subject and description of the support request a chat becomes: its first question,
/// and the conversation so far, each cut to its field's rule.
pub fn request_words(transcript: &ChatTranscript, lang: Lang) -> (String, String) {
    let question = transcript
        .entries
        .iter()
        .find(|entry| entry.author == Author::Citizen && !entry.text.trim().is_empty())
        .map_or(transcript.summary.question.as_str(), |entry| &entry.text);
    let subject = clip(&first_line(question), SUBJECT.max);
    let description = clip(
        &transcript_text(transcript, Side::Operator, lang),
        DESCRIPTION.max,
    );
    (subject, description)
}

/// The first line of `text` that has words.
fn first_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .unwrap_or_default()
        .to_owned()
}

/// `text` trimmed, cut to at most `max` characters with [`CUT`] at the end when it is longer.
pub fn clip(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}{CUT}", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::{ChatState, ChatSummary, OfferedArticle};
    use crate::text::TextRule;
    use time::macros::datetime;

    fn entry(seq: u64, author: Author, text: &str) -> ChatEntry {
        ChatEntry {
            chat: 7,
            seq,
            author,
            text: text.to_owned(),
            file: None,
            articles: Vec::new(),
            internal: false,
            at: datetime!(2026-12-07 09:05 UTC),
        }
    }

    fn transcript(entries: Vec<ChatEntry>) -> ChatTranscript {
        ChatTranscript {
            summary: ChatSummary {
                id: 7,
                topic: "cabinet.login".to_owned(),
                section: "cabinet".to_owned(),
                state: ChatState::Active,
                operator: Some("Петрова Анна".to_owned()),
                question: "Не могу войти".to_owned(),
                started: datetime!(2026-12-07 09:00 UTC),
                waiting_since: None,
                request: None,
            },
            entries,
        }
    }

    #[test]
    fn the_text_names_each_author_as_its_reader_knows_them_and_keeps_notes_out() {
        let mut bot = entry(2, Author::Bot, "");
        bot.articles.push(OfferedArticle {
            id: 1,
            title: "Как войти".to_owned(),
        });
        let mut note = entry(
            4,
            Author::Operator {
                name: "Петрова Анна".into(),
            },
            "тайна",
        );
        note.internal = true;
        let chat = transcript(vec![
            entry(1, Author::Citizen, "Не могу войти"),
            bot,
            entry(
                3,
                Author::Operator {
                    name: String::new(),
                },
                "Здравствуйте",
            ),
            note,
        ]);
        let citizen = transcript_text(&chat, Side::Citizen, Lang::Ru);
        assert!(citizen.starts_with("Чат № 7 · "), "{citizen}");
        assert!(
            citizen.contains("07.12.2026, 12:05 Вы:\nНе могу войти"),
            "{citizen}"
        );
        assert!(citizen.contains("Помощник:\nВозможно, ответ есть в этих статьях:\n— Как войти"));
        assert!(citizen.contains("Оператор:\nЗдравствуйте"), "{citizen}");
        assert!(!citizen.contains("тайна"));
        let operator = transcript_text(&chat, Side::Operator, Lang::En);
        assert!(operator.contains("Citizen:\nНе могу войти"), "{operator}");
        assert!(!operator.contains("тайна"));
    }

    #[test]
    fn a_chat_becomes_a_request_within_its_fields_rules() {
        let long = "Очень длинный вопрос ".repeat(150);
        let mut entries = vec![entry(
            1,
            Author::Citizen,
            &format!("\n{long}\nвторая строка"),
        )];
        for seq in 2..60 {
            entries.push(entry(seq, Author::Citizen, &"слово ".repeat(30)));
        }
        let (subject, description) = request_words(&transcript(entries), Lang::Ru);
        assert!(SUBJECT.check(&subject).is_ok());
        assert!(subject.ends_with(CUT) && subject.starts_with("Очень длинный вопрос"));
        assert!(DESCRIPTION.check(&description).is_ok());
        assert_eq!(TextRule::length(&description), DESCRIPTION.max);
        assert!(description.starts_with("Чат № 7"));

        let short = transcript(vec![entry(1, Author::Citizen, "Код")]);
        let (subject, description) = request_words(&short, Lang::Ru);
        assert_eq!(subject, "Код");
        assert!(DESCRIPTION.check(&description).is_ok(), "{description}");
    }

    #[test]
    fn the_hours_in_the_words_are_the_contact_centres() {
        let text = event_text(
            &ChatEvent::Unavailable {
                reason: Unavailable::OutsideHours,
            },
            Lang::Ru,
        );
        assert!(
            text.contains("с 08:00 до 20:00 по московскому времени"),
            "{text}"
        );
    }
}
