//! The words of the messages the portal sends by e-mail and SMS.

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Message, Text};
use crate::notifications::Kind;

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

/// A request (or feedback) was registered: its number, when the answer is due, what happens next.
pub fn request_received(number: &str, due: &str, lang: Lang) -> Notice {
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

/// What a one-time code is for, as its message names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePurpose {
    /// Confirming a phone number at registration or when it changes.
    ConfirmPhone,
    /// Confirming an e-mail address at registration or when it changes.
    ConfirmEmail,
    /// Recovering access.
    Recovery,
    /// The second factor at sign-in.
    SignIn,
}

impl CodePurpose {
    /// Stable name, stored with the code.
    pub fn code(self) -> &'static str {
        match self {
            CodePurpose::ConfirmPhone => "confirm_phone",
            CodePurpose::ConfirmEmail => "confirm_email",
            CodePurpose::Recovery => "recovery",
            CodePurpose::SignIn => "sign_in",
        }
    }

    fn what(self) -> Message {
        let (ru, en) = match self {
            CodePurpose::ConfirmPhone => ("подтверждения телефона", "to confirm your phone"),
            CodePurpose::ConfirmEmail => ("подтверждения почты", "to confirm your email"),
            CodePurpose::Recovery => ("восстановления доступа", "to recover access"),
            CodePurpose::SignIn => ("входа", "to sign in"),
        };
        Message {
            ru: ru.to_owned(),
            en: en.to_owned(),
        }
    }
}

/// A one-time code's message: what it is for, the code, how long it lasts, and that nobody should
/// be told it.
pub fn one_time_code(purpose: CodePurpose, code: &str, minutes: u64, lang: Lang) -> Notice {
    let what = purpose.what();
    Notice::pick(
        Message {
            ru: format!("Код {}", what.ru),
            en: format!("Your code {}", what.en),
        },
        Message {
            ru: format!(
                "Код {}: {code}. Действует {minutes} минут. Никому его не сообщайте — сотрудники поддержки его не спрашивают.",
                what.ru
            ),
            en: format!(
                "Your code {}: {code}. It is valid for {minutes} minutes. Do not tell it to anyone — support staff never ask for it.",
                what.en
            ),
        },
        lang,
    )
}

/// Someone tried to register with an address or number that already has an account. Sent to the
/// account instead of a code, so the registration page tells nobody that the account exists.
pub fn already_registered(lang: Lang) -> Notice {
    Notice::pick(
        Message {
            ru: "Попытка регистрации".to_owned(),
            en: "Someone tried to register".to_owned(),
        },
        Message {
            ru: "Кто-то пытался зарегистрироваться на портале с вашими данными, но у вас уже есть \
                 учётная запись. Если это были вы, войдите или восстановите пароль. Если нет — \
                 ничего делать не нужно."
                .to_owned(),
            en: "Someone tried to register on the portal with your details, but you already have \
                 an account. If it was you, sign in or recover your password. If not, you need \
                 not do anything."
                .to_owned(),
        },
        lang,
    )
}

/// A contact-centre account was created for the recipient: how to set the password.
pub fn staff_account_created(role: Text, lang: Lang) -> Notice {
    Notice::pick(
        Message {
            ru: "Для вас создана учётная запись".to_owned(),
            en: "An account was created for you".to_owned(),
        },
        Message {
            ru: format!(
                "Администратор создал для вас учётную запись на портале поддержки с ролью «{}». \
                 Чтобы задать пароль, откройте страницу входа, нажмите «Забыли пароль?» и введите \
                 этот адрес почты.",
                role.ru
            ),
            en: format!(
                "An administrator created an account for you on the support portal with the role \
                 «{}». To set your password, open the sign-in page, choose «Forgot your \
                 password?» and enter this email address.",
                role.en
            ),
        },
        lang,
    )
}

