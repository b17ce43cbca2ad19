//! Accounts made by someone other than their owner: contact-centre staff created by an
//! administrator, the first administrator created from the command line, and the demo accounts
//! of the README's run command.

use shared::accounts::{NewStaffAccount, Role};
use shared::api::Fault;
use shared::codes;
use shared::forms::profile::Profile;
use shared::identifiers;
use shared::lang::Lang;
use shared::notices;
use time::OffsetDateTime;

use super::accounts::hash_password;
use super::sessions::new_token;
use crate::error::{ApiError, invalid};
use crate::storage::Db;
use crate::storage::accounts::{CreateError, NewAccount};
use crate::storage::outbox::{self, Channel, Outgoing};

/// Creates a staff account. Without `password` the account gets an unusable random one and the
/// colleague is e-mailed how to set theirs through recovery.
pub async fn create(
    db: &Db,
    form: &NewStaffAccount,
    password: Option<&str>,
    now: OffsetDateTime,
) -> Result<i64, ApiError> {
    form.check().map_err(ApiError::Validation)?;
    let role = form
        .role
        .ok_or_else(|| invalid("role", codes::ROLE_NOT_STAFF))?;
    let email = identifiers::email(&form.email).map_err(|c| invalid("email", c))?;
    let phone = if form.phone.trim().is_empty() {
        None
    } else {
        Some(identifiers::mobile_phone(&form.phone).map_err(|c| invalid("phone", c))?)
    };
    let secret = match password {
        Some(password) => password.to_owned(),
        None => new_token().map_err(|_| ApiError::Fault(Fault::Internal))?,
    };
    let account = NewAccount {
        role,
        phone,
        email: email.clone(),
        password_hash: hash_password(secret).await?,
        lang: Lang::Ru,
        profile: "{}".to_owned(),
    };
    let mut tx = db.write().await?;
    let id = match Db::create_account_in(&mut tx, &account, now).await {
        Ok(id) => id,
        Err(CreateError::Taken) => return Err(invalid("email", codes::EMAIL_TAKEN)),
        Err(CreateError::Database(error)) => return Err(error.into()),
    };
    if password.is_none() {
        let notice = notices::staff_account_created(role.name(), Lang::Ru);
        let message = Outgoing {
            channel: Channel::Email,
            recipient: email,
            subject: notice.subject,
            body: notice.body,
        };
        outbox::enqueue(&mut tx, &message, now).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// One demo account as printed at start.
#[derive(Debug, Clone)]
pub struct DemoAccount {
    /// Its role.
    pub role: Role,
    /// The e-mail to sign in with.
    pub email: String,
    /// Its phone, also a login.
    pub phone: String,
    /// The password.
    pub password: &'static str,
}

/// The password of every demo account: it passes the portal's own policy.
pub const DEMO_PASSWORD: &str = "Demo-Portal-2026!";

/// The demo accounts, one per role.
pub fn demo_accounts() -> Vec<DemoAccount> {
    Role::ALL
        .iter()
        .enumerate()
        .map(|(index, role)| DemoAccount {
            role: *role,
            email: format!("{}@demo.gosuslugi.local", role.code().replace('_', "-")),
            phone: format!("+7900000000{}", index + 1),
            password: DEMO_PASSWORD,
        })
        .collect()
}

/// Creates the demo accounts that do not exist yet (a citizen with a profile and an INN, an
/// organisation representative with an OGRN, and staff); answers all of them.
pub async fn seed_demo(db: &Db, now: OffsetDateTime) -> Result<Vec<DemoAccount>, ApiError> {
    let accounts = demo_accounts();
    for demo in &accounts {
        if !db
            .accounts_holding(&demo.phone, &demo.email)
            .await?
            .is_empty()
        {
            continue;
        }
        let profile = match demo.role {
            Role::Citizen => Profile {
                surname: "Иванов".to_owned(),
                given_name: "Иван".to_owned(),
                patronymic: "Иванович".to_owned(),
                birth_date: "15.03.1985".to_owned(),
                inn: DEMO_CITIZEN_INN.to_owned(),
                address: "г. Москва, ул. Тверская, д. 1, кв. 1".to_owned(),
                phone: demo.phone.clone(),
                email: demo.email.clone(),
                ..Profile::default()
            },
            Role::Organisation => Profile {
                surname: "Петрова".to_owned(),
                given_name: "Мария".to_owned(),
                patronymic: "Сергеевна".to_owned(),
                birth_date: "02.07.1979".to_owned(),
                address: "г. Москва, ул. Мясницкая, д. 10".to_owned(),
                organisation_name: "ООО «Ромашка»".to_owned(),
                ogrn: DEMO_OGRN.to_owned(),
                phone: demo.phone.clone(),
                email: demo.email.clone(),
                ..Profile::default()
            },
            _ => Profile::default(),
        };
        let account = NewAccount {
            role: demo.role,
            phone: Some(demo.phone.clone()),
            email: demo.email.clone(),
            password_hash: hash_password(demo.password.to_owned()).await?,
            lang: Lang::Ru,
            profile: serde_json::to_string(&profile)
                .map_err(|_| ApiError::Fault(Fault::Internal))?,
        };
        let id = match db.create_account(&account, now).await {
            Ok(id) => id,
            Err(CreateError::Taken) => continue,
            Err(CreateError::Database(error)) => return Err(error.into()),
        };
        match demo.role {
            Role::Citizen => db.set_inn(id, Some(DEMO_CITIZEN_INN)).await?,
            Role::Organisation => db.set_organisation(id, DEMO_OGRN).await?,
            // The demo operators work every queue, so that any demo request reaches them.
            Role::Operator | Role::SeniorOperator => {
                let every: Vec<String> = shared::categories::SECTIONS
                    .iter()
                    .map(|section| section.code.to_owned())
                    .collect();
                db.set_sections(id, &every).await?;
            }
            Role::Administrator => {}
        }
    }
    Ok(accounts)
}

/// The demo citizen's INN (valid check digits), also a login.
pub const DEMO_CITIZEN_INN: &str = "770123456703";
/// The demo organisation's OGRN (valid check digit).
pub const DEMO_OGRN: &str = "1027700132195";
