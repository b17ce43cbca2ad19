//! E-mails as they leave: the plain text and an HTML part with the same words, framed for a
//! notification (greeting, link to the page, where to change the settings, signature).

use shared::lang::Lang;
use shared::notices::{CHANGE_SETTINGS, GREETING, SIGNATURE, open_page};
use shared::pages::Page;

use crate::storage::outbox::Queued;

/// An e-mail's two parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    /// `text/plain`.
    pub text: String,
    /// `text/html`: the same words, paragraphs and links.
    pub html: String,
}

/// One block of an e-mail: words, or words linking to an address.
enum Block {
    Words(String),
    Link { words: &'static str, url: String },
}

/// Composes `queued`'s e-mail; links are made absolute with `public_url` (none without it).
pub fn compose(queued: &Queued, public_url: Option<&str>) -> Composed {
    let lang = queued.lang;
    let absolute =
        |path: &str| public_url.map(|base| format!("{}{path}", base.trim_end_matches('/')));
    let mut blocks = Vec::new();
    if queued.notification {
        blocks.push(Block::Words(GREETING.get(lang).to_owned()));
    }
    blocks.extend(
        queued
            .message
            .body
            .split("\n\n")
            .map(|paragraph| Block::Words(paragraph.to_owned())),
    );
    if let Some(page) = queued.link.as_deref()
        && let Some(url) = absolute(page)
    {
        blocks.push(Block::Link {
            words: open_page(page).get(lang),
            url,
        });
    }
    if queued.notification {
        match absolute(&Page::NotificationSettings.href()) {
            Some(url) => blocks.push(Block::Link {
                words: CHANGE_SETTINGS.get(lang),
                url,
            }),
            None => blocks.push(Block::Words(format!("{}.", CHANGE_SETTINGS.get(lang)))),
        }
        blocks.push(Block::Words(SIGNATURE.get(lang).to_owned()));
    }
    Composed {
        text: text_of(&blocks),
        html: html_of(&queued.message.subject, &blocks, lang),
    }
}

fn text_of(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|block| match block {
            Block::Words(words) => words.clone(),
            Block::Link { words, url } => format!("{words}: {url}"),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn html_of(subject: &str, blocks: &[Block], lang: Lang) -> String {
    let paragraphs: String = blocks
        .iter()
        .map(|block| match block {
            Block::Words(words) => format!("<p>{}</p>\n", escape(words).replace('\n', "<br>\n")),
            Block::Link { words, url } => format!(
                "<p><a href=\"{}\" style=\"color:#1d70b8\">{}</a></p>\n",
                escape(url),
                escape(words)
            ),
        })
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n\
         <body style=\"font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c\">\n{paragraphs}</body>\n</html>\n",
        lang.tag(),
        escape(subject)
    )
}

/// Text made safe inside HTML elements and quoted attributes (the e-mails' HTML part, the
/// development outbox page).
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::compose;
    use crate::storage::outbox::{Channel, Outgoing, Queued};
    use shared::lang::Lang;

    fn queued(body: &str, notification: bool, link: Option<&str>) -> Queued {
        Queued {
            id: 1,
            message: Outgoing {
                channel: Channel::Email,
                recipient: "ivan@example.ru".to_owned(),
                subject: "Отказ по обращению <1>".to_owned(),
                body: body.to_owned(),
            },
            attempts: 0,
            lang: Lang::Ru,
            link: link.map(str::to_owned),
            dedup_key: "k".to_owned(),
            notification,
        }
    }

    #[test]
    fn a_notification_is_framed_and_links_its_page() {
        let mail = compose(
            &queued(
                "Причина: <нет> & всё",
                true,
                Some("/account/requests/view?number=1"),
            ),
            Some("https://portal.example/"),
        );
        assert_eq!(
            mail.text,
            "Здравствуйте!\n\nПричина: <нет> & всё\n\nОткрыть обращение: \
             https://portal.example/account/requests/view?number=1\n\nКакие уведомления получать, \
             можно выбрать в разделе «Настройки → Уведомления»: \
             https://portal.example/account/notifications\n\nПоддержка Госуслуг"
        );
        assert!(mail.html.contains("<p>Причина: &lt;нет&gt; &amp; всё</p>"));
        assert!(mail.html.contains(
            "<a href=\"https://portal.example/account/requests/view?number=1\" style=\"color:#1d70b8\">Открыть обращение</a>"
        ));
        assert!(
            mail.html
                .contains("<title>Отказ по обращению &lt;1&gt;</title>")
        );
        assert!(mail.html.contains("<html lang=\"ru\">"));
    }

    #[test]
    fn other_messages_keep_their_own_words() {
        let mail = compose(&queued("Код: 1\n\nВсё", false, None), None);
        assert_eq!(mail.text, "Код: 1\n\nВсё");
        assert!(mail.html.contains("<p>Код: 1</p>\n<p>Всё</p>"));
    }
}
