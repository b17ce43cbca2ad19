//! The category tree (SPEC §3): sections, which are operator queues, and their subcategories, each
//! with its own extra fields, kind and default priority.

use serde::{Deserialize, Serialize};

use crate::clean::{all_digits, is_domain_char, non_blank, strip_separators};
use crate::dates::parse_date;
use crate::identifiers;
use crate::lang::Text;

/// What kind of matter a subcategory is; it decides the resolution deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    /// A reference question: answered within 24 hours.
    Reference,
    /// A service request: resolved within 7 business days.
    Service,
    /// A complaint: resolved within 10 business days.
    Complaint,
}

impl RequestKind {
    /// The kind's name.
    pub fn name(self) -> Text {
        match self {
            RequestKind::Reference => Text {
                ru: "Справочный вопрос",
                en: "Reference question",
            },
            RequestKind::Service => Text {
                ru: "Запрос на услугу",
                en: "Service request",
            },
            RequestKind::Complaint => Text {
                ru: "Жалоба",
                en: "Complaint",
            },
        }
    }
}

/// How urgent a request is; it decides the first-response deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Low: first response within 5 business days.
    Low,
    /// Medium: first response within 3 business days.
    Medium,
    /// High: first response within 1 business day.
    High,
}

impl Priority {
    /// One step more urgent (high stays high): for critical deadlines and citizens with a disability.
    pub fn raised(self) -> Priority {
        match self {
            Priority::Low => Priority::Medium,
            Priority::Medium | Priority::High => Priority::High,
        }
    }

    /// The priority's name.
    pub fn name(self) -> Text {
        match self {
            Priority::Low => Text {
                ru: "Низкий",
                en: "Low",
            },
            Priority::Medium => Text {
                ru: "Средний",
                en: "Medium",
            },
            Priority::High => Text {
                ru: "Высокий",
                en: "High",
            },
        }
    }
}

/// One option of a choice field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// Stable code sent by the form.
    pub code: &'static str,
    /// What the citizen sees.
    pub label: Text,
}

/// What an extra field holds and how its value is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ExtraKind {
    /// Free text up to `max` characters.
    Text {
        /// Most characters.
        max: usize,
    },
    /// A web address (`https://` may be left out).
    Url,
    /// A date, `ДД.ММ.ГГГГ`.
    Date,
    /// A date with an optional time, `ДД.ММ.ГГГГ ЧЧ:ММ`.
    DateTime,
    /// A sum of money in roubles with up to two decimals.
    Amount,
    /// A number of one of the given lengths in digits.
    Digits {
        /// Allowed lengths.
        lengths: &'static [usize],
    },
    /// Passport series and number.
    Passport,
    /// One of the options.
    Choice {
        /// The options.
        options: &'static [Choice],
    },
}

/// A field a subcategory asks for beyond the common ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExtraField {
    /// The field's name in the error map and in the forms, `extra.` and its code (the key in the
    /// request's `extra` map): written whole once, so neither needs to be made at run time.
    /// The API sends the code alone, as `code`.
    #[serde(rename = "code", serialize_with = "serialize_code")]
    pub key: &'static str,
    /// The label.
    pub label: Text,
    /// A short hint, if the label needs one.
    pub hint: Option<Text>,
    /// What it holds.
    pub kind: ExtraKind,
    /// Whether it must be filled in.
    pub required: bool,
    /// The message when it is required and empty («Введите адрес страницы»).
    pub missing: Text,
    /// The message when the value has the wrong form, with an example.
    pub wrong: Text,
}

impl ExtraField {
    /// Stable code: the key in the request's `extra` map (`page_url`).
    pub fn code(&self) -> &'static str {
        let key: &'static str = self.key;
        key.strip_prefix(EXTRA_PREFIX).unwrap_or(key)
    }

    /// The cleaned value (empty when an optional field is left blank), or the code of the problem.
    pub fn check(&self, raw: &str) -> Result<String, &'static str> {
        use crate::codes::{EXTRA_FORMAT, EXTRA_REQUIRED, EXTRA_TOO_LONG};
        let Some(value) = non_blank(raw) else {
            return if self.required {
                Err(EXTRA_REQUIRED)
            } else {
                Ok(String::new())
            };
        };
        let ok = |valid: bool| {
            if valid {
                Ok(value.to_owned())
            } else {
                Err(EXTRA_FORMAT)
            }
        };
        match self.kind {
            ExtraKind::Text { max } if value.chars().count() > max => Err(EXTRA_TOO_LONG),
            ExtraKind::Text { .. } => Ok(value.to_owned()),
            ExtraKind::Url => web_address(value).ok_or(EXTRA_FORMAT),
            ExtraKind::Date => ok(parse_date(value).is_some()),
            ExtraKind::DateTime => ok(date_time_is_valid(value)),
            ExtraKind::Amount => amount(value).ok_or(EXTRA_FORMAT),
            ExtraKind::Digits { lengths } => {
                let digits = strip_separators(value);
                if all_digits(&digits) && lengths.contains(&digits.len()) {
                    Ok(digits)
                } else {
                    Err(EXTRA_FORMAT)
                }
            }
            ExtraKind::Passport => identifiers::passport(value).map_err(|_| EXTRA_FORMAT),
            ExtraKind::Choice { options } => ok(options.iter().any(|o| o.code == value)),
        }
    }
}

