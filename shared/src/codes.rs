//! Stable error codes. Clients may rely on them; the words for each live in `messages`.

macro_rules! codes {
    ($($name:ident = $code:literal;)*) => {
        $(#[doc = concat!("`", $code, "`")] pub const $name: &str = $code;)*
        /// Every code, for tests that each has its words.
        pub const ALL: &[&str] = &[$($code),*];
    };
}

codes! {
    PHONE_REQUIRED = "phone.required";
    PHONE_FORMAT = "phone.format";
    PHONE_NOT_MOBILE = "phone.not_mobile";
    EMAIL_REQUIRED = "email.required";
    EMAIL_FORMAT = "email.format";
    EMAIL_TOO_LONG = "email.too_long";
    INN_REQUIRED = "inn.required";
    INN_FORMAT = "inn.format";
    INN_CHECKSUM = "inn.checksum";
    SNILS_REQUIRED = "snils.required";
    SNILS_FORMAT = "snils.format";
    SNILS_CHECKSUM = "snils.checksum";
    OGRN_REQUIRED = "ogrn.required";
    OGRN_FORMAT = "ogrn.format";
    OGRN_CHECKSUM = "ogrn.checksum";
    OGRNIP_REQUIRED = "ogrnip.required";
    OGRNIP_FORMAT = "ogrnip.format";
    OGRNIP_CHECKSUM = "ogrnip.checksum";
    PASSPORT_REQUIRED = "passport.required";
    PASSPORT_FORMAT = "passport.format";
    PASSPORT_ISSUE_DATE_REQUIRED = "passport_issue_date.required";
    PASSPORT_ISSUE_DATE_FORMAT = "passport_issue_date.format";
    PASSPORT_ISSUE_DATE_FUTURE = "passport_issue_date.future";
    PASSPORT_ISSUE_DATE_BEFORE_14 = "passport_issue_date.before_14";
    PASSPORT_ISSUED_BY_REQUIRED = "passport_issued_by.required";
    PASSPORT_ISSUED_BY_TOO_LONG = "passport_issued_by.too_long";
    BIRTH_DATE_REQUIRED = "birth_date.required";
    BIRTH_DATE_FORMAT = "birth_date.format";
    BIRTH_DATE_FUTURE = "birth_date.future";
    BIRTH_DATE_TOO_EARLY = "birth_date.too_early";
    SURNAME_REQUIRED = "surname.required";
    SURNAME_FORMAT = "surname.format";
    SURNAME_TOO_LONG = "surname.too_long";
    GIVEN_NAME_REQUIRED = "given_name.required";
    GIVEN_NAME_FORMAT = "given_name.format";
    GIVEN_NAME_TOO_LONG = "given_name.too_long";
    PATRONYMIC_FORMAT = "patronymic.format";
    PATRONYMIC_TOO_LONG = "patronymic.too_long";
    ADDRESS_REQUIRED = "address.required";
    ADDRESS_TOO_LONG = "address.too_long";
    PASSWORD_REQUIRED = "password.required";
    PASSWORD_TOO_SHORT = "password.too_short";
    PASSWORD_TOO_LONG = "password.too_long";
    PASSWORD_COMPOSITION = "password.composition";
    PASSWORD_COMMON = "password.common";
    PASSWORD_REPEAT_REQUIRED = "password_repeat.required";
    PASSWORD_REPEAT_MISMATCH = "password_repeat.mismatch";
    CONSENT_REQUIRED = "consent.required";
    LOGIN_REQUIRED = "login.required";
    LOGIN_FORMAT = "login.format";
    CODE_REQUIRED = "code.required";
    CODE_FORMAT = "code.format";
    CODE_WRONG = "code.wrong";
    CODE_EXPIRED = "code.expired";
    CODE_ATTEMPTS = "code.attempts";
    TOPIC_REQUIRED = "topic.required";
    TOPIC_UNKNOWN = "topic.unknown";
    CATEGORY_REQUIRED = "category.required";
    CATEGORY_UNKNOWN = "category.unknown";
    SUBJECT_REQUIRED = "subject.required";
    SUBJECT_TOO_LONG = "subject.too_long";
    DESCRIPTION_REQUIRED = "description.required";
    DESCRIPTION_TOO_SHORT = "description.too_short";
    DESCRIPTION_TOO_LONG = "description.too_long";
    MESSAGE_REQUIRED = "message.required";
    MESSAGE_TOO_SHORT = "message.too_short";
    MESSAGE_TOO_LONG = "message.too_long";
    REPLY_CHANNEL_REQUIRED = "reply_channel.required";
    IDENTIFIER_REQUIRED = "identifier.required";
    ORGANISATION_ID_REQUIRED = "organisation_id.required";
    RELATED_NUMBER_FORMAT = "related_number.format";
    TEXT_REQUIRED = "text.required";
    TEXT_TOO_LONG = "text.too_long";
    CHAT_TEXT_REQUIRED = "chat_text.required";
    CHAT_TEXT_TOO_LONG = "chat_text.too_long";
    COMMENT_TOO_LONG = "comment.too_long";
    RATING_RANGE = "rating.range";
    CALLBACK_DAY_REQUIRED = "callback_day.required";
    CALLBACK_DAY_FORMAT = "callback_day.format";
    CALLBACK_DAY_PAST = "callback_day.past";
    CALLBACK_DAY_TOO_FAR = "callback_day.too_far";
    CALLBACK_WINDOW_REQUIRED = "callback_window.required";
    CALLBACK_WINDOW_PASSED = "callback_window.passed";
    FILE_EMPTY = "file.empty";
    FILE_TOO_BIG = "file.too_big";
    FILE_TYPE = "file.type";
    FILE_EXTENSION_MISMATCH = "file.extension_mismatch";
    FILES_TOO_MANY = "files.too_many";
    FILES_TOTAL_TOO_BIG = "files.total_too_big";
    FILES_REQUIRED = "files.required";
    EXTRA_REQUIRED = "extra.required";
    EXTRA_FORMAT = "extra.format";
    EXTRA_TOO_LONG = "extra.too_long";
}
