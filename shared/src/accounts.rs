//! Accounts, sign-in and sessions (SPEC §2, §7): roles, second factors, the API's paths and the
//! shapes of its answers, and the session time limits the server enforces and the SPA warns about.

use serde::{Deserialize, Serialize};

use crate::forms::FormErrors;
use crate::identifiers;
use crate::lang::Text;

/// `POST` registration form → [`Started`]; codes go to the phone and the e-mail.
pub const REGISTRATION_PATH: &str = "/api/v1/registration";
/// `POST` [`ConfirmRegistration`] → the new account, signed in ([`Me`]).
pub const REGISTRATION_CONFIRM_PATH: &str = "/api/v1/registration/confirm";
/// `POST` [`Resend`]: a new code replacing the old one.
pub const REGISTRATION_RESEND_PATH: &str = "/api/v1/registration/resend";
/// `GET` the signed-in account ([`Me`]) or 401; `POST` sign-in form → [`SignInAnswer`];
/// `DELETE` signs out.
pub const SESSION_PATH: &str = "/api/v1/session";
/// `POST` [`CodeStep`] with the challenge of [`SignInAnswer`] → [`Me`].
pub const SECOND_FACTOR_PATH: &str = "/api/v1/session/second-factor";
/// `POST` (empty JSON object): «Продлить», the idle clock starts again → [`Me`].
pub const SESSION_EXTEND_PATH: &str = "/api/v1/session/extend";
/// `GET` the account's sessions ([`SessionInfo`] list); `DELETE {SESSIONS_PATH}/{id}` ends one.
pub const SESSIONS_PATH: &str = "/api/v1/sessions";
/// `POST` (empty JSON object): ends every session but this one.
pub const END_OTHER_SESSIONS_PATH: &str = "/api/v1/sessions/end-others";
/// `POST` password change form.
pub const PASSWORD_PATH: &str = "/api/v1/account/password";
/// `POST` [`SecondFactorChoice`]: switch the second factor to SMS or off.
pub const SECOND_FACTOR_SETTING_PATH: &str = "/api/v1/account/second-factor";
/// `POST` (empty JSON object) → [`TotpEnrolment`]: a new secret to scan.
pub const TOTP_PATH: &str = "/api/v1/account/totp";
/// `POST` [`CodeStep`] (token empty) → [`RecoveryCodes`]: the authenticator is on.
pub const TOTP_CONFIRM_PATH: &str = "/api/v1/account/totp/confirm";
/// `POST` recovery start form → [`Started`].
pub const RECOVERY_PATH: &str = "/api/v1/recovery";
/// `POST` [`CodeStep`] → [`RecoveryStep`].
pub const RECOVERY_CODE_PATH: &str = "/api/v1/recovery/code";
/// `POST` [`CodeStep`]: the second factor of an account that has one → [`RecoveryStep`].
pub const RECOVERY_SECOND_FACTOR_PATH: &str = "/api/v1/recovery/second-factor";
/// `POST` [`NewPasswordStep`]: the new password; the user then signs in.
pub const RECOVERY_PASSWORD_PATH: &str = "/api/v1/recovery/password";

/// Without activity a session ends after this many minutes (not for «Запомнить меня»).
pub const IDLE_MINUTES: i64 = 30;
/// A session ends this many hours after sign-in, active or not.
pub const ABSOLUTE_HOURS: i64 = 12;
/// A «Запомнить меня» session ends this many days after sign-in.
pub const REMEMBER_DAYS: i64 = 30;
/// The SPA warns this many seconds before an idle session ends.
pub const IDLE_WARNING_SECONDS: u32 = 120;

/// `{}`: the body of a POST that carries nothing (the API takes only JSON or multipart bodies).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoBody {}

/// Who an account is (SPEC §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A person (физическое лицо).
    Citizen,
    /// A representative of a company or sole trader, with OGRN or OGRNIP.
    Organisation,
    /// Contact-centre operator of some sections.
    Operator,
    /// Operator who receives escalations.
    SeniorOperator,
    /// Manages operators, articles and canned replies.
    Administrator,
}

impl Role {
    /// Every role, in the order of SPEC §2.
    pub const ALL: [Role; 5] = [
        Role::Citizen,
        Role::Organisation,
        Role::Operator,
        Role::SeniorOperator,
        Role::Administrator,
    ];

