//! «Мои данные»: the citizen's personal data.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::{Form, FormErrors, derived, rules};
use crate::codes;
use crate::dates::{self, in_moscow};

/// The profile form. The passport is optional as a whole, but when any of its parts is given,
/// all three are needed; so is the organisation (a name and its OGRN or OGRNIP) of a
/// representative. Fields missing from stored JSON read as blank.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct Profile {
    /// Фамилия.
    #[validate(custom(function = "rules::surname"))]
    pub surname: String,
    /// Имя.
    #[validate(custom(function = "rules::given_name"))]
    pub given_name: String,
    /// Отчество, optional.
    #[validate(custom(function = "rules::patronymic"))]
    pub patronymic: String,
    /// `ДД.ММ.ГГГГ`.
    pub birth_date: String,
    /// Passport series and number.
    #[validate(custom(function = "rules::passport_if_given"))]
    pub passport: String,
    /// `ДД.ММ.ГГГГ`.
    pub passport_issue_date: String,
    /// Who issued it.
    pub passport_issued_by: String,
    /// SNILS, optional.
    #[validate(custom(function = "rules::snils_if_given"))]
    pub snils: String,
    /// INN, optional.
    #[validate(custom(function = "rules::inn_if_given"))]
    pub inn: String,
    /// Registration address.
    #[validate(custom(function = "rules::address"))]
    pub address: String,
    /// Contact phone.
    #[validate(custom(function = "rules::phone"))]
    pub phone: String,
    /// Contact e-mail.
    #[validate(custom(function = "rules::email"))]
    pub email: String,
    /// The organisation or sole trader the person represents, optional.
    pub organisation_name: String,
    /// Its OGRN, for an organisation.
    #[validate(custom(function = "rules::ogrn_if_given"))]
    pub ogrn: String,
    /// Its OGRNIP, for a sole trader.
    #[validate(custom(function = "rules::ogrnip_if_given"))]
    pub ogrnip: String,
}

/// Fields in the order shown.
pub const FIELDS: &[&str] = &[
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "passport",
    "passport_issue_date",
    "passport_issued_by",
    "snils",
    "inn",
    "address",
    "phone",
    "email",
    "organisation_name",
    "ogrn",
    "ogrnip",
];

impl Form for Profile {
    fn check(&self, now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        let today = in_moscow(now).date();
        let birth = errors.take("birth_date", dates::birth_date(&self.birth_date, today));
        let passport_given = [
            &self.passport,
            &self.passport_issue_date,
            &self.passport_issued_by,
        ]
        .iter()
        .any(|part| !part.trim().is_empty());
        if passport_given {
            errors.take("passport", crate::identifiers::passport(&self.passport));
            errors.take(
                "passport_issue_date",
                dates::passport_issue_date(&self.passport_issue_date, today, birth),
            );
            errors.take(
                "passport_issued_by",
                crate::text::PASSPORT_ISSUED_BY.check(&self.passport_issued_by),
            );
        }
        if self.represents_organisation() {
            errors.take(
                "organisation_name",
                crate::text::ORGANISATION_NAME.check(&self.organisation_name),
            );
            match (given(&self.ogrn), given(&self.ogrnip)) {
                (false, false) => errors.add("ogrn", codes::ORGANISATION_ID_REQUIRED),
                (true, true) => errors.add("ogrnip", codes::ORGANISATION_ID_BOTH),
                _ => {}
            }
        }
        errors.into_result()
    }
}

fn given(value: &str) -> bool {
    !value.trim().is_empty()
}

impl Profile {
    /// Whether any part of the organisation is filled in: the account then acts for it.
    pub fn represents_organisation(&self) -> bool {
        [&self.organisation_name, &self.ogrn, &self.ogrnip]
            .iter()
            .any(|part| given(part))
    }

    /// Whether what an operator compared with the identity scans (name, birth date, passport,
    /// SNILS) differs between two versions of the profile: a confirmation no longer holds then.
    pub fn identity_details_differ(&self, other: &Profile) -> bool {
        let details = |p: &Profile| {
            [
                p.surname.trim().to_owned(),
                p.given_name.trim().to_owned(),
                p.patronymic.trim().to_owned(),
                p.birth_date.trim().to_owned(),
                p.passport.trim().to_owned(),
                p.passport_issue_date.trim().to_owned(),
                p.passport_issued_by.trim().to_owned(),
                p.snils.trim().to_owned(),
            ]
        };
        details(self) != details(other)
    }

    /// The OGRN or OGRNIP given, as typed.
    pub fn organisation_id(&self) -> Option<&str> {
        [&self.ogrn, &self.ogrnip]
            .into_iter()
            .map(|id| id.trim())
            .find(|id| !id.is_empty())
    }
}