/// A web address with a host that has a dot; `https://` is added when left out.
pub(crate) fn web_address(value: &str) -> Option<String> {
    let with_scheme = if value.starts_with("http://") || value.starts_with("https://") {
        value.to_owned()
    } else {
        format!("https://{value}")
    };
    let rest = with_scheme.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| is_domain_char(c) || matches!(c, '.' | ':'));
    (host_ok && !with_scheme.chars().any(char::is_whitespace)).then_some(with_scheme)
}

/// `ДД.ММ.ГГГГ` optionally followed by `ЧЧ:ММ`.
fn date_time_is_valid(value: &str) -> bool {
    let mut parts = value.split_whitespace();
    let date_ok = parts.next().and_then(parse_date).is_some();
    let time_ok = parts.next().is_none_or(|time| {
        time.split_once(':').is_some_and(|(h, m)| {
            h.len() <= 2
                && m.len() == 2
                && h.parse::<u8>().is_ok_and(|h| h < 24)
                && m.parse::<u8>().is_ok_and(|m| m < 60)
        })
    });
    date_ok && time_ok && parts.next().is_none()
}

/// A positive sum in roubles, `1 234,56` or `1234.56`, normalised to `1234.56`.
fn amount(value: &str) -> Option<String> {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let compact = compact
        .trim_end_matches('₽')
        .trim_end_matches("руб.")
        .trim_end_matches("руб");
    let (whole, fraction) = compact.split_once('.').unwrap_or((compact, ""));
    let valid = all_digits(whole)
        && whole.len() <= 12
        && fraction.len() <= 2
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && compact.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    valid.then(|| format!("{whole}.{fraction:0<2}"))
}

/// A subcategory: what the citizen chooses when filing a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Subcategory {
    /// Stable code, `section.subcategory`.
    pub code: &'static str,
    /// Its name.
    pub name: Text,
    /// What kind of matter it is.
    pub kind: RequestKind,
    /// Priority before any rise.
    pub default_priority: Priority,
    /// Its own fields.
    pub fields: &'static [ExtraField],
    /// Whether a request in it must carry at least one file, and which.
    pub required_attachment: Option<Text>,
}

/// A section of the tree: a group of subcategories and an operator queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Stable code.
    pub code: &'static str,
    /// Its name.
    pub name: Text,
    /// Its subcategories.
    pub subcategories: &'static [Subcategory],
}

/// What every extra field's key starts with.
const EXTRA_PREFIX: &str = "extra.";

/// Writes an extra field's key as its code, the name the API has always given it.
fn serialize_code<S: serde::Serializer>(
    key: &&'static str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(key.strip_prefix(EXTRA_PREFIX).unwrap_or(key))
}

const fn t(ru: &'static str, en: &'static str) -> Text {
    Text { ru, en }
}

const PAGE_URL: ExtraField = ExtraField {
    key: "extra.page_url",
    label: t("Адрес страницы", "Page address"),
    hint: Some(t(
        "Скопируйте его из адресной строки браузера",
        "Copy it from the browser's address bar",
    )),
    kind: ExtraKind::Url,
    required: true,
    missing: t("Введите адрес страницы", "Enter the page address"),
    wrong: t(
        "Введите адрес страницы, например https://www.gosuslugi.ru/help",
        "Enter the page address, like https://www.gosuslugi.ru/help",
    ),
};

const ERROR_CODE: ExtraField = ExtraField {
    key: "extra.error_code",
    label: t("Код ошибки (необязательно)", "Error code (optional)"),
    hint: Some(t(
        "Если на экране был код или номер ошибки",
        "If the screen showed an error code or number",
    )),
    kind: ExtraKind::Text { max: 100 },
    required: false,
    missing: t("Введите код ошибки", "Enter the error code"),
    wrong: t(
        "Код ошибки должен быть не длиннее 100 символов",
        "The error code must be 100 characters or fewer",
    ),
};