    /// Stable name, as stored and as the CLI takes it.
    pub fn code(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Organisation => "organisation",
            Role::Operator => "operator",
            Role::SeniorOperator => "senior_operator",
            Role::Administrator => "administrator",
        }
    }

    /// The role of a stable name.
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// The role's name for people.
    pub fn name(self) -> Text {
        match self {
            Role::Citizen => Text {
                ru: "Гражданин",
                en: "Citizen",
            },
            Role::Organisation => Text {
                ru: "Представитель организации",
                en: "Organisation representative",
            },
            Role::Operator => Text {
                ru: "Оператор",
                en: "Operator",
            },
            Role::SeniorOperator => Text {
                ru: "Старший оператор",
                en: "Senior operator",
            },
            Role::Administrator => Text {
                ru: "Администратор",
                en: "Administrator",
            },
        }
    }

    /// Whether the account works requests and checks identities: an operator or a senior one
    /// (administrators manage accounts and content, not people's data).
    pub fn is_operator(self) -> bool {
        matches!(self, Role::Operator | Role::SeniorOperator)
    }

    /// Whether the account reads the contact centre's statistics: a senior operator (their
    /// sections) or an administrator (every section).
    pub fn sees_statistics(self) -> bool {
        matches!(self, Role::SeniorOperator | Role::Administrator)
    }

    /// Whether the account works in the contact centre rather than asks it for help.
    pub fn is_staff(self) -> bool {
        matches!(
            self,
            Role::Operator | Role::SeniorOperator | Role::Administrator
        )
    }
}

/// The second factor asked after the password.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecondFactor {
    /// Password only.
    #[default]
    None,
    /// A code by SMS to the confirmed phone.
    Sms,
    /// A code from an authenticator app (TOTP).
    Totp,
}

impl SecondFactor {
    /// Stable name, as stored.
    pub fn code(self) -> &'static str {
        match self {
            SecondFactor::None => "none",
            SecondFactor::Sms => "sms",
            SecondFactor::Totp => "totp",
        }
    }

    /// The second factor of a stable name.
    pub fn from_code(code: &str) -> Option<SecondFactor> {
        [SecondFactor::None, SecondFactor::Sms, SecondFactor::Totp]
            .into_iter()
            .find(|factor| factor.code() == code)
    }
}

/// The signed-in account, as the header and the idle warning need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    /// How to greet: the given name from the profile, else the e-mail.
    pub name: String,
    /// The account's role.
    pub role: Role,
    /// The second factor in use.
    pub second_factor: SecondFactor,
    /// Seconds until the session ends without activity; `None` for «Запомнить меня».
    pub idle_seconds_left: Option<u32>,
}

/// A multi-step flow was started: the token names it in the next steps. The answer is the same
/// whether or not the account exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Started {
    /// Opaque, random; valid while the codes are.
    pub token: String,
}

/// The second step of registration: both codes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmRegistration {
    /// From [`Started`].
    pub token: String,
    /// The code sent by SMS.
    pub phone_code: String,
    /// The code sent by e-mail.
    pub email_code: String,
}

/// Where a new code should go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeChannel {
    /// By SMS to the phone.
    Phone,
    /// By e-mail.
    Email,
}

/// «Отправить код ещё раз».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resend {
    /// From [`Started`].
    pub token: String,
    /// Which code.
    pub channel: CodeChannel,
}

/// One code in a multi-step flow: the flow's token and what the user typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeStep {
    /// From [`Started`] or [`SignInAnswer`].
    pub token: String,
    /// Six digits, or a recovery code where the step takes one.
    pub code: String,
}

impl CodeStep {
    /// The code is six digits.
    pub fn check_code(&self) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        errors.take("code", identifiers::one_time_code(&self.code));
        errors.into_result()
    }

    /// The code is six digits or a recovery code.
    pub fn check_second_factor(&self) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        errors.take("code", identifiers::second_factor_code(&self.code));
        errors.into_result()
    }
}

impl ConfirmRegistration {
    /// Each code still to confirm is six digits.
    pub fn check(&self, phone_confirmed: bool, email_confirmed: bool) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        if !phone_confirmed {
            errors.take("phone_code", identifiers::one_time_code(&self.phone_code));
        }
        if !email_confirmed {
            errors.take("email_code", identifiers::one_time_code(&self.email_code));
        }
        errors.into_result()
    }
}

/// What the sign-in form got: either the account is signed in, or a second factor is needed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInAnswer {
    /// Set when signed in.
    pub me: Option<Me>,
    /// Which second factor to ask for when not yet signed in.
    pub second_factor: SecondFactor,
    /// The token for [`SECOND_FACTOR_PATH`] (empty when signed in).
    pub challenge: String,
}

/// Where recovery stands after a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryStep {
    /// The second factor still to pass before a new password may be set (`None`: set it now).
    pub second_factor: SecondFactor,
}

/// The last step of recovery.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPasswordStep {
    /// From [`Started`].
    pub token: String,
    /// The new password, twice, and whether to end other sessions.
    #[serde(flatten)]
    pub form: crate::forms::recovery::NewPassword,
}

/// One session of the account, for «Безопасность».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// For ending it.
    pub id: i64,
    /// «Windows», «Android», «iPhone».
    pub device: String,
    /// «Chrome 131», «Firefox 133».
    pub browser: String,
    /// Where it came from.
    pub ip: String,
    /// Last request, RFC 3339.
    #[serde(with = "time::serde::rfc3339")]
    pub last_seen: time::OffsetDateTime,
    /// Signed in, RFC 3339.
    #[serde(with = "time::serde::rfc3339")]
    pub started: time::OffsetDateTime,
    /// Whether it is the session asking.
    pub current: bool,
}

