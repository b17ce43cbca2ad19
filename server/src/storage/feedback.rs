//! Anonymous feedback and its files.

use shared::forms::feedback::CleanFeedback;
use time::OffsetDateTime;

use super::outbox::{self, Outgoing};
use super::{Db, FileTable, insert_files, next_request_number, timestamp};
use crate::services::uploads::StoredFile;

impl Db {
    /// Stores feedback and its already-saved files, and writes the receipt `receipt(number)`
    /// makes to the outbox, in one transaction; returns its number.
    pub async fn create_feedback(
        &self,
        feedback: &CleanFeedback,
        files: &[StoredFile],
        now: OffsetDateTime,
        receipt: impl FnOnce(&str) -> Outgoing,
    ) -> Result<String, sqlx::Error> {
        let mut tx = self.write().await?;
        let number = next_request_number(&mut tx, now).await?;
        let created_at = timestamp(now);
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO feedback (number, created_at, email, phone, topic, message, inn, snils, ogrn, ogrnip, passport)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
        )
        .bind(&number)
        .bind(&created_at)
        .bind(&feedback.email)
        .bind(&feedback.phone)
        .bind(&feedback.topic)
        .bind(&feedback.message)
        .bind(&feedback.inn)
        .bind(&feedback.snils)
        .bind(&feedback.ogrn)
        .bind(&feedback.ogrnip)
        .bind(&feedback.passport)
        .fetch_one(&mut *tx)
        .await?;
        insert_files(&mut tx, FileTable::Feedback, id, files, &created_at).await?;
        outbox::enqueue(&mut tx, &receipt(&number), now).await?;
        tx.commit().await?;
        Ok(number)
    }

    /// The stored feedback with this number, for tests and the operator console.
    pub async fn feedback_by_number(
        &self,
        number: &str,
    ) -> Result<Option<(CleanFeedback, Vec<StoredFile>)>, sqlx::Error> {
        type Row = (
            i64,
            String,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let row: Option<Row> = sqlx::query_as(
            "SELECT id, email, phone, topic, message, inn, snils, ogrn, ogrnip, passport FROM feedback WHERE number = ?1",
        )
        .bind(number)
        .fetch_optional(self.pool())
        .await?;
        let Some((id, email, phone, topic, message, inn, snils, ogrn, ogrnip, passport)) = row
        else {
            return Ok(None);
        };
        let files: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT id, original_name, kind, size FROM attachments WHERE feedback_id = ?1 ORDER BY rowid",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let files = files
            .into_iter()
            .filter_map(|(id, original_name, media_type, size)| {
                Some(StoredFile {
                    id,
                    original_name,
                    kind: shared::attachments::FileKind::from_media_type(&media_type)?,
                    size: u64::try_from(size).unwrap_or(0),
                    part: shared::api::MULTIPART_FILES.to_owned(),
                })
            })
            .collect();
        Ok(Some((
            CleanFeedback {
                email,
                topic,
                message,
                phone,
                inn,
                snils,
                ogrn,
                ogrnip,
                passport,
            },
            files,
        )))
    }
}
