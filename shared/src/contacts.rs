//! The contacts directory of the help centre (SPEC §8): the one place its data is kept.

use serde::Serialize;

use crate::lang::Text;

/// A way to reach the contact centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Contact {
    /// What the line or address is for.
    pub title: Text,
    /// The number or address as shown.
    pub value: &'static str,
    /// The link behind it: `tel:`, `mailto:` or `https:`.
    pub href: &'static str,
    /// When it works and what it costs.
    pub note: Text,
}

/// A group of contacts shown under one heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ContactGroup {
    /// The heading.
    pub heading: Text,
    /// The contacts.
    pub contacts: &'static [Contact],
}

const fn t(ru: &'static str, en: &'static str) -> Text {
    Text { ru, en }
}

/// The whole directory, in the order shown.
pub const DIRECTORY: &[ContactGroup] = &[
    ContactGroup {
        heading: t("Телефоны", "Phone lines"),
        contacts: &[
            Contact {
                title: t("Единая линия по всей России", "All-Russia line"),
                value: "8 800 100-70-10",
                href: "tel:+78001007010",
                note: t("Бесплатно, круглосуточно", "Free, 24 hours a day"),
            },
            Contact {
                title: t(
                    "Короткий номер для мобильных",
                    "Short number from mobile phones",
                ),
                value: "115",
                href: "tel:115",
                note: t(
                    "Бесплатно с мобильного в любом регионе, круглосуточно",
                    "Free from a mobile phone in any region, 24 hours a day",
                ),
            },
            Contact {
                title: t("Из-за рубежа", "From abroad"),
                value: "+7 499 550-18-39",
                href: "tel:+74995501839",
                note: t(
                    "По тарифам вашего оператора, круглосуточно",
                    "At your operator's rates, 24 hours a day",
                ),
            },
        ],
    },
    ContactGroup {
        heading: t("Письменно", "In writing"),
        contacts: &[Contact {
            title: t("Электронная почта поддержки", "Support email"),
            value: "support@gosuslugi.ru",
            href: "mailto:support@gosuslugi.ru",
            note: t(
                "Ответ в течение 1–5 рабочих дней; для подробных вопросов с приложениями",
                "Answered within 1–5 business days; for detailed questions with attachments",
            ),
        }],
    },
    ContactGroup {
        heading: t("Официальные страницы", "Official pages"),
        contacts: &[
            Contact {
                title: t("Бот в Telegram", "Telegram bot"),
                value: "@gosuslugi_bot",
                href: "https://t.me/gosuslugi_bot",
                note: t("Ответы на частые вопросы", "Answers to common questions"),
            },
            Contact {
                title: t("ВКонтакте", "VK"),
                value: "vk.com/gosuslugi",
                href: "https://vk.com/gosuslugi",
                note: t(
                    "Новости и ответы в сообщениях",
                    "News, and answers in messages",
                ),
            },
            Contact {
                title: t("YouTube", "YouTube"),
                value: "youtube.com/@gosuslugi",
                href: "https://www.youtube.com/@gosuslugi",
                note: t("Видеоинструкции", "Video guides"),
            },
        ],
    },
];

/// Hours of the chat with an operator and of call-backs, Moscow time.
pub const OPERATOR_HOURS: Text = t(
    "с 08:00 до 20:00 по московскому времени",
    "08:00–20:00 Moscow time",
);
