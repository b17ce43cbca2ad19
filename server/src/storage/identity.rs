//! Identity confirmation: the scans a citizen sent, the queue of people waiting for an operator,
//! and the operator's decision.

use shared::attachments::FileKind;
use shared::forms::profile::Profile;
use shared::identity::{Decision, Document, IdentityCase, Scan, Verdict};
use sqlx::{Sqlite, Transaction};
use time::OffsetDateTime;

use super::outbox::{self, Outgoing};
use super::{Db, FileTable, KeptFile, insert_files, parse_timestamp, timestamp};
use crate::services::uploads::StoredFile;

/// Longest queue answered at once: the oldest waiting come first.
const QUEUE_MAX: i64 = 200;

type ScanRow = (String, String, String, String, i64);

fn scan_of((id, document, name, kind, size): ScanRow) -> Option<Scan> {
    Some(Scan {
        id,
        document: Document::of_part(&document)?,
        name,
        kind: FileKind::from_media_type(&kind)?,
        size: u64::try_from(size).ok()?,
    })
}

/// Removes an account's scans inside `tx`; answers their file ids, for the files to go too once
/// the transaction is committed.
async fn remove_scans(
    tx: &mut Transaction<'_, Sqlite>,
    account_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    let removed: Vec<(String,)> =
        sqlx::query_as("DELETE FROM identity_scans WHERE account_id = ?1 RETURNING id")
            .bind(account_id)
            .fetch_all(&mut **tx)
            .await?;
    Ok(removed.into_iter().map(|(id,)| id).collect())
}

/// Sets the identity back to «not confirmed» inside `tx`, removing the scans: the profile's
/// passport or SNILS changed, so earlier scans no longer prove it. Answers the removed file ids.
pub async fn withdraw(
    tx: &mut Transaction<'_, Sqlite>,
    account_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(
        "UPDATE accounts SET identity = 'none', identity_submitted_at = NULL,
                identity_decided_by = NULL, identity_decided_at = NULL, identity_refusal = ''
         WHERE id = ?1",
    )
    .bind(account_id)
    .execute(&mut **tx)
    .await?;
    remove_scans(tx, account_id).await
}

impl Db {
    /// Keeps the scans (already in the uploads folder) and puts the account in the queue, when
    /// its identity is neither confirmed nor waiting already and its profile is still
    /// `checked_profile`, the one the scans were judged against. Answers the file ids of scans
    /// sent before, which are replaced, or `None` when either changed meanwhile.
    pub async fn submit_identity(
        &self,
        account_id: i64,
        checked_profile: &str,
        scans: &[StoredFile],
        now: OffsetDateTime,
    ) -> Result<Option<Vec<String>>, sqlx::Error> {
        let mut tx = self.write().await?;
        let at = timestamp(now);
        let queued = sqlx::query(
            "UPDATE accounts SET identity = 'pending', identity_submitted_at = ?2,
                    identity_decided_by = NULL, identity_decided_at = NULL, identity_refusal = ''
             WHERE id = ?1 AND identity IN ('none', 'refused') AND profile = ?3",
        )
        .bind(account_id)
        .bind(&at)
        .bind(checked_profile)
        .execute(&mut *tx)
        .await?;
        if queued.rows_affected() == 0 {
            return Ok(None);
        }
        let replaced = remove_scans(&mut tx, account_id).await?;
        insert_files(&mut tx, FileTable::IdentityScans, account_id, scans, &at).await?;
        tx.commit().await?;
        Ok(Some(replaced))
    }

    /// The people waiting for an operator, those who sent their scans first at the top.
    pub async fn identity_queue(&self) -> Result<Vec<IdentityCase>, sqlx::Error> {
        let waiting: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT id, profile, identity_submitted_at FROM accounts
             WHERE identity = 'pending' ORDER BY identity_submitted_at, id LIMIT ?1",
        )
        .bind(QUEUE_MAX)
        .fetch_all(self.pool())
        .await?;
        let mut cases = Vec::with_capacity(waiting.len());
        for row in waiting {
            cases.push(self.case_of(row).await?);
        }
        Ok(cases)
    }

    /// One waiting person, or `None` when they are not waiting.
    pub async fn identity_case(
        &self,
        account_id: i64,
    ) -> Result<Option<IdentityCase>, sqlx::Error> {
        let waiting: Option<(i64, String, String)> = sqlx::query_as(
            "SELECT id, profile, identity_submitted_at FROM accounts
             WHERE id = ?1 AND identity = 'pending'",
        )
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        match waiting {
            Some(row) => Ok(Some(self.case_of(row).await?)),
            None => Ok(None),
        }
    }

    /// A waiting account's case with its scans.
    async fn case_of(
        &self,
        (account_id, profile, submitted_at): (i64, String, String),
    ) -> Result<IdentityCase, sqlx::Error> {
        let scans: Vec<ScanRow> = sqlx::query_as(
            "SELECT id, document, original_name, kind, size FROM identity_scans
             WHERE account_id = ?1 ORDER BY document, uploaded_at, rowid",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        Ok(IdentityCase {
            account_id,
            profile: serde_json::from_str::<Profile>(&profile).unwrap_or_default(),
            submitted_at: parse_timestamp(&submitted_at).unwrap_or(OffsetDateTime::UNIX_EPOCH),
            scans: scans.into_iter().filter_map(scan_of).collect(),
        })
    }

    /// One of an account's scans.
    pub async fn identity_scan(
        &self,
        account_id: i64,
        scan_id: &str,
    ) -> Result<Option<KeptFile>, sqlx::Error> {
        let row: Option<(String, String, String)> = sqlx::query_as(
            "SELECT id, original_name, kind FROM identity_scans WHERE account_id = ?1 AND id = ?2",
        )
        .bind(account_id)
        .bind(scan_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.and_then(KeptFile::from_row))
    }

    /// Records an operator's decision about a waiting account's scans sent at
    /// `decision.submitted_at` and writes `notice` to the outbox, in one transaction. `false`
    /// when the account is not waiting with those scans (decided already by another operator,
    /// replaced since, or never sent).
    pub async fn decide_identity(
        &self,
        account_id: i64,
        decision: &Decision,
        operator_id: i64,
        notice: &Outgoing,
        now: OffsetDateTime,
    ) -> Result<bool, sqlx::Error> {
        let mut tx = self.write().await?;
        let (state, refusal) = match decision.verdict {
            Some(Verdict::Confirm) => ("confirmed", ""),
            Some(Verdict::Refuse) => ("refused", decision.reason.trim()),
            None => return Ok(false),
        };
        let decided = sqlx::query(
            "UPDATE accounts SET identity = ?2, identity_refusal = ?3, identity_decided_by = ?4,
                    identity_decided_at = ?5
             WHERE id = ?1 AND identity = 'pending' AND identity_submitted_at = ?6",
        )
        .bind(account_id)
        .bind(state)
        .bind(refusal)
        .bind(operator_id)
        .bind(timestamp(now))
        .bind(timestamp(decision.submitted_at))
        .execute(&mut *tx)
        .await?;
        if decided.rows_affected() == 0 {
            return Ok(false);
        }
        outbox::enqueue(&mut tx, notice, now).await?;
        tx.commit().await?;
        Ok(true)
    }
}