/// Someone tried to make the recipient's phone or e-mail the contact of another account. Sent
/// instead of a code, so the page tells nobody that the contact has an account.
pub fn contact_claimed(lang: Lang) -> Notice {
    Notice::pick(
        Message {
            ru: "Попытка указать ваши контакты".to_owned(),
            en: "Someone tried to use your contact details".to_owned(),
        },
        Message {
            ru: "Кто-то пытался указать этот адрес или номер в другой учётной записи портала. \
                 Ваша учётная запись не изменилась, делать ничего не нужно."
                .to_owned(),
            en: "Someone tried to add this address or number to another account on the portal. \
                 Your account has not changed; you need not do anything."
                .to_owned(),
        },
        lang,
    )
}

/// A credential of the account changed; the owner is told of every change (SECURITY.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CredentialChange {
    /// The password was changed from the security page.
    Password,
    /// The password was set anew through recovery.
    PasswordRecovered,
    /// The second factor was switched on, off or to another kind.
    SecondFactor,
    /// The phone number or e-mail address was changed.
    Contact,
}

/// A credential changed: what, and what to do if it was not the owner.
pub fn credential_changed(change: CredentialChange, lang: Lang) -> Notice {
    let (ru, en) = match change {
        CredentialChange::Password => ("Пароль изменён", "Your password was changed"),
        CredentialChange::PasswordRecovered => (
            "Пароль восстановлен и изменён",
            "Your password was recovered and changed",
        ),
        CredentialChange::SecondFactor => (
            "Изменён способ подтверждения входа",
            "Your second sign-in step was changed",
        ),
        CredentialChange::Contact => (
            "Изменены контактные данные",
            "Your contact details were changed",
        ),
    };
    Notice::pick(
        Message {
            ru: ru.to_owned(),
            en: en.to_owned(),
        },
        Message {
            ru: format!(
                "{ru}. Если это сделали не вы, восстановите пароль и завершите все сеансы на \
                 странице «Безопасность» или позвоните 8 800 100-70-10."
            ),
            en: format!(
                "{en}. If it was not you, recover your password and end all sessions on the \
                 «Security» page, or call 8 800 100-70-10."
            ),
        },
        lang,
    )
}

/// An operator decided about the recipient's identity scans: confirmed, or refused and why.
pub fn identity_decided(refusal: Option<&str>, lang: Lang) -> Notice {
    match refusal {
        None => Notice::pick(
            Message {
                ru: "Личность подтверждена".to_owned(),
                en: "Your identity is confirmed".to_owned(),
            },
            Message {
                ru: "Оператор проверил паспорт и СНИЛС: ваша личность подтверждена. Это видно в \
                     разделе «Мои данные»."
                    .to_owned(),
                en: "An operator checked your passport and SNILS: your identity is confirmed. \
                     You can see it in «Your details»."
                    .to_owned(),
            },
            lang,
        ),
        Some(reason) => Notice::pick(
            Message {
                ru: "Личность не подтверждена".to_owned(),
                en: "Your identity is not confirmed".to_owned(),
            },
            Message {
                ru: format!(
                    "Оператор не смог подтвердить личность по присланным документам. Причина: \
                     {reason}\n\nОтправьте документы ещё раз в разделе «Мои данные»."
                ),
                en: format!(
                    "An operator could not confirm your identity from the documents you sent. \
                     Reason: {reason}\n\nSend the documents again in «Your details»."
                ),
            },
            lang,
        ),
    }
}

/// An operator's words to a person without an account, who reads them nowhere else: the reply,
/// the answer or the refusal, with the request's number.
pub fn operator_wrote(number: &str, text: &str, lang: Lang) -> Notice {
    Notice::pick(
        Message {
            ru: format!("Ответ по обращению {number}"),
            en: format!("About your request {number}"),
        },
        Message {
            ru: format!(
                "Здравствуйте!\n\n{text}\n\nЕсли будете звонить в поддержку, назовите номер \
                 обращения {number}.\n\nПоддержка Госуслуг"
            ),
            en: format!(
                "Hello,\n\n{text}\n\nIf you call support, give the request number \
                 {number}.\n\nGosuslugi support"
            ),
        },
        lang,
    )
}