/// Switching the second factor to SMS or off needs the password.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondFactorChoice {
    /// `none` or `sms` (an authenticator is switched on by [`TOTP_CONFIRM_PATH`]).
    pub second_factor: SecondFactor,
    /// The current password (named apart from the password change form's fields, which share
    /// the page).
    pub confirm_password: String,
}

/// A new authenticator secret to scan or type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpEnrolment {
    /// Base32, grouped by four for typing.
    pub secret: String,
    /// The `otpauth://` URI the QR code holds.
    pub uri: String,
    /// The QR code as an SVG document.
    pub qr_svg: String,
}

/// Single-use codes for when the authenticator is lost; shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryCodes {
    /// Ten codes like `k7m2q-x9d4p`.
    pub codes: Vec<String>,
}

/// `GET` «Мои данные» ([`ProfileView`]); `PUT` the profile form → [`ProfileView`].
pub const PROFILE_PATH: &str = "/api/v1/profile";
/// `POST` [`ContactChange`] → [`Started`]: a code goes to the new phone or e-mail.
pub const CONTACT_PATH: &str = "/api/v1/profile/contact";
/// `POST` [`CodeStep`]: the code from the new phone or e-mail; the contact changes.
pub const CONTACT_CONFIRM_PATH: &str = "/api/v1/profile/contact/confirm";

/// Where the confirmation of identity stands (SPEC §7).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Identity {
    /// No scans sent.
    #[default]
    None,
    /// Scans sent, waiting for an operator.
    Pending,
    /// «Личность подтверждена».
    Confirmed,
    /// The operator refused; new scans may be sent.
    Refused,
}

impl Identity {
    /// Stable name, as stored.
    pub fn code(self) -> &'static str {
        match self {
            Identity::None => "none",
            Identity::Pending => "pending",
            Identity::Confirmed => "confirmed",
            Identity::Refused => "refused",
        }
    }

    /// The state of a stable name (`None` for anything unknown).
    pub fn from_code(code: &str) -> Identity {
        [Identity::Pending, Identity::Confirmed, Identity::Refused]
            .into_iter()
            .find(|state| state.code() == code)
            .unwrap_or(Identity::None)
    }
}

/// «Мои данные» as the page shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    /// The profile; its phone and e-mail are the account's confirmed ones.
    pub profile: crate::forms::profile::Profile,
    /// Where the confirmation of identity stands.
    pub identity: Identity,
    /// Why the operator refused the scans, when the identity is [`Identity::Refused`].
    #[serde(default)]
    pub identity_refusal: String,
}

/// A new phone or e-mail, to be confirmed by a code sent to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactChange {
    /// Which contact.
    pub channel: CodeChannel,
    /// The new phone number or e-mail address.
    pub value: String,
}

impl ContactChange {
    /// The new value in its stored form, or the problem with it (under the field `value`).
    pub fn normalised(&self) -> Result<String, FormErrors> {
        let checked = match self.channel {
            CodeChannel::Phone => identifiers::mobile_phone(&self.value),
            CodeChannel::Email => identifiers::email(&self.value),
        };
        checked.map_err(|code| {
            let mut errors = FormErrors::new();
            errors.add("value", code);
            errors
        })
    }
}

/// `GET`: the contact centre's accounts, newest first → `Vec<`[`StaffMember`]`>`; `POST`: an
/// administrator creates one ([`NewStaffAccount`]) → `201`.
pub const STAFF_ACCOUNTS_PATH: &str = "/api/v1/admin/accounts";

/// A contact-centre account in the administrator's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    /// The account's id.
    #[serde(default)]
    pub id: i64,
    /// Work e-mail, the login.
    pub email: String,
    /// Mobile phone, or empty.
    pub phone: String,
    /// Operator, senior operator or administrator.
    pub role: Role,
    /// When the account was created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: time::OffsetDateTime,
    /// The sections whose queues they work (operators and senior operators).
    #[serde(default)]
    pub sections: Vec<String>,
}

/// A contact-centre account an administrator creates. The new colleague sets their password
/// through «Забыли пароль?» from the e-mail they receive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewStaffAccount {
    /// Operator, senior operator or administrator; `None` until chosen.
    #[serde(default)]
    pub role: Option<Role>,
    /// Work e-mail, the login.
    pub email: String,
    /// Mobile phone for SMS codes, optional.
    #[serde(default)]
    pub phone: String,
}

impl NewStaffAccount {
    /// Every problem of the form.
    pub fn check(&self) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        if !self.role.is_some_and(Role::is_staff) {
            errors.add("role", crate::codes::ROLE_NOT_STAFF);
        }
        errors.take("email", crate::identifiers::email(&self.email));
        if !self.phone.trim().is_empty() {
            errors.take("phone", crate::identifiers::mobile_phone(&self.phone));
        }
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::{Role, SecondFactor};

    #[test]
    fn stable_names_read_back() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        for factor in [SecondFactor::None, SecondFactor::Sms, SecondFactor::Totp] {
            assert_eq!(SecondFactor::from_code(factor.code()), Some(factor));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
