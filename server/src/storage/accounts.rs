//! Accounts in the database: finding one by its login, creating, and changing credentials —
//! each change with its notice to the owner in the outbox, in the same transaction.

use shared::accounts::{Role, SecondFactor, StaffMember};
use shared::forms::profile::Profile;
use shared::identifiers::Login;
use shared::lang::Lang;
use shared::notices::{CredentialChange, Details};
use shared::notifications::Kind;
use sqlx::{Sqlite, Transaction};
use time::OffsetDateTime;

use super::identity;
use super::notifications::notify;
use super::{Db, parse_timestamp, timestamp};

/// An account as the server works with it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Account {
    /// Its row.
    pub id: i64,
    #[sqlx(try_from = "String")]
    role: StoredRole,
    /// Confirmed mobile phone, E.164.
    pub phone: Option<String>,
    /// Confirmed e-mail address.
    pub email: String,
    /// INN from the profile.
    pub inn: Option<String>,
    /// Argon2id PHC string.
    pub password_hash: String,
    #[sqlx(try_from = "String")]
    second_factor: StoredFactor,
    /// The authenticator's secret, when TOTP is on.
    pub totp_secret: Option<String>,
    /// A secret being enrolled.
    pub totp_pending_secret: Option<String>,
    /// The last TOTP step accepted.
    pub totp_last_step: i64,
    lang: String,
    /// The profile as JSON.
    pub profile: String,
    /// `none`, `pending`, `confirmed` or `refused`.
    pub identity: String,
    /// Why the operator refused the identity scans, when they did.
    pub identity_refusal: String,
}

#[derive(Debug, Clone, Copy)]
struct StoredRole(Role);

impl TryFrom<String> for StoredRole {
    type Error = String;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        Role::from_code(&code)
            .map(StoredRole)
            .ok_or_else(|| format!("unknown role {code}"))
    }
}

#[derive(Debug, Clone, Copy)]
struct StoredFactor(SecondFactor);

impl TryFrom<String> for StoredFactor {
    type Error = String;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        SecondFactor::from_code(&code)
            .map(StoredFactor)
            .ok_or_else(|| format!("unknown second factor {code}"))
    }
}

impl Account {
    /// The account's role.
    pub fn role(&self) -> Role {
        self.role.0
    }

    /// The second factor in use.
    pub fn second_factor(&self) -> SecondFactor {
        self.second_factor.0
    }

    /// The language its messages are written in.
    pub fn lang(&self) -> Lang {
        Lang::from_accept_language(&self.lang)
    }
}

/// Tells the owner of `account` of `change` (a security event: the feed always shows it).
async fn tell_of_change(
    tx: &mut Transaction<'_, Sqlite>,
    account: &Account,
    change: CredentialChange,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let details = Details {
        change: Some(change),
        ..Details::default()
    };
    notify(
        tx,
        account.id,
        Kind::CredentialsChanged,
        None,
        &details,
        &timestamp(now),
    )
    .await
}

const COLUMNS: &str = "id, role, phone, email, inn, password_hash, second_factor, totp_secret, \
                       totp_pending_secret, totp_last_step, lang, profile, identity, \
                       identity_refusal";

/// A new account's details.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Its role.
    pub role: Role,
    /// Confirmed mobile phone, E.164.
    pub phone: Option<String>,
    /// Confirmed e-mail address.
    pub email: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// The language of its messages.
    pub lang: Lang,
    /// The profile as JSON (`{}` for none yet).
    pub profile: String,
}