/// A chat's transcript, sent at the citizen's request: the conversation as
/// `crate::chat::words::transcript_text` writes it.
pub fn chat_transcript(chat: i64, transcript: &str, lang: Lang) -> Notice {
    Notice::pick(
        Message {
            ru: format!("Переписка в чате № {chat}"),
            en: format!("Your chat no. {chat}"),
        },
        Message {
            ru: format!(
                "Здравствуйте!\n\nВы попросили прислать переписку с поддержкой.\n\n{transcript}\n\
                 Поддержка Госуслуг"
            ),
            en: format!(
                "Hello,\n\nYou asked for your conversation with support.\n\n{transcript}\n\
                 Gosuslugi support"
            ),
        },
        lang,
    )
}

/// What a notification says beyond its kind: kept with it, so that the feed can word it again in
/// the reader's language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    /// The request's number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// When the answer is due (registered, extended): `03.12.2026`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// The reason of a refusal or an extension.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Which browser signed in, and when: `Chrome, Linux, 30.11.2026, 12:40`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub device: String,
    /// Which credential changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<CredentialChange>,
    /// When a call-back's call is set: `02.12.2026, 14:30`, Moscow time.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub call: String,
    /// The phone a call-back's call goes to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

/// A notification's headline and text: the feed's item and the e-mail's subject and text.
pub fn notification(kind: Kind, details: &Details, lang: Lang) -> Notice {
    let n = &details.number;
    let (subject, body) = match kind {
        Kind::Registered => (
            Message {
                ru: format!("Обращение {n} зарегистрировано"),
                en: format!("Request {n} registered"),
            },
            Message {
                ru: format!("Ответ будет дан не позднее {}.", details.due),
                en: format!("You will get an answer by {}.", details.due),
            },
        ),
        Kind::Taken => (
            Message {
                ru: format!("Обращение {n} взято в работу"),
                en: format!("Request {n} taken into work"),
            },
            Message::from(Text {
                ru: "Оператор начал работу над вашим обращением.",
                en: "An operator has started work on your request.",
            }),
        ),
        Kind::DocumentsRequested => (
            Message {
                ru: format!("По обращению {n} запрошены документы"),
                en: format!("Documents requested for request {n}"),
            },
            Message::from(Text {
                ru: "Оператор просит прислать документы или сведения. Пока вы их не пришлёте, \
                     срок ответа остановлен. Откройте обращение, чтобы прочитать запрос и ответить.",
                en: "An operator asks for documents or details. The deadline is stopped until \
                     you send them. Open the request to read what is asked and reply.",
            }),
        ),
        Kind::OperatorReplied => (
            Message {
                ru: format!("Ответ оператора по обращению {n}"),
                en: format!("An operator replied about request {n}"),
            },
            Message::from(Text {
                ru: "Оператор написал вам. Откройте обращение, чтобы прочитать сообщение.",
                en: "An operator wrote to you. Open the request to read the message.",
            }),
        ),
        Kind::DeadlineExtended => (
            Message {
                ru: format!("Срок по обращению {n} продлён"),
                en: format!("The deadline of request {n} is extended"),
            },
            Message {
                ru: format!(
                    "Новый срок ответа — {}. Причина: {}",
                    details.due, details.reason
                ),
                en: format!(
                    "The answer is now due by {}. Reason: {}",
                    details.due, details.reason
                ),
            },
        ),
        Kind::Resolved => (
            Message {
                ru: format!("Дан ответ по обращению {n}"),
                en: format!("Request {n} is answered"),
            },
            Message::from(Text {
                ru: "Откройте обращение, чтобы прочитать ответ и оценить его.",
                en: "Open the request to read the answer and rate it.",
            }),
        ),
        Kind::Rejected => (
            Message {
                ru: format!("Отказ по обращению {n}"),
                en: format!("Request {n} is rejected"),
            },
            Message {
                ru: format!(
                    "Причина: {}\n\nОткройте обращение, чтобы узнать, что исправить.",
                    details.reason
                ),
                en: format!(
                    "Reason: {}\n\nOpen the request to see what to correct.",
                    details.reason
                ),
            },
        ),
        Kind::Escalated => (
            Message {
                ru: format!("Обращение {n} передано старшему оператору"),
                en: format!("Request {n} passed to a senior operator"),
            },
            Message::from(Text {
                ru: "Старший оператор рассмотрит обращение и ответит вам.",
                en: "A senior operator will look into the request and answer you.",
            }),
        ),
        Kind::CallbackScheduled => (
            Message {
                ru: format!("Обратный звонок назначен на {} (мск)", details.call),
                en: format!("Your call-back is set for {} (Moscow time)", details.call),
            },
            Message {
                ru: format!(
                    "Специалист контакт-центра позвонит вам {} по московскому времени на номер \
                     {}. Если время не подходит, отмените звонок на портале и закажите новый.",
                    details.call, details.phone
                ),
                en: format!(
                    "A contact centre specialist will call you on {} at {}, Moscow time. If the \
                     time does not suit you, cancel the call on the portal and book another.",
                    details.phone, details.call
                ),
            },
        ),
        Kind::SignedIn => (
            Message::from(Kind::SignedIn.name()),
            Message {
                ru: format!(
                    "Выполнен вход в вашу учётную запись: {}. Если это были не вы, смените \
                     пароль и завершите все сеансы на странице «Безопасность».",
                    details.device
                ),
                en: format!(
                    "Somebody signed in to your account: {}. If it was not you, change your \
                     password and end all sessions on the «Security» page.",
                    details.device
                ),
            },
        ),
        Kind::CredentialsChanged => {
            let notice =
                credential_changed(details.change.unwrap_or(CredentialChange::Password), lang);
            return notice;
        }
    };
    Notice::pick(subject, body, lang)
}

