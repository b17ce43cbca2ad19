//! The rule tests. They compile natively (`cargo test`) and to wasm32, where wasm-bindgen-test
//! runs them in headless Chromium: proof that the browser runs the very same checks.

mod support;

use shared::attachments::{self, FileKind};
use shared::calendar::{business_days_in_year, is_business_day};
use shared::categories::{self, Priority, RequestKind};
use shared::codes;
use shared::deadlines::{self, Remaining};
use shared::forms::Form;
use shared::forms::feedback::Feedback;
use shared::forms::profile::Profile;
use shared::forms::registration::Registration;
use shared::forms::support_request::{ReplyChannel, SupportRequest};
use shared::identifiers as id;
use shared::lang::{FILES, Lang};
use shared::messages::describe;
use shared::status::{Action, Actor, Status, next_status};
use support::{Digits, one_digit_changes};
use time::macros::{date, datetime};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

macro_rules! tests {
    ($($(#[$meta:meta])* fn $name:ident() $body:block)*) => {
        $(
            $(#[$meta])*
            #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
            #[cfg_attr(not(target_arch = "wasm32"), test)]
            fn $name() $body
        )*
    };
}

const NOW: time::OffsetDateTime = datetime!(2026-11-25 12:00 +3);

/// Checks that a maker's valid numbers pass and each one-digit change passes exactly when the
/// reference maker agrees it is valid. Changing a check digit always fails.
fn mutations_agree(
    valid: &str,
    rule: fn(&str) -> id::Checked,
    reference: impl Fn(&str) -> bool,
    check_digits: usize,
) {
    assert!(rule(valid).is_ok(), "{valid} should pass");
    for changed in one_digit_changes(valid) {
        let differs_at = valid
            .bytes()
            .zip(changed.bytes())
            .position(|(a, b)| a != b)
            .unwrap();
        let in_check = differs_at >= valid.len() - check_digits;
        let verdict = rule(&changed).is_ok();
        if in_check {
            assert!(
                !verdict || reference(&changed),
                "{changed}: a changed check digit passed"
            );
        }
        assert_eq!(verdict, reference(&changed), "{changed} (from {valid})");
    }
}

tests! {
    fn phone_accepts_usual_spellings() {
        for raw in ["+7 912 345-67-89", "8 (912) 345-67-89", "9123456789", " +79123456789 ", "7-912-345-67-89"] {
            assert_eq!(id::phone(raw), Ok("+79123456789".into()), "{raw}");
        }
        assert_eq!(id::phone("8 495 123 45 67"), Ok("+74951234567".into()));
    }

    fn phone_refuses_what_is_not_a_russian_number() {
        assert_eq!(id::phone(""), Err(codes::PHONE_REQUIRED));
        assert_eq!(id::phone("   "), Err(codes::PHONE_REQUIRED));
        for raw in ["12345", "+1 912 345 67 89", "+7 912 345 67 8", "8 912 345 67 890", "91234567ab", "+8 912 345 67 89", "0123456789"] {
            assert_eq!(id::phone(raw), Err(codes::PHONE_FORMAT), "{raw}");
        }
        assert_eq!(id::mobile_phone("8 495 123 45 67"), Err(codes::PHONE_NOT_MOBILE));
        assert!(id::mobile_phone("8 912 345 67 89").is_ok());
    }

    fn email_rules() {
        assert_eq!(id::email("  Ivan.Petrov@Mail.RU "), Ok("Ivan.Petrov@mail.ru".into()));
        assert!(id::email("user@почта.рф").is_ok());
        assert_eq!(id::email("Иван@ПОЧТА.РФ"), Ok("Иван@почта.рф".into()));
        assert_eq!(shared::clean::fold_case("ЁЛКА Yes"), "ёлка yes");
        assert_eq!(id::email(""), Err(codes::EMAIL_REQUIRED));
        for raw in ["plain", "a@b", "a@@b.ru", "a b@c.ru", "a@b..ru", "a..b@c.ru", "@b.ru", "a@.ru", "a@b.r", ".a@b.ru", "a@-b.ru"] {
            assert_eq!(id::email(raw), Err(codes::EMAIL_FORMAT), "{raw}");
        }
        let long_local = format!("{}@example.ru", "a".repeat(65));
        assert_eq!(id::email(&long_local), Err(codes::EMAIL_FORMAT));
        let long = format!("{}@{}.ru", "a".repeat(60), "b".repeat(200));
        assert_eq!(id::email(&long), Err(codes::EMAIL_TOO_LONG));
    }

    fn inn_known_vectors() {
        assert_eq!(id::inn("7707083893"), Ok("7707083893".into()));
        assert_eq!(id::inn("500100732259"), Ok("500100732259".into()));
        assert_eq!(id::inn(" 5001-0073 2259 "), Ok("500100732259".into()));
        assert_eq!(id::inn("7707083894"), Err(codes::INN_CHECKSUM));
        assert_eq!(id::inn("500100732258"), Err(codes::INN_CHECKSUM));
        assert_eq!(id::inn("12345"), Err(codes::INN_FORMAT));
        assert_eq!(id::inn("77070838931"), Err(codes::INN_FORMAT));
        assert_eq!(id::inn("77070838ab"), Err(codes::INN_FORMAT));
        assert_eq!(id::inn(""), Err(codes::INN_REQUIRED));
    }

    fn inn_generated_and_mutated() {
        let mut digits = Digits::new(1);
        for _ in 0..40 {
            let body10: [u32; 9] = digits.array();
            mutations_agree(&support::inn10(body10), id::inn, |s| {
                let body: [u32; 9] = std::array::from_fn(|i| s.as_bytes()[i] as u32 - 48);
                support::inn10(body) == s
            }, 1);
            let body12: [u32; 10] = digits.array();
            mutations_agree(&support::inn12(body12), id::inn, |s| {
                let body: [u32; 10] = std::array::from_fn(|i| s.as_bytes()[i] as u32 - 48);
                support::inn12(body) == s
            }, 2);
        }
    }

    fn snils_known_vectors() {
        assert_eq!(id::snils("123-456-789 64"), Ok("12345678964".into()));
        assert_eq!(id::snils("112-233-445 95"), Ok("11223344595".into()));
        assert_eq!(id::snils("123-456-789 65"), Err(codes::SNILS_CHECKSUM));
        // Numbers up to 001-001-998 carry no check.
        assert!(id::snils("001-001-998 00").is_ok());
        assert!(id::snils("001-001-999 00").is_err());
        assert_eq!(id::snils("123-456-789"), Err(codes::SNILS_FORMAT));
        assert_eq!(shared::identifiers::format_snils("12345678964"), "123-456-789 64");
    }

    fn snils_generated_and_mutated() {
        let mut digits = Digits::new(2);
        let mut checked = 0;
        while checked < 40 {
            let Some(valid) = support::snils(digits.array()) else { continue };
            checked += 1;
            mutations_agree(&valid, id::snils, |s| {
                let body: [u32; 9] = std::array::from_fn(|i| s.as_bytes()[i] as u32 - 48);
                support::snils(body).is_none_or(|v| v == s)
            }, 2);
        }
    }

    fn ogrn_and_ogrnip() {
        assert!(id::ogrn("1027700132195").is_ok());
        assert_eq!(id::ogrn("1027700132196"), Err(codes::OGRN_CHECKSUM));
        assert_eq!(id::ogrn("0027700132195"), Err(codes::OGRN_FORMAT));
        assert!(id::ogrnip("304500116000157").is_ok());
        assert_eq!(id::ogrnip("304500116000158"), Err(codes::OGRNIP_CHECKSUM));
        assert_eq!(id::ogrnip("504500116000157"), Err(codes::OGRNIP_FORMAT));
        let mut digits = Digits::new(3);
        for _ in 0..30 {
            mutations_agree(&support::ogrn(digits.array()), id::ogrn, |s| {
                s.as_bytes()[0] != b'0' && s[..12].parse::<u64>().unwrap() % 11 % 10 == u64::from(s.as_bytes()[12] - b'0')
            }, 1);
            mutations_agree(&support::ogrnip(digits.array()), id::ogrnip, |s| {
                matches!(s.as_bytes()[0], b'3' | b'4') && s[..14].parse::<u64>().unwrap() % 13 % 10 == u64::from(s.as_bytes()[14] - b'0')
            }, 1);
        }
    }

    fn passport_and_code_and_login() {
        assert_eq!(id::passport("4506 123456"), Ok("45 06 123456".into()));
        assert_eq!(id::passport("45-06-123456"), Ok("45 06 123456".into()));
        assert_eq!(id::passport("4506 12345"), Err(codes::PASSPORT_FORMAT));
        assert_eq!(id::one_time_code("123 456"), Ok("123456".into()));
        assert_eq!(id::one_time_code("12345"), Err(codes::CODE_FORMAT));
        assert_eq!(id::login("Name@Example.RU"), Ok(id::Login::Email("Name@example.ru".into())));
        assert_eq!(id::login("8 912 345-67-89"), Ok(id::Login::Phone("+79123456789".into())));
        assert_eq!(id::login("9123456789"), Ok(id::Login::Phone("+79123456789".into())));
        assert_eq!(id::login("500100732259"), Ok(id::Login::Inn("500100732259".into())));
        assert_eq!(id::login("7707083893"), Ok(id::Login::Inn("7707083893".into())));
        assert_eq!(id::login("500100732258"), Err(codes::INN_CHECKSUM));
        assert_eq!(id::login("hello"), Err(codes::LOGIN_FORMAT));
    }

    fn names_and_passwords() {
        use shared::person::{GIVEN_NAME, PATRONYMIC, SURNAME, password};
        assert_eq!(SURNAME.check("  Салтыков-Щедрин "), Ok("Салтыков-Щедрин".into()));
        assert_eq!(GIVEN_NAME.check("D'Artagnan"), Ok("D'Artagnan".into()));
        assert_eq!(SURNAME.check(""), Err(codes::SURNAME_REQUIRED));
        assert_eq!(PATRONYMIC.check(""), Ok(String::new()));
        assert_eq!(SURNAME.check("Иванов2"), Err(codes::SURNAME_FORMAT));
        assert_eq!(SURNAME.check(&"Я".repeat(61)), Err(codes::SURNAME_TOO_LONG));
        assert!(password("Зимний-вечер-7").is_ok());
        assert_eq!(password(""), Err(codes::PASSWORD_REQUIRED));
        assert_eq!(password("Ab1!"), Err(codes::PASSWORD_TOO_SHORT));
        assert_eq!(password(&format!("Ab1!{}", "x".repeat(125))), Err(codes::PASSWORD_TOO_LONG));
        assert!(password(&format!("Ab1!{}", "x".repeat(124))).is_ok());
        assert_eq!(password("abcdefgh1!"), Err(codes::PASSWORD_COMPOSITION));
        assert_eq!(password("P@ssw0rd"), Err(codes::PASSWORD_COMMON));
        assert_eq!(password("Qwerty123!"), Err(codes::PASSWORD_COMMON));
        assert_eq!(password("ПАРОЛЬ123!a"), Ok("ПАРОЛЬ123!a".into()));
        assert_eq!(password("Пароль123!"), Err(codes::PASSWORD_COMMON));
        // Never case-changed or trimmed.
        assert_eq!(password(" Aa1!aaaa "), Ok(" Aa1!aaaa ".into()));
    }

    fn attachments_by_magic_bytes() {
        let pdf = b"%PDF-1.7\n...";
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0];
        let doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0];
        assert_eq!(attachments::sniff(pdf), Some(FileKind::Pdf));
        assert_eq!(attachments::sniff(&png), Some(FileKind::Png));
        assert_eq!(attachments::sniff(&jpeg), Some(FileKind::Jpeg));
        assert_eq!(attachments::sniff(&doc), Some(FileKind::Doc));
        assert_eq!(attachments::sniff(b" %PDF-"), None);
        assert_eq!(attachments::sniff(&docx_prefix("word/document.xml")), Some(FileKind::Docx));
        assert_eq!(attachments::sniff(&docx_prefix("xl/workbook.xml")), None);
        assert_eq!(attachments::check_file("scan.PDF", 10, pdf), Ok(FileKind::Pdf));
        assert_eq!(attachments::check_file("photo.jpeg", 10, &jpeg), Ok(FileKind::Jpeg));
        assert_eq!(attachments::check_file("photo.pdf", 10, &png), Err(codes::FILE_EXTENSION_MISMATCH));
        assert_eq!(attachments::check_file("notes.txt", 10, b"hello"), Err(codes::FILE_TYPE));
        assert_eq!(attachments::check_file("fake.docx", 10, b"PK\x03\x04 not a docx"), Err(codes::FILE_TYPE));
        assert_eq!(attachments::check_file("empty.pdf", 0, b""), Err(codes::FILE_EMPTY));
        assert_eq!(attachments::check_file("big.pdf", 5 * 1024 * 1024 + 1, pdf), Err(codes::FILE_TOO_BIG));
        assert_eq!(attachments::check_file("max.pdf", 5 * 1024 * 1024, pdf), Ok(FileKind::Pdf));
        assert_eq!(attachments::check_set(&[1; 11]), Err(codes::FILES_TOO_MANY));
        assert_eq!(attachments::check_set(&[5 * 1024 * 1024; 4]), Ok(()));
        assert_eq!(attachments::check_set(&[5 * 1024 * 1024, 5 * 1024 * 1024, 5 * 1024 * 1024, 5 * 1024 * 1024, 1]), Err(codes::FILES_TOTAL_TOO_BIG));
        assert_eq!(attachments::clean_file_name("C:\\Users\\me\\Скан паспорта.pdf"), "Скан паспорта.pdf");
        assert_eq!(attachments::clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(attachments::clean_file_name("<script>.pdf"), "script.pdf");
        assert_eq!(attachments::clean_file_name(""), "file");
    }

    fn messages_follow_ux_wording() {
        assert_eq!(describe(codes::DESCRIPTION_TOO_LONG, None).ru, "Описание должно быть не длиннее 4000 символов");
        assert_eq!(describe(codes::FILE_TOO_BIG, None).ru, "Файл должен быть не больше 5 МБ");
        assert_eq!(describe(codes::FILE_TYPE, None).ru, "Файл должен быть в формате PDF, DOC, DOCX, JPG или PNG");
        assert_eq!(describe(codes::FILES_TOTAL_TOO_BIG, None).ru, "Все файлы вместе должны быть не больше 20 МБ");
        assert_eq!(describe(codes::SNILS_FORMAT, None).ru, "Введите СНИЛС из 11 цифр, например 123-456-789 64");
        assert_eq!(describe(codes::SNILS_CHECKSUM, None).ru, "Проверьте СНИЛС: в номере есть ошибка");
        assert_eq!(describe(codes::PHONE_REQUIRED, None).ru, "Введите номер телефона");
        assert_eq!(describe(codes::FILE_TOO_BIG, Some("скан.pdf")).ru, "Файл «скан.pdf» должен быть не больше 5 МБ");
        assert_eq!(describe(codes::PASSWORD_TOO_SHORT, None).ru, "Пароль должен быть не короче 8 символов");
        for code in codes::ALL {
            let message = describe(code, None);
            for banned in ["некорректн", "неверн", "пожалуйста", "обязательно для заполнения"] {
                assert!(!message.ru.to_lowercase().contains(banned), "{code}: {}", message.ru);
            }
            assert!(!message.ru.is_empty() && !message.en.is_empty(), "{code}");
        }
    }

    fn examples_in_messages_pass_their_rules() {
        assert!(id::snils("123-456-789 64").is_ok());
        assert!(id::inn("500100732259").is_ok());
        assert!(id::ogrn("1027700132195").is_ok());
        assert!(id::ogrnip("304500116000157").is_ok());
        assert!(id::phone("+7 912 345-67-89").is_ok());
        assert!(id::email("name@example.ru").is_ok());
        assert!(shared::numbers::parse_request_number("2026-000123").is_ok());
    }

    fn russian_plurals() {
        let forms: Vec<String> = [1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111].iter().map(|n| FILES.count(*n).ru).collect();
        assert_eq!(forms, ["1 файл", "2 файла", "5 файлов", "11 файлов", "12 файлов", "14 файлов", "21 файл", "22 файла", "25 файлов", "101 файл", "111 файлов"]);
        assert_eq!(FILES.count(1).en, "1 file");
        assert_eq!(FILES.count(3).en, "3 files");
        assert_eq!(describe(codes::FILES_TOO_MANY, None).ru, "Выберите не больше 10 файлов");
    }

    fn feedback_form_names_every_bad_field_and_no_good_one() {
        let empty = Feedback::default();
        let errors = empty.check(NOW).unwrap_err();
        let mut fields: Vec<&str> = errors.fields().keys().map(String::as_str).collect();
        fields.sort();
        assert_eq!(fields, ["email", "message", "phone", "topic"]);
        assert_eq!(errors.codes("email"), [codes::EMAIL_REQUIRED]);
        assert_eq!(errors.codes("topic"), [codes::TOPIC_REQUIRED]);
        let good = Feedback {
            email: "ivan@example.ru".into(),
            topic: "tech.site".into(),
            message: "Не открывается страница оплаты штрафа".into(),
            phone: "8 912 345-67-89".into(),
            snils: Some("123-456-789 65".into()),
            inn: Some("".into()),
            ..Feedback::default()
        };
        let errors = good.check(NOW).unwrap_err();
        assert_eq!(errors.fields().len(), 1);
        assert_eq!(errors.codes("snils"), [codes::SNILS_CHECKSUM]);
        assert_eq!(errors.first_message("snils", Lang::En), Some("Check the SNILS: the number has a mistake in it"));
        let fixed = Feedback { snils: Some("123-456-789 64".into()), ..good };
        let clean = fixed.clean(NOW).unwrap();
        assert_eq!(clean.phone, "+79123456789");
        assert_eq!(clean.snils.as_deref(), Some("12345678964"));
        assert_eq!(clean.inn, None);
    }

    fn registration_password_repeat() {
        let form = Registration {
            phone: "+7 912 345 67 89".into(),
            email: "a@b.ru".into(),
            password: "Зимний-вечер-7".into(),
            password_repeat: String::new(),
            consent: false,
        };
        let errors = form.check(NOW).unwrap_err();
        assert_eq!(errors.codes("password_repeat"), [codes::PASSWORD_REPEAT_REQUIRED]);
        assert_eq!(errors.codes("consent"), [codes::CONSENT_REQUIRED]);
        let mismatch = Registration { password_repeat: "Зимний-вечер-8".into(), consent: true, ..form };
        let errors = mismatch.check(NOW).unwrap_err();
        assert_eq!(errors.codes("password_repeat"), [codes::PASSWORD_REPEAT_MISMATCH]);
        assert_eq!(errors.fields().len(), 1);
    }

    fn profile_organisation_is_named_and_registered_once() {
        let person = Profile {
            surname: "Иванов".into(),
            given_name: "Иван".into(),
            birth_date: "15.03.1985".into(),
            address: "г. Москва, ул. Тверская, д. 1".into(),
            phone: "+79123456789".into(),
            email: "a@b.ru".into(),
            ..Profile::default()
        };
        assert!(person.check(NOW).is_ok());
        assert!(!person.represents_organisation());
        let unnamed = Profile { ogrn: "1027700132195".into(), ..person.clone() };
        let errors = unnamed.check(NOW).unwrap_err();
        assert_eq!(errors.codes("organisation_name"), [codes::ORGANISATION_NAME_REQUIRED]);
        assert_eq!(errors.fields().len(), 1);
        let no_number = Profile { organisation_name: "ООО «Ромашка»".into(), ..person.clone() };
        assert_eq!(no_number.check(NOW).unwrap_err().codes("ogrn"), [codes::ORGANISATION_ID_REQUIRED]);
        let both = Profile { ogrn: "1027700132195".into(), ogrnip: "304500116000157".into(), ..no_number.clone() };
        assert_eq!(both.check(NOW).unwrap_err().codes("ogrnip"), [codes::ORGANISATION_ID_BOTH]);
        let wrong = Profile { ogrn: "1027700132194".into(), ..no_number.clone() };
        assert_eq!(wrong.check(NOW).unwrap_err().codes("ogrn"), [codes::OGRN_CHECKSUM]);
        let company = Profile { ogrn: "1027700132195".into(), ..no_number };
        assert!(company.check(NOW).is_ok());
        assert_eq!(company.organisation_id(), Some("1027700132195"));
    }

    fn support_request_extra_fields_identifiers_and_attachment() {
        let form = SupportRequest {
            category: "payments.fines".into(),
            subject: "Штраф оплачен, но висит".into(),
            description: "Оплатил штраф 3 ноября, а он всё ещё показан как неоплаченный".into(),
            phone: "+79123456789".into(),
            email: "a@b.ru".into(),
            reply_channel: Some(ReplyChannel::Email),
            ..SupportRequest::default()
        };
        let errors = form.check(NOW).unwrap_err();
        assert_eq!(errors.codes("identifier"), [codes::IDENTIFIER_REQUIRED]);
        assert_eq!(errors.codes("extra.fine_number"), [codes::EXTRA_REQUIRED]);
        assert_eq!(errors.first_message("extra.fine_number", Lang::Ru), Some("Введите номер постановления"));
        assert_eq!(errors.codes("files"), [codes::FILES_REQUIRED]);
        let mut extra = std::collections::BTreeMap::new();
        extra.insert("fine_number".to_owned(), "1881 0177 2601 2345 6789".to_owned());
        let complete = SupportRequest { extra, snils: "12345678964".into(), attached_files: 1, has_disability: true, ..form };
        assert_eq!(complete.check(NOW), Ok(()));
        assert_eq!(complete.priority(), Some(Priority::High));
    }

    fn category_tree_is_complete() {
        assert_eq!(categories::SECTIONS.len(), 6);
        assert_eq!(categories::all_subcategories().count(), 18);
        let (section, sub) = categories::find("tech.site").unwrap();
        assert_eq!(section.name.ru, "Технические вопросы");
        assert_eq!(sub.kind, RequestKind::Service);
        assert!(sub.fields.iter().any(|f| f.code() == "page_url" && f.required));
        assert!(categories::find("payments.fines").unwrap().1.required_attachment.is_some());
        let mut codes: Vec<&str> = categories::all_subcategories().map(|s| s.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 18, "subcategory codes are unique");
        for field in categories::all_subcategories().flat_map(|s| s.fields) {
            assert_eq!(field.key, format!("extra.{}", field.code()), "the key is `extra.` and the code");
            assert!(!field.code().is_empty() && !field.code().contains('.'), "{}", field.key);
        }
    }

    fn transitions_follow_the_table() {
        use Status::*;
        assert_eq!(next_status(Registered, Action::Take, Actor::Operator), Some(InProgress));
        assert_eq!(next_status(Registered, Action::Take, Actor::Citizen), None);
        assert_eq!(next_status(InProgress, Action::RequestDocuments, Actor::Operator), Some(AwaitingDocuments));
        assert_eq!(next_status(AwaitingDocuments, Action::CitizenReplied, Actor::System), Some(InProgress));
        assert_eq!(next_status(AwaitingDocuments, Action::Resolve, Actor::Operator), None);
        assert_eq!(next_status(AwaitingDocuments, Action::CitizenClose, Actor::Citizen), Some(Completed));
        assert_eq!(next_status(AwaitingDocuments, Action::Reject, Actor::SeniorOperator), Some(Rejected));
        assert_eq!(next_status(Completed, Action::Reopen, Actor::Citizen), Some(InProgress));
        assert_eq!(next_status(Rejected, Action::Reopen, Actor::Citizen), None);
        assert_eq!(next_status(Completed, Action::Reject, Actor::Operator), None);
        let done = datetime!(2026-11-01 10:00 +3);
        assert!(shared::status::can_reopen(done, datetime!(2026-11-08 10:00 +3)));
        assert!(!shared::status::can_reopen(done, datetime!(2026-11-08 10:01 +3)));
    }

    fn citizen_actions_follow_status_and_time() {
        use shared::status::{CitizenAction::*, Standing, citizen_actions};
        let due = datetime!(2026-11-10 23:59:59 +3);
        let open = Standing { status: Status::InProgress, due, closed_at: None, closed_by_operator: false, escalated_at: None, rated: false };
        assert_eq!(citizen_actions(&open, datetime!(2026-11-10 12:00 +3)), [Reply, Close]);
        let overdue = datetime!(2026-11-11 00:00 +3);
        assert_eq!(citizen_actions(&open, overdue), [Reply, Close, Escalate]);
        let paused = Standing { status: Status::AwaitingDocuments, ..open };
        assert_eq!(citizen_actions(&paused, overdue), [Reply, Close], "the clock stands still");
        let escalated = Standing { escalated_at: Some(overdue), ..open };
        assert_eq!(citizen_actions(&escalated, overdue), [Reply, Close]);
        let resolved_at = datetime!(2026-11-12 10:00 +3);
        let resolved = Standing { status: Status::Completed, closed_at: Some(resolved_at), closed_by_operator: true, ..escalated };
        assert_eq!(citizen_actions(&resolved, datetime!(2026-11-14 10:00 +3)), [Reopen, Escalate, Rate]);
        assert_eq!(citizen_actions(&resolved, datetime!(2026-11-14 10:01 +3)), [Reopen, Rate]);
        assert_eq!(citizen_actions(&resolved, datetime!(2026-11-19 10:01 +3)), [Rate, FileLinked]);
        let closed_by_citizen = Standing { closed_by_operator: false, rated: true, ..resolved };
        assert_eq!(citizen_actions(&closed_by_citizen, datetime!(2026-11-12 11:00 +3)), [Reopen]);
        let refused = Standing { status: Status::Rejected, ..resolved };
        assert_eq!(citizen_actions(&refused, datetime!(2026-11-12 11:00 +3)), [Escalate, Rate, FileLinked]);
    }

    fn a_pause_moves_the_deadline_by_its_business_days() {
        let due = datetime!(2026-11-27 23:59:59 +3);
        // Paused Thursday 19th, resumed Monday 23rd: Friday and Monday stood still.
        let moved = deadlines::after_pause(due, datetime!(2026-11-19 12:00 +3), datetime!(2026-11-23 09:00 +3));
        assert_eq!(moved, datetime!(2026-12-01 23:59:59 +3));
        let same_day = deadlines::after_pause(due, datetime!(2026-11-19 12:00 +3), datetime!(2026-11-19 15:00 +3));
        assert_eq!(same_day, due);
    }

    fn production_calendar() {
        assert_eq!(business_days_in_year(2025), 247);
        assert_eq!(business_days_in_year(2026), 247);
        assert!(!is_business_day(date!(2026-01-09)));
        assert!(!is_business_day(date!(2026-03-09)));
        assert!(is_business_day(date!(2025-11-01)), "a Saturday worked in 2025");
        assert!(!is_business_day(date!(2025-11-03)));
        assert!(is_business_day(date!(2026-11-25)));
    }

    fn deadlines_across_weekends_and_holidays() {
        // Registered on Wednesday 30 December 2026: 31 December and 1–10 January are days off.
        let registered = datetime!(2026-12-30 15:00 +3);
        let due = deadlines::first_response_due(registered, Priority::High);
        assert_eq!(due, datetime!(2027-01-11 23:59:59 +3));
        // Friday evening, medium priority: Mon, Tue, Wed.
        let friday = datetime!(2026-11-20 18:00 +3);
        assert_eq!(deadlines::first_response_due(friday, Priority::Medium).date(), date!(2026-11-25));
        assert_eq!(deadlines::resolution_due(friday, RequestKind::Service).date(), date!(2026-12-01));
        assert_eq!(deadlines::resolution_due(friday, RequestKind::Complaint).date(), date!(2026-12-04));
        // A reference question: 24 business hours, the same time next business day.
        assert_eq!(deadlines::resolution_due(friday, RequestKind::Reference), datetime!(2026-11-23 18:00 +3));
        let saturday = datetime!(2026-11-21 11:00 +3);
        assert_eq!(deadlines::resolution_due(saturday, RequestKind::Reference), datetime!(2026-11-24 00:00 +3));
        // UTC input is read in Moscow time: 22:30 UTC Friday is already Saturday in Moscow.
        let late = datetime!(2026-11-20 22:30 UTC);
        assert_eq!(deadlines::first_response_due(late, Priority::High).date(), date!(2026-11-23));
        let due = deadlines::resolution_due(friday, RequestKind::Service);
        assert_eq!(Remaining::at(due, NOW), Remaining::BusinessDays(4));
        assert_eq!(Remaining::BusinessDays(4).describe().ru, "осталось 4 рабочих дня");
        assert_eq!(Remaining::BusinessDays(1).describe().ru, "остался 1 рабочий день");
        assert_eq!(Remaining::BusinessDays(5).describe().ru, "осталось 5 рабочих дней");
        assert_eq!(Remaining::at(due, datetime!(2026-12-02 00:00 +3)), Remaining::Overdue);
        assert_eq!(Remaining::at(due, datetime!(2026-12-01 09:00 +3)), Remaining::Today);
    }

    fn accept_language() {
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9"), Lang::En);
        assert_eq!(Lang::from_accept_language("ru-RU,ru;q=0.9,en;q=0.8"), Lang::Ru);
        assert_eq!(Lang::from_accept_language("en;q=0.5,ru;q=0.9"), Lang::Ru);
        assert_eq!(Lang::from_accept_language("de"), Lang::Ru);
        assert_eq!(Lang::from_accept_language(""), Lang::Ru);
    }
}

/// A ZIP's first local file header naming `entry`.
fn docx_prefix(entry: &str) -> Vec<u8> {
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.extend_from_slice(&[20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
    bytes.extend_from_slice(&[0; 12]);
    bytes.extend_from_slice(&(entry.len() as u16).to_le_bytes());
    bytes.extend_from_slice(&0u16.to_le_bytes());
    bytes.extend_from_slice(entry.as_bytes());
    bytes.extend_from_slice(b"compressed data");
    bytes
}

#[test]
fn operators_take_before_they_work_and_escalations_go_to_senior_operators() {
    use shared::status::{Handling, OperatorAction as Op, operator_actions};
    let fresh = Handling {
        status: Status::Registered,
        assigned: false,
        assigned_to_me: false,
        escalated: false,
        extended: false,
        senior: false,
        has_account: true,
    };
    assert_eq!(operator_actions(&fresh), [Op::Take, Op::Note]);
    let mine = Handling {
        status: Status::InProgress,
        assigned: true,
        assigned_to_me: true,
        ..fresh
    };
    assert_eq!(
        operator_actions(&mine),
        [
            Op::Reply,
            Op::RequestDocuments,
            Op::Resolve,
            Op::Reject,
            Op::Extend,
            Op::Escalate,
            Op::Transfer,
            Op::Note
        ]
    );
    // Someone else's: only a note.
    let theirs = Handling {
        assigned_to_me: false,
        ..mine
    };
    assert_eq!(operator_actions(&theirs), [Op::Note]);
    // Awaiting documents: no resolving until the citizen answers; refusing stays possible.
    let waiting = operator_actions(&Handling {
        status: Status::AwaitingDocuments,
        ..mine
    });
    assert!(!waiting.contains(&Op::Resolve) && !waiting.contains(&Op::RequestDocuments));
    assert!(waiting.contains(&Op::Reject));
    // Extended once: never again.
    assert!(
        !operator_actions(&Handling {
            extended: true,
            ..mine
        })
        .contains(&Op::Extend)
    );
    // Escalated and let go: an operator cannot take it, a senior operator can.
    let escalated = Handling {
        assigned: false,
        assigned_to_me: false,
        escalated: true,
        ..mine
    };
    assert_eq!(operator_actions(&escalated), [Op::Note]);
    let senior = Handling {
        senior: true,
        ..escalated
    };
    assert_eq!(operator_actions(&senior), [Op::Take, Op::Note]);
    // A disputed refusal, with the senior operator who took it: they may reopen it.
    let disputed = Handling {
        status: Status::Rejected,
        assigned: true,
        assigned_to_me: true,
        ..senior
    };
    assert_eq!(
        operator_actions(&disputed),
        [Op::Reopen, Op::Uphold, Op::Note]
    );
    // Without an account nobody can send documents on the portal: they are not asked for.
    assert!(
        !operator_actions(&Handling {
            has_account: false,
            ..mine
        })
        .contains(&Op::RequestDocuments)
    );
    // The same refusal undisputed: nothing but a note.
    let closed = Handling {
        escalated: false,
        ..disputed
    };
    assert_eq!(operator_actions(&closed), [Op::Note]);
    assert_eq!(
        next_status(Status::Completed, Action::Reopen, Actor::Operator),
        None
    );
    for action in Op::ALL {
        assert_eq!(Op::from_code(action.code()), Some(action));
    }
}

/// The console's codes are worded by the `console` feature's catalogue, never by the fallback.
#[cfg(feature = "console")]
#[test]
fn the_consoles_codes_have_words_of_their_own() {
    let fallback = describe("no.such.code", None);
    for code in [
        codes::REJECTION_REASON_REQUIRED,
        codes::REJECTION_REASON_TOO_LONG,
        codes::REJECTION_FIX_REQUIRED,
        codes::EXTENSION_DAYS_RANGE,
        codes::EXTENSION_REASON_TOO_LONG,
        codes::TRANSFER_SAME_SECTION,
        codes::CANNED_TITLE_REQUIRED,
        codes::CANNED_TITLE_TOO_LONG,
        codes::SECTION_UNKNOWN,
        codes::SOURCE_REQUIRED,
        codes::CONTACT_REQUIRED,
        codes::CITIZEN_UNKNOWN,
        codes::REPLY_CHANNEL_NEEDS_ACCOUNT,
        codes::REPLY_CHANNEL_NEEDS_EMAIL,
        codes::REPLY_CHANNEL_NEEDS_MOBILE,
    ] {
        assert_ne!(describe(code, None), fallback, "{code}");
    }
}