/// What saving «Мои данные» writes.
#[derive(Debug, Clone)]
pub struct SavedProfile<'a> {
    /// The profile, identifiers normalised.
    pub profile: &'a Profile,
    /// The same as JSON.
    pub json: &'a str,
    /// The INN, also a login.
    pub inn: Option<&'a str>,
    /// The OGRN or OGRNIP of the organisation the person represents.
    pub organisation_id: Option<&'a str>,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// The phone or e-mail belongs to another account already.
    #[error("the phone or e-mail is taken")]
    Taken,
    /// The database failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl Db {
    /// The account a sign-in login names.
    pub async fn account_by_login(&self, login: &Login) -> Result<Option<Account>, sqlx::Error> {
        let (column, value) = match login {
            Login::Email(email) => ("email", email),
            Login::Phone(phone) => ("phone", phone),
            Login::Inn(inn) => ("inn", inn),
        };
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM accounts WHERE {column} = ?1"
        ))
        .bind(value)
        .fetch_optional(self.pool())
        .await
    }

    /// The account of `id`.
    pub async fn account(&self, id: i64) -> Result<Option<Account>, sqlx::Error> {
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM accounts WHERE id = ?1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await
    }

    /// The accounts holding `phone` or `email` already, if any.
    pub async fn accounts_holding(
        &self,
        phone: &str,
        email: &str,
    ) -> Result<Vec<Account>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM accounts WHERE phone = ?1 OR email = ?2"
        ))
        .bind(phone)
        .bind(email)
        .fetch_all(self.pool())
        .await
    }

    /// Creates an account inside `tx`.
    pub async fn create_account_in(
        tx: &mut Transaction<'_, Sqlite>,
        account: &NewAccount,
        now: OffsetDateTime,
    ) -> Result<i64, CreateError> {
        let inserted = sqlx::query_scalar(
            "INSERT INTO accounts (role, phone, email, password_hash, lang, profile, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        )
        .bind(account.role.code())
        .bind(&account.phone)
        .bind(&account.email)
        .bind(&account.password_hash)
        .bind(account.lang.tag())
        .bind(&account.profile)
        .bind(timestamp(now))
        .fetch_one(&mut **tx)
        .await;
        match inserted {
            Ok(id) => Ok(id),
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                Err(CreateError::Taken)
            }
            Err(error) => Err(error.into()),
        }
    }

    /// Creates an account.
    pub async fn create_account(
        &self,
        account: &NewAccount,
        now: OffsetDateTime,
    ) -> Result<i64, CreateError> {
        let mut tx = self.write().await?;
        let id = Db::create_account_in(&mut tx, account, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces the stored hash after a sign-in found it made with older parameters.
    pub async fn rehash_password(&self, id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET password_hash = ?2 WHERE id = ?1")
            .bind(id)
            .bind(password_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Sets a new password, tells the owner, and ends the account's other sessions when asked
    /// (all of them when `keep_session` is `None`).
    pub async fn change_password(
        &self,
        account: &Account,
        password_hash: &str,
        change: CredentialChange,
        end_sessions: bool,
        keep_session: Option<i64>,
        now: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE accounts SET password_hash = ?2 WHERE id = ?1")
            .bind(account.id)
            .bind(password_hash)
            .execute(&mut *tx)
            .await?;
        if end_sessions {
            sqlx::query("DELETE FROM sessions WHERE account_id = ?1 AND id IS NOT ?2")
                .bind(account.id)
                .bind(keep_session)
                .execute(&mut *tx)
                .await?;
        }
        tell_of_change(&mut tx, account, change, now).await?;
        tx.commit().await
    }

    /// Stores a secret being enrolled, until the first code from the app confirms it.
    pub async fn set_pending_totp(&self, id: i64, secret: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET totp_pending_secret = ?2 WHERE id = ?1")
            .bind(id)
            .bind(secret)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Turns the authenticator on with the enrolled secret, replaces the recovery codes (given
    /// hashed) and tells the owner.
    pub async fn enable_totp(
        &self,
        account: &Account,
        secret: &str,
        step: i64,
        recovery_code_hashes: &[String],
        now: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.write().await?;
        sqlx::query(
            "UPDATE accounts SET second_factor = 'totp', totp_secret = ?2,
                 totp_pending_secret = NULL, totp_last_step = ?3 WHERE id = ?1",
        )
        .bind(account.id)
        .bind(secret)
        .bind(step)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = ?1")
            .bind(account.id)
            .execute(&mut *tx)
            .await?;
        for hash in recovery_code_hashes {
            sqlx::query("INSERT INTO recovery_codes (account_id, code_hash) VALUES (?1, ?2)")
                .bind(account.id)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        tell_of_change(&mut tx, account, CredentialChange::SecondFactor, now).await?;
        tx.commit().await
    }

    /// Switches the second factor to SMS or off (the authenticator's secret and recovery codes
    /// go), and tells the owner.
    pub async fn set_second_factor(
        &self,
        account: &Account,
        factor: SecondFactor,
        now: OffsetDateTime,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.write().await?;
        sqlx::query(
            "UPDATE accounts SET second_factor = ?2, totp_secret = NULL,
                 totp_pending_secret = NULL WHERE id = ?1",
        )
        .bind(account.id)
        .bind(factor.code())
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = ?1")
            .bind(account.id)
            .execute(&mut *tx)
            .await?;
        tell_of_change(&mut tx, account, CredentialChange::SecondFactor, now).await?;
        tx.commit().await
    }

    /// Records the TOTP step just accepted, unless a later one was recorded meanwhile; answers
    /// whether this call recorded it (so two requests cannot both use one code).
    pub async fn accept_totp_step(&self, id: i64, step: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET totp_last_step = ?2 WHERE id = ?1 AND totp_last_step < ?2",
        )
        .bind(id)
        .bind(step)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Spends a recovery code (given hashed); answers whether it was an unused code of the account.
    pub async fn use_recovery_code(
        &self,
        id: i64,
        code_hash: &str,
        now: OffsetDateTime,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE recovery_codes SET used_at = ?3
             WHERE account_id = ?1 AND code_hash = ?2 AND used_at IS NULL",
        )
        .bind(id)
        .bind(code_hash)
        .bind(timestamp(now))
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The contact centre's accounts, newest first, each with the sections they work.
    pub async fn staff_members(&self) -> Result<Vec<StaffMember>, sqlx::Error> {
        let rows: Vec<(i64, String, String, String, String, String)> = sqlx::query_as(
            "SELECT a.id, a.email, COALESCE(a.phone, ''), a.role, a.created_at,
                    COALESCE(GROUP_CONCAT(s.section), '')
             FROM accounts a LEFT JOIN staff_sections s ON s.account_id = a.id
             WHERE a.role IN ('operator', 'senior_operator', 'administrator')
             GROUP BY a.id ORDER BY a.created_at DESC, a.id DESC",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, email, phone, role, created_at, sections)| {
                Some(StaffMember {
                    id,
                    email,
                    phone,
                    role: Role::from_code(&role)?,
                    created_at: parse_timestamp(&created_at)?,
                    sections: in_tree_order(sections.split(',')),
                })
            })
            .collect())
    }

    /// Sets the INN, which is also a sign-in login.
    pub async fn set_inn(&self, id: i64, inn: Option<&str>) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET inn = ?2 WHERE id = ?1")
            .bind(id)
            .bind(inn)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Makes the account an organisation's representative with its OGRN or OGRNIP.
    pub async fn set_organisation(
        &self,
        id: i64,
        organisation_id: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE accounts SET role = 'organisation', organisation_id = ?2 WHERE id = ?1",
        )
        .bind(id)
        .bind(organisation_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Saves «Мои данные»: the profile's JSON, the INN (also a login), the organisation the
    /// person represents (which makes a citizen's account a representative's and back; staff
    /// accounts keep their role), and, when what the identity scans were compared with changed,
    /// withdraws the identity confirmation they no longer prove — judged against the profile as
    /// stored inside the transaction. `Taken` when another account has that INN. Answers the
    /// file ids of withdrawn scans.
    pub async fn save_profile(
        &self,
        id: i64,
        saved: &SavedProfile<'_>,
    ) -> Result<Vec<String>, CreateError> {
        let mut tx = self.write().await?;
        let (before, identity): (String, String) =
            sqlx::query_as("SELECT profile, identity FROM accounts WHERE id = ?1")
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
        let before: Profile = serde_json::from_str(&before).unwrap_or_default();
        let updated = sqlx::query(
            "UPDATE accounts SET profile = ?2, inn = ?3,
                    organisation_id = CASE
                        WHEN role IN ('citizen', 'organisation') THEN ?4 ELSE NULL END,
                    role = CASE
                        WHEN role NOT IN ('citizen', 'organisation') THEN role
                        WHEN ?4 IS NULL THEN 'citizen'
                        ELSE 'organisation' END
             WHERE id = ?1",
        )
        .bind(id)
        .bind(saved.json)
        .bind(saved.inn)
        .bind(saved.organisation_id)
        .execute(&mut *tx)
        .await;
        match updated {
            Ok(_) => {}
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                return Err(CreateError::Taken);
            }
            Err(error) => return Err(error.into()),
        }
        let withdrawn = if identity != "none" && saved.profile.identity_details_differ(&before) {
            identity::withdraw(&mut tx, id).await?
        } else {
            Vec::new()
        };
        tx.commit().await?;
        Ok(withdrawn)
    }

    /// Replaces the account's phone (`phone == true`) or e-mail with a confirmed new one and tells
    /// the owner at the old e-mail; `Taken` when another account has it meanwhile.
    pub async fn change_contact(
        &self,
        account: &Account,
        phone: bool,
        value: &str,
        now: OffsetDateTime,
    ) -> Result<(), CreateError> {
        let mut tx = self.write().await?;
        // Told before the change: the old address and phone hear of it.
        tell_of_change(&mut tx, account, CredentialChange::Contact, now).await?;
        let column = if phone { "phone" } else { "email" };
        let changed = sqlx::query(&format!("UPDATE accounts SET {column} = ?2 WHERE id = ?1"))
            .bind(account.id)
            .bind(value)
            .execute(&mut *tx)
            .await;
        match changed {
            Ok(_) => {}
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                return Err(CreateError::Taken);
            }
            Err(error) => return Err(error.into()),
        }
        tx.commit().await?;
        Ok(())
    }

    /// Recovery codes not used yet.
    pub async fn recovery_codes_left(&self, id: i64) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = ?1 AND used_at IS NULL",
        )
        .bind(id)
        .fetch_one(self.pool())
        .await
    }
}

/// Section codes in the category tree's order, unknown ones left out.
pub fn in_tree_order<'a>(codes: impl Iterator<Item = &'a str>) -> Vec<String> {
    let codes: Vec<&str> = codes.collect();
    shared::categories::SECTIONS
        .iter()
        .filter(|section| codes.contains(&section.code))
        .map(|section| section.code.to_owned())
        .collect()
}
