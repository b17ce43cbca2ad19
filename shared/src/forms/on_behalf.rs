//! An operator registers a phone call or an e-mail as a request on someone's behalf: a citizen
//! found by phone, e-mail, INN or SNILS, or a person without an account whose contacts are
//! written down.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::Validate;

use super::support_request::{Applicant, ReplyChannel, SupportRequest};
use super::{Form, FormErrors, derived, rules};
use crate::codes;
use crate::identifiers;
use crate::person;
use crate::requests::RequestChannel;

/// The form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct OnBehalf {
    /// How the request came: a call or an e-mail; `None` until chosen.
    #[serde(default)]
    pub source: Option<RequestChannel>,
    /// The citizen's account, when found; `None` for a person without one.
    #[serde(default)]
    pub citizen: Option<i64>,
    /// Surname of a person without an account.
    #[serde(default)]
    pub surname: String,
    /// Given name of a person without an account.
    #[serde(default)]
    pub given_name: String,
    /// Patronymic of a person without an account, optional.
    #[serde(default)]
    pub patronymic: String,
    /// Phone of a person without an account.
    #[serde(default)]
    pub phone: String,
    /// E-mail of a person without an account.
    #[serde(default)]
    pub email: String,
    /// The topic.
    #[validate(custom(function = "rules::subcategory"))]
    pub category: String,
    /// Subject, up to 200 characters.
    #[validate(custom(function = "rules::subject"))]
    pub subject: String,
    /// What the person said, 20–4000 characters.
    #[validate(custom(function = "rules::description"))]
    pub description: String,
    /// How the person wants the answer.
    #[serde(default)]
    pub reply_channel: Option<ReplyChannel>,
    /// The person has a disability: the priority rises.
    #[serde(default)]
    pub has_disability: bool,
}

/// The form's fields in the order shown.
pub const FIELDS: &[&str] = &[
    "source",
    "citizen",
    "surname",
    "given_name",
    "patronymic",
    "contact",
    "phone",
    "email",
    "category",
    "subject",
    "description",
    "reply_channel",
];

impl Form for OnBehalf {
    fn check(&self, _now: OffsetDateTime) -> Result<(), FormErrors> {
        let mut errors = derived(self);
        if !matches!(
            self.source,
            Some(RequestChannel::Phone | RequestChannel::Email)
        ) {
            errors.add("source", codes::SOURCE_REQUIRED);
        }
        let given = |value: &str| !value.trim().is_empty();
        if self.citizen.is_none() {
            errors.take("surname", person::SURNAME.check(&self.surname));
            errors.take("given_name", person::GIVEN_NAME.check(&self.given_name));
            errors.take("patronymic", person::PATRONYMIC.check(&self.patronymic));
            if !given(&self.phone) && !given(&self.email) {
                errors.add("contact", codes::CONTACT_REQUIRED);
            }
            if given(&self.phone) {
                errors.take("phone", identifiers::phone(&self.phone));
            }
            if given(&self.email) {
                errors.take("email", identifiers::email(&self.email));
            }
        }
        match self.reply_channel {
            None => errors.add("reply_channel", codes::REPLY_CHANNEL_REQUIRED),
            Some(channel) if self.citizen.is_none() => {
                let problem = match channel {
                    ReplyChannel::Portal => Some(codes::REPLY_CHANNEL_NEEDS_ACCOUNT),
                    ReplyChannel::Email if !given(&self.email) => {
                        Some(codes::REPLY_CHANNEL_NEEDS_EMAIL)
                    }
                    ReplyChannel::Sms if identifiers::mobile_phone(&self.phone).is_err() => {
                        Some(codes::REPLY_CHANNEL_NEEDS_MOBILE)
                    }
                    _ => None,
                };
                if let Some(code) = problem {
                    errors.add("reply_channel", code);
                }
            }
            Some(_) => {}
        }
        errors.into_result()
    }
}

impl OnBehalf {
    /// The full name of a person without an account, as written down.
    pub fn full_name(&self) -> String {
        person::full_name(&self.surname, &self.given_name, &self.patronymic)
    }

    /// The request as stored, with the contacts to answer at (normalised; the form has judged
    /// them): the account's for a citizen, the written-down ones otherwise.
    pub fn to_request(&self, phone: String, email: String) -> SupportRequest {
        SupportRequest {
            applicant: Applicant::Citizen,
            category: self.category.trim().to_owned(),
            subject: self.subject.trim().to_owned(),
            description: self.description.trim().to_owned(),
            phone,
            email,
            reply_channel: self.reply_channel,
            has_disability: self.has_disability,
            ..SupportRequest::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call() -> OnBehalf {
        OnBehalf {
            source: Some(RequestChannel::Phone),
            surname: "Иванова".into(),
            given_name: "Мария".into(),
            phone: "8 (912) 345-67-89".into(),
            category: "payments.status".into(),
            subject: "Платёж не виден".into(),
            description: "Оплатила пошлину неделю назад, статус не меняется".into(),
            reply_channel: Some(ReplyChannel::Sms),
            ..OnBehalf::default()
        }
    }

    #[test]
    fn a_call_from_a_person_without_an_account_needs_a_name_and_a_contact() {
        assert_eq!(call().check(OffsetDateTime::UNIX_EPOCH), Ok(()));
        let nameless = OnBehalf {
            surname: String::new(),
            phone: String::new(),
            ..call()
        };
        let errors = nameless.check(OffsetDateTime::UNIX_EPOCH).unwrap_err();
        assert_eq!(errors.codes("surname"), [codes::SURNAME_REQUIRED]);
        assert_eq!(errors.codes("contact"), [codes::CONTACT_REQUIRED]);
        assert_eq!(
            errors.codes("reply_channel"),
            [codes::REPLY_CHANNEL_NEEDS_MOBILE]
        );
        let portal = OnBehalf {
            reply_channel: Some(ReplyChannel::Portal),
            ..call()
        };
        let errors = portal.check(OffsetDateTime::UNIX_EPOCH).unwrap_err();
        assert_eq!(
            errors.codes("reply_channel"),
            [codes::REPLY_CHANNEL_NEEDS_ACCOUNT]
        );
    }

    #[test]
    fn a_found_citizen_needs_no_contacts_and_the_source_is_a_call_or_a_letter() {
        let found = OnBehalf {
            citizen: Some(7),
            surname: String::new(),
            phone: String::new(),
            reply_channel: Some(ReplyChannel::Portal),
            source: Some(RequestChannel::Portal),
            ..call()
        };
        let errors = found.check(OffsetDateTime::UNIX_EPOCH).unwrap_err();
        assert_eq!(errors.codes("source"), [codes::SOURCE_REQUIRED]);
        assert_eq!(errors.fields().len(), 1);
    }
}
