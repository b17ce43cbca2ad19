//! The words of the messages the portal sends by e-mail and SMS.

use crate::lang::{Lang, Message};

/// A message's subject and text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The e-mail's subject.
    pub subject: String,
    /// The text.
    pub body: String,
}

impl Notice {
    fn pick(subject: Message, body: Message, lang: Lang) -> Notice {
        Notice {
            subject: subject.get(lang).to_owned(),
            body: body.get(lang).to_owned(),
        }
    }
}

/// Feedback was registered: its number, when the answer is due, what happens next.
pub fn feedback_received(number: &str, due: &str, lang: Lang) -> Notice {
    Notice::pick(
        Message {
            ru: format!("Обращение {number} принято"),
            en: format!("Request {number} received"),
        },
        Message {
            ru: format!(
                "Здравствуйте!\n\nМы получили ваше сообщение и зарегистрировали обращение {number}.\n\
                 Ответ придёт на этот адрес не позднее {due}.\n\n\
                 Если будете звонить в поддержку, назовите номер обращения.\n\n\
                 Поддержка Госуслуг"
            ),
            en: format!(
                "Hello,\n\nWe received your message and registered request {number}.\n\
                 The answer will come to this address by {due}.\n\n\
                 If you call support, give the request number.\n\n\
                 Gosuslugi support"
            ),
        },
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::feedback_received;
    use crate::lang::Lang;

    #[test]
    fn the_receipt_names_the_number_and_the_date() {
        let notice = feedback_received("ОБР-2026-000017", "03.12.2026", Lang::Ru);
        assert_eq!(notice.subject, "Обращение ОБР-2026-000017 принято");
        assert!(notice.body.contains("не позднее 03.12.2026"));
        let notice = feedback_received("ОБР-2026-000017", "03.12.2026", Lang::En);
        assert!(notice.body.contains("by 03.12.2026"));
    }
}
