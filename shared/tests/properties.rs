//! Property tests (native): generated valid identifiers pass, a changed check digit fails, and no
//! rule panics on any input.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use shared::attachments;
use shared::forms::Form;
use shared::forms::feedback::Feedback;
use shared::forms::support_request::SupportRequest;
use shared::identifiers as id;
use time::macros::datetime;

fn change_digit(s: &str, at: usize, by: u32) -> String {
    let mut bytes = s.as_bytes().to_vec();
    let digit = u32::from(bytes[at] - b'0');
    bytes[at] = b'0' + ((digit + 1 + by % 9) % 10) as u8;
    String::from_utf8(bytes).unwrap()
}

proptest! {
    #[test]
    fn generated_inns_pass_and_a_changed_check_digit_fails(body10 in prop::array::uniform9(0u32..10), body12 in prop::array::uniform10(0u32..10), by in 0u32..9) {
        let inn10 = support::inn10(body10);
        prop_assert!(id::inn(&inn10).is_ok());
        prop_assert!(id::inn(&change_digit(&inn10, 9, by)).is_err());
        let inn12 = support::inn12(body12);
        prop_assert!(id::inn(&inn12).is_ok());
        prop_assert!(id::inn(&change_digit(&inn12, 11, by)).is_err());
        prop_assert!(id::inn(&change_digit(&inn12, 10, by)).is_err());
    }

    #[test]
    fn generated_snils_pass_and_a_changed_check_fails(body in prop::array::uniform9(0u32..10), at in 9usize..11, by in 0u32..9) {
        if let Some(snils) = support::snils(body) {
            prop_assert!(id::snils(&snils).is_ok());
            prop_assert_eq!(id::snils(&shared::identifiers::format_snils(&snils)), Ok(snils.clone()));
            prop_assert!(id::snils(&change_digit(&snils, at, by)).is_err());
        }
    }

    #[test]
    fn generated_ogrn_and_ogrnip_pass(body13 in prop::array::uniform12(0u32..10), body15 in prop::array::uniform14(0u32..10), by in 0u32..9) {
        let ogrn = support::ogrn(body13);
        prop_assert!(id::ogrn(&ogrn).is_ok());
        prop_assert!(id::ogrn(&change_digit(&ogrn, 12, by)).is_err());
        let ogrnip = support::ogrnip(body15);
        prop_assert!(id::ogrnip(&ogrnip).is_ok());
        prop_assert!(id::ogrnip(&change_digit(&ogrnip, 14, by)).is_err());
    }

    #[test]
    fn phones_normalise_whatever_the_spelling(national in "9[0-9]{9}", style in 0usize..4) {
        let spelled = match style {
            0 => format!("+7{national}"),
            1 => format!("8 ({}) {}-{}-{}", &national[..3], &national[3..6], &national[6..8], &national[8..]),
            2 => national.clone(),
            _ => format!("+7 {} {} {} {}", &national[..3], &national[3..6], &national[6..8], &national[8..]),
        };
        prop_assert_eq!(id::phone(&spelled), Ok(format!("+7{national}")));
    }

    #[test]
    fn no_rule_panics_on_any_text(raw in ".{0,300}") {
        let _ = id::phone(&raw);
        let _ = id::mobile_phone(&raw);
        let _ = id::email(&raw);
        let _ = id::inn(&raw);
        let _ = id::snils(&raw);
        let _ = id::ogrn(&raw);
        let _ = id::ogrnip(&raw);
        let _ = id::passport(&raw);
        let _ = id::one_time_code(&raw);
        let _ = id::login(&raw);
        let _ = shared::person::password(&raw);
        let _ = shared::person::SURNAME.check(&raw);
        let _ = shared::dates::parse_date(&raw);
        let _ = shared::numbers::parse_request_number(&raw);
        let _ = attachments::clean_file_name(&raw);
        for sub in shared::categories::all_subcategories() {
            for field in sub.fields {
                let _ = field.check(&raw);
            }
        }
        let form = Feedback { email: raw.clone(), topic: raw.clone(), message: raw.clone(), phone: raw.clone(), inn: Some(raw.clone()), snils: Some(raw.clone()), ogrn: Some(raw.clone()), ogrnip: Some(raw.clone()), passport: Some(raw.clone()) };
        let _ = form.check(datetime!(2026-11-25 12:00 +3));
        let request = SupportRequest { category: raw.clone(), subject: raw.clone(), description: raw.clone(), phone: raw.clone(), email: raw.clone(), snils: raw.clone(), related_number: raw.clone(), ..SupportRequest::default() };
        let _ = request.check(datetime!(2026-11-25 12:00 +3));
        let callback = shared::forms::callback::Callback { phone: raw.clone(), topic: raw.clone(), day: raw.clone(), window: raw.clone(), comment: raw.clone() };
        let _ = callback.check(datetime!(2026-11-25 12:00 +3));
        let call = shared::forms::callback::ScheduledCall { time: raw.clone() };
        let _ = call.moment(&raw, &raw, datetime!(2026-11-25 12:00 +3));
        let _ = call.moment("26.11.2026", "14-16", datetime!(2026-11-25 12:00 +3));
    }

    #[test]
    fn sniffer_never_panics_and_checks_agree(bytes in prop::collection::vec(any::<u8>(), 0..2048), name in ".{0,40}", size in 0u64..30_000_000) {
        let _ = attachments::sniff(&bytes);
        if let Ok(kind) = attachments::check_file(&name, size, &bytes) {
            prop_assert_eq!(attachments::sniff(&bytes), Some(kind));
            prop_assert!(size > 0 && size <= attachments::FILE_MAX_BYTES);
        }
    }

    #[test]
    fn digit_identifiers_in_digit_soup_never_panic(raw in "[0-9 ()+.-]{0,40}") {
        let _ = id::phone(&raw);
        let _ = id::inn(&raw);
        let _ = id::snils(&raw);
        let _ = id::ogrn(&raw);
        let _ = id::ogrnip(&raw);
        let _ = id::login(&raw);
    }
}
