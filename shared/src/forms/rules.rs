//! Single-value rules in the shape `validator`'s `custom` wants. Each wraps a rule of
//! `identifiers`, `person` or `text`; none has logic of its own.

use validator::ValidationError;

use crate::categories;
use crate::codes;
use crate::identifiers;
use crate::person;
use crate::text;

fn verdict<T>(result: Result<T, &'static str>) -> Result<(), ValidationError> {
    result.map(|_| ()).map_err(ValidationError::new)
}

/// Optional fields left blank are not judged.
fn if_given<T>(
    value: &str,
    rule: fn(&str) -> Result<T, &'static str>,
) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        Ok(())
    } else {
        verdict(rule(value))
    }
}

macro_rules! rules {
    ($($(#[$doc:meta])* $name:ident => $rule:expr;)*) => {
        $($(#[$doc])* pub fn $name(value: &str) -> Result<(), ValidationError> { verdict($rule(value)) })*
    };
}

macro_rules! optional_rules {
    ($($(#[$doc:meta])* $name:ident => $rule:expr;)*) => {
        $($(#[$doc])* pub fn $name(value: &str) -> Result<(), ValidationError> { if_given(value, $rule) })*
    };
}

rules! {
    /// Phone number, any usual spelling.
    phone => identifiers::phone;
    /// Mobile phone number (for SMS).
    mobile_phone => identifiers::mobile_phone;
    /// E-mail address.
    email => identifiers::email;
    /// Password policy.
    password => person::password;
    /// One-time code.
    one_time_code => identifiers::one_time_code;
    /// Sign-in login: e-mail, phone or INN.
    login => identifiers::login;
    /// Surname.
    surname => |v| person::SURNAME.check(v);
    /// Given name.
    given_name => |v| person::GIVEN_NAME.check(v);
    /// Patronymic (optional by its own rule).
    patronymic => |v| person::PATRONYMIC.check(v);
    /// Request description.
    description => |v| text::DESCRIPTION.check(v);
    /// Feedback message.
    feedback_message => |v| text::FEEDBACK_MESSAGE.check(v);
    /// Request subject.
    subject => |v| text::SUBJECT.check(v);
    /// Reply text.
    reply_text => |v| text::REPLY_TEXT.check(v);
    /// Optional comment.
    comment => |v| text::COMMENT.check(v);
    /// Why a citizen escalates.
    escalation_reason => |v| text::ESCALATION_REASON.check(v);
    /// Why an operator refuses a request.
    rejection_reason => |v| text::REJECTION_REASON.check(v);
    /// What to fix after a refusal.
    rejection_fix => |v| text::REJECTION_FIX.check(v);
    /// Why a deadline is extended.
    extension_reason => |v| text::EXTENSION_REASON.check(v);
    /// A canned reply's title.
    canned_title => |v| text::CANNED_TITLE.check(v);
    /// An article's title.
    article_title => |v| text::ARTICLE_TITLE.check(v);
    /// An article's summary.
    article_summary => |v| text::ARTICLE_SUMMARY.check(v);
    /// An article's English title (optional by its own rule).
    article_title_en => |v| text::ARTICLE_TITLE_EN.check(v);
    /// An article's English summary (optional by its own rule).
    article_summary_en => |v| text::ARTICLE_SUMMARY_EN.check(v);
    /// An article's body.
    article_body => |v| text::ARTICLE_BODY.check(v);
    /// Registration address.
    address => |v| text::ADDRESS.check(v);
    /// Who issued the passport.
    passport_issued_by => |v| text::PASSPORT_ISSUED_BY.check(v);
    /// A topic or category: a subcategory code of the tree.
    subcategory => subcategory_code;
}

optional_rules! {
    /// INN, when given.
    inn_if_given => identifiers::inn;
    /// SNILS, when given.
    snils_if_given => identifiers::snils;
    /// OGRN, when given.
    ogrn_if_given => identifiers::ogrn;
    /// OGRNIP, when given.
    ogrnip_if_given => identifiers::ogrnip;
    /// Passport series and number, when given.
    passport_if_given => identifiers::passport;
    /// Earlier request number, when given.
    request_number_if_given => crate::numbers::parse_request_number;
}

fn subcategory_code(value: &str) -> Result<&'static categories::Subcategory, &'static str> {
    let code = value.trim();
    if code.is_empty() {
        return Err(codes::CATEGORY_REQUIRED);
    }
    categories::find(code)
        .map(|(_, sub)| sub)
        .ok_or(codes::CATEGORY_UNKNOWN)
}

/// The consent box must be ticked.
pub fn consent(value: &bool) -> Result<(), ValidationError> {
    if *value {
        Ok(())
    } else {
        Err(ValidationError::new(codes::CONSENT_REQUIRED))
    }
}

/// Anonymous feedback's topic: a subcategory code, reported with the topic's own codes.
pub fn topic(value: &str) -> Result<(), ValidationError> {
    verdict(subcategory_code(value).map_err(|code| match code {
        codes::CATEGORY_REQUIRED => codes::TOPIC_REQUIRED,
        _ => codes::TOPIC_UNKNOWN,
    }))
}