const DEVICES: &[Choice] = &[
    Choice {
        code: "computer",
        label: t("Компьютер", "Computer"),
    },
    Choice {
        code: "phone",
        label: t("Телефон", "Phone"),
    },
    Choice {
        code: "tablet",
        label: t("Планшет", "Tablet"),
    },
];

const PLATFORMS: &[Choice] = &[
    Choice {
        code: "android",
        label: t("Android", "Android"),
    },
    Choice {
        code: "ios",
        label: t("iOS", "iOS"),
    },
    Choice {
        code: "harmonyos",
        label: t("HarmonyOS", "HarmonyOS"),
    },
    Choice {
        code: "other",
        label: t("Другая", "Other"),
    },
];

const SITE_FIELDS: &[ExtraField] = &[
    PAGE_URL,
    ExtraField {
        key: "extra.occurred_at",
        label: t(
            "Когда это произошло (необязательно)",
            "When it happened (optional)",
        ),
        hint: Some(t(
            "Например, 21.11.2026 14:30",
            "For example, 21.11.2026 14:30",
        )),
        kind: ExtraKind::DateTime,
        required: false,
        missing: t("Введите дату и время", "Enter the date and time"),
        wrong: t(
            "Введите дату и время в формате 21.11.2026 14:30",
            "Enter the date and time like 21.11.2026 14:30",
        ),
    },
    ExtraField {
        key: "extra.device",
        label: t("Устройство (необязательно)", "Device (optional)"),
        hint: None,
        kind: ExtraKind::Choice { options: DEVICES },
        required: false,
        missing: t("Выберите устройство", "Select the device"),
        wrong: t(
            "Выберите устройство из списка",
            "Select the device from the list",
        ),
    },
    ExtraField {
        key: "extra.browser",
        label: t(
            "Браузер и его версия (необязательно)",
            "Browser and its version (optional)",
        ),
        hint: Some(t(
            "Например, Яндекс Браузер 25.4",
            "For example, Firefox 140",
        )),
        kind: ExtraKind::Text { max: 100 },
        required: false,
        missing: t("Введите название браузера", "Enter the browser"),
        wrong: t(
            "Название браузера должно быть не длиннее 100 символов",
            "The browser must be 100 characters or fewer",
        ),
    },
    ERROR_CODE,
];

const MOBILE_FIELDS: &[ExtraField] = &[
    ExtraField {
        key: "extra.platform",
        label: t("Операционная система телефона", "Phone operating system"),
        hint: None,
        kind: ExtraKind::Choice { options: PLATFORMS },
        required: true,
        missing: t(
            "Выберите операционную систему",
            "Select the operating system",
        ),
        wrong: t(
            "Выберите операционную систему из списка",
            "Select the operating system from the list",
        ),
    },
    ExtraField {
        key: "extra.app_version",
        label: t(
            "Версия приложения (необязательно)",
            "App version (optional)",
        ),
        hint: Some(t(
            "Она указана в разделе «О приложении»",
            "It is shown under «About»",
        )),
        kind: ExtraKind::Text { max: 30 },
        required: false,
        missing: t("Введите версию приложения", "Enter the app version"),
        wrong: t(
            "Версия приложения должна быть не длиннее 30 символов",
            "The app version must be 30 characters or fewer",
        ),
    },
    ERROR_CODE,
];

const SERVICE_NAME: ExtraField = ExtraField {
    key: "extra.service_name",
    label: t("Название услуги", "Service name"),
    hint: None,
    kind: ExtraKind::Text { max: 200 },
    required: true,
    missing: t("Введите название услуги", "Enter the service name"),
    wrong: t(
        "Название услуги должно быть не длиннее 200 символов",
        "The service name must be 200 characters or fewer",
    ),
};

const FORM_FIELDS: &[ExtraField] = &[SERVICE_NAME, ERROR_CODE];

const PAYMENT_STATUS_FIELDS: &[ExtraField] = &[
    ExtraField {
        key: "extra.payment_date",
        label: t("Дата платежа", "Payment date"),
        hint: Some(t("Например, 14.11.2026", "For example, 14.11.2026")),
        kind: ExtraKind::Date,
        required: true,
        missing: t("Введите дату платежа", "Enter the payment date"),
        wrong: t(
            "Дата платежа должна быть настоящей датой, например 14.11.2026",
            "The payment date must be a real date, like 14.11.2026",
        ),
    },
    ExtraField {
        key: "extra.amount",
        label: t("Сумма, ₽", "Amount, ₽"),
        hint: None,
        kind: ExtraKind::Amount,
        required: true,
        missing: t("Введите сумму платежа", "Enter the payment amount"),
        wrong: t(
            "Введите сумму в рублях, например 1500 или 1500,50",
            "Enter the amount in roubles, like 1500 or 1500.50",
        ),
    },
    ExtraField {
        key: "extra.transaction_number",
        label: t("Номер операции", "Transaction number"),
        hint: Some(t(
            "Он указан в чеке или в выписке банка",
            "It is on the receipt or the bank statement",
        )),
        kind: ExtraKind::Text { max: 40 },
        required: true,
        missing: t("Введите номер операции", "Enter the transaction number"),
        wrong: t(
            "Номер операции должен быть не длиннее 40 символов",
            "The transaction number must be 40 characters or fewer",
        ),
    },
];