/// A notification as a text message: its headline, and where to read more.
pub fn text_message(kind: Kind, details: &Details, lang: Lang) -> String {
    let headline = notification(kind, details, lang).subject;
    match lang {
        Lang::Ru => format!("{headline}. Подробности на портале Госуслуг."),
        Lang::En => format!("{headline}. Details on the Gosuslugi portal."),
    }
}

/// How e-mails open.
pub const GREETING: Text = Text {
    ru: "Здравствуйте!",
    en: "Hello,",
};

/// How e-mails are signed.
pub const SIGNATURE: Text = Text {
    ru: "Поддержка Госуслуг",
    en: "Gosuslugi support",
};

/// The words of an e-mail's link to `page` (see [`crate::notifications::page_of`]).
pub fn open_page(page: &str) -> Text {
    if page == crate::pages::CALLBACKS.path {
        OPEN_CALLBACKS
    } else {
        OPEN_REQUEST
    }
}

/// The link to the citizen's call-backs.
pub const OPEN_CALLBACKS: Text = Text {
    ru: "Мои обратные звонки",
    en: "My call-backs",
};

/// The link to the request an e-mail is about.
pub const OPEN_REQUEST: Text = Text {
    ru: "Открыть обращение",
    en: "Open the request",
};

/// The last line of an e-mail: where to choose what to receive.
pub const CHANGE_SETTINGS: Text = Text {
    ru: "Какие уведомления получать, можно выбрать в разделе «Настройки → Уведомления»",
    en: "Choose which notifications you get in «Settings → Notifications»",
};

#[cfg(test)]
mod tests {
    use super::{CodePurpose, one_time_code, request_received};
    use crate::lang::Lang;

    #[test]
    fn a_code_message_says_what_for_and_how_long() {
        let notice = one_time_code(CodePurpose::ConfirmPhone, "482915", 10, Lang::Ru);
        assert_eq!(
            notice.body,
            "Код подтверждения телефона: 482915. Действует 10 минут. Никому его не сообщайте — сотрудники поддержки его не спрашивают."
        );
    }

    #[test]
    fn the_receipt_names_the_number_and_the_date() {
        let notice = request_received("ОБР-2026-000017", "03.12.2026", Lang::Ru);
        assert_eq!(notice.subject, "Обращение ОБР-2026-000017 принято");
        assert!(notice.body.contains("не позднее 03.12.2026"));
        let notice = request_received("ОБР-2026-000017", "03.12.2026", Lang::En);
        assert!(notice.body.contains("by 03.12.2026"));
    }
}