const FINE_FIELDS: &[ExtraField] = &[
    ExtraField {
        key: "extra.fine_number",
        label: t("Номер постановления (УИН)", "Fine number (UIN)"),
        hint: Some(t(
            "20 или 25 цифр, он указан в постановлении",
            "20 or 25 digits, shown on the fine",
        )),
        kind: ExtraKind::Digits { lengths: &[20, 25] },
        required: true,
        missing: t("Введите номер постановления", "Enter the fine number"),
        wrong: t(
            "Введите номер постановления из 20 или 25 цифр, например 18810177260123456789",
            "Enter a fine number of 20 or 25 digits, like 18810177260123456789",
        ),
    },
    ExtraField {
        key: "extra.fine_date",
        label: t(
            "Дата постановления (необязательно)",
            "Date of the fine (optional)",
        ),
        hint: Some(t("Например, 03.11.2026", "For example, 03.11.2026")),
        kind: ExtraKind::Date,
        required: false,
        missing: t("Введите дату постановления", "Enter the date of the fine"),
        wrong: t(
            "Дата постановления должна быть настоящей датой, например 03.11.2026",
            "The date of the fine must be a real date, like 03.11.2026",
        ),
    },
];

const REGISTRY_FIELDS: &[ExtraField] = &[ExtraField {
    key: "extra.registry_name",
    label: t("Название реестра", "Registry name"),
    hint: Some(t(
        "Например, Единый государственный реестр недвижимости",
        "For example, the Unified State Real Estate Register",
    )),
    kind: ExtraKind::Text { max: 200 },
    required: true,
    missing: t("Введите название реестра", "Enter the registry name"),
    wrong: t(
        "Название реестра должно быть не длиннее 200 символов",
        "The registry name must be 200 characters or fewer",
    ),
}];

const PASSPORT_COPY_FIELDS: &[ExtraField] = &[
    ExtraField {
        key: "extra.passport",
        label: t("Серия и номер паспорта", "Passport series and number"),
        hint: Some(t("Например, 45 06 123456", "For example, 45 06 123456")),
        kind: ExtraKind::Passport,
        required: true,
        missing: t(
            "Введите серию и номер паспорта",
            "Enter the passport series and number",
        ),
        wrong: t(
            "Введите серию и номер паспорта: 10 цифр, например 45 06 123456",
            "Enter the passport series and number: 10 digits, like 45 06 123456",
        ),
    },
    ExtraField {
        key: "extra.passport_issue_date",
        label: t("Дата выдачи паспорта", "Passport issue date"),
        hint: Some(t("Например, 17.05.2015", "For example, 17.05.2015")),
        kind: ExtraKind::Date,
        required: true,
        missing: t(
            "Введите дату выдачи паспорта",
            "Enter the passport issue date",
        ),
        wrong: t(
            "Дата выдачи паспорта должна быть настоящей датой, например 17.05.2015",
            "The passport issue date must be a real date, like 17.05.2015",
        ),
    },
];

const INCOME_FIELDS: &[ExtraField] = &[ExtraField {
    key: "extra.year",
    label: t("За какой год нужна справка", "Year of the statement"),
    hint: Some(t("Например, 2025", "For example, 2025")),
    kind: ExtraKind::Digits { lengths: &[4] },
    required: true,
    missing: t("Введите год", "Enter the year"),
    wrong: t(
        "Введите год из 4 цифр, например 2025",
        "Enter a 4-digit year, like 2025",
    ),
}];

const fn sub(
    code: &'static str,
    name: Text,
    kind: RequestKind,
    default_priority: Priority,
    fields: &'static [ExtraField],
) -> Subcategory {
    Subcategory {
        code,
        name,
        kind,
        default_priority,
        fields,
        required_attachment: None,
    }
}

use Priority::{High, Low, Medium};
use RequestKind::{Complaint, Reference, Service};

/// The whole tree, in the order the citizen sees it.
pub const SECTIONS: &[Section] = &[
    Section {
        code: "tech",
        name: t("Технические вопросы", "Technical issues"),
        subcategories: &[
            sub(
                "tech.site",
                t("Неисправности сайта", "Website faults"),
                Service,
                High,
                SITE_FIELDS,
            ),
            sub(
                "tech.mobile",
                t("Проблемы с мобильным приложением", "Mobile app problems"),
                Service,
                Medium,
                MOBILE_FIELDS,
            ),
            sub(
                "tech.forms",
                t("Ошибки при заполнении форм", "Errors when filling in forms"),
                Service,
                Medium,
                FORM_FIELDS,
            ),
        ],
    },
    Section {
        code: "account",
        name: t("Регистрация и вход", "Registration and sign-in"),
        subcategories: &[
            sub(
                "account.create",
                t("Создание учётной записи", "Creating an account"),
                Reference,
                Medium,
                &[],
            ),
            sub(
                "account.recovery",
                t("Восстановление пароля", "Password recovery"),
                Service,
                High,
                &[],
            ),
            sub(
                "account.identity",
                t("Подтверждение личности", "Identity confirmation"),
                Service,
                Medium,
                &[],
            ),
        ],
    },
    Section {
        code: "payments",
        name: t("Платежи и штрафы", "Payments and fines"),
        subcategories: &[
            sub(
                "payments.pay",
                t("Оплата услуг", "Paying for services"),
                Service,
                Medium,
                &[SERVICE_NAME],
            ),
            sub(
                "payments.status",
                t("Проверка статуса платежа", "Payment status"),
                Service,
                Medium,
                PAYMENT_STATUS_FIELDS,
            ),
            Subcategory {
                required_attachment: Some(t(
                    "Прикрепите копию постановления о штрафе",
                    "Attach a copy of the fine",
                )),
                ..sub(
                    "payments.fines",
                    t("Оспаривание штрафов", "Disputing fines"),
                    Complaint,
                    Medium,
                    FINE_FIELDS,
                )
            },
        ],
    },
    Section {
        code: "documents",
        name: t("Документы и справки", "Documents and certificates"),
        subcategories: &[
            sub(
                "documents.registry_extract",
                t("Запрос выписки из реестра", "Registry extract"),
                Service,
                Low,
                REGISTRY_FIELDS,
            ),
            sub(
                "documents.passport_copy",
                t("Получение копии паспорта", "Copy of a passport"),
                Service,
                Low,
                PASSPORT_COPY_FIELDS,
            ),
            sub(
                "documents.income",
                t("Выдача справки о доходах", "Income statement"),
                Service,
                Low,
                INCOME_FIELDS,
            ),
        ],
    },
    Section {
        code: "cabinet",
        name: t("Личный кабинет", "Personal account"),
        subcategories: &[
            sub(
                "cabinet.personal_data",
                t("Обновление персональных данных", "Updating personal data"),
                Service,
                Medium,
                &[],
            ),
            sub(
                "cabinet.notifications",
                t(
                    "Управление настройками уведомлений",
                    "Notification settings",
                ),
                Reference,
                Low,
                &[],
            ),
            sub(
                "cabinet.history",
                t("Просмотр истории обращений", "Request history"),
                Reference,
                Low,
                &[],
            ),
        ],
    },
    Section {
        code: "feedback",
        name: t("Обратная связь", "Feedback"),
        subcategories: &[
            sub(
                "feedback.complaint",
                t("Жалобы на обслуживание", "Complaints about service"),
                Complaint,
                Medium,
                &[],
            ),
            sub(
                "feedback.suggestion",
                t("Предложения по улучшению сервиса", "Suggestions"),
                Reference,
                Low,
                &[],
            ),
            sub(
                "feedback.general",
                t("Общие вопросы", "General questions"),
                Reference,
                Low,
                &[],
            ),
        ],
    },
];

/// The subcategory with this code, and its section.
pub fn find(code: &str) -> Option<(&'static Section, &'static Subcategory)> {
    SECTIONS.iter().find_map(|section| {
        section
            .subcategories
            .iter()
            .find(|sub| sub.code == code)
            .map(|sub| (section, sub))
    })
}

/// The section of `code`.
pub fn section(code: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|section| section.code == code)
}

/// Whether `code` names a section or a topic of the tree (a listing's filter takes either).
pub fn is_section_or_topic(code: &str) -> bool {
    find(code).is_some() || section(code).is_some()
}

/// Every subcategory of the tree, in order.
pub fn all_subcategories() -> impl Iterator<Item = &'static Subcategory> {
    SECTIONS
        .iter()
        .flat_map(|section| section.subcategories.iter())
}
