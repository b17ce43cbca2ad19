//! Canned replies: administrators keep them, operators insert and edit them before sending.

use shared::console::CannedReply;
use shared::forms::canned_reply::CannedReplyForm;
use time::OffsetDateTime;

use super::{Db, timestamp};

type Row = (i64, String, String, String);

fn reply_of((id, title, text, section): Row) -> CannedReply {
    CannedReply {
        id,
        title,
        text,
        section,
    }
}

impl Db {
    /// Every canned reply, by title.
    pub async fn canned_replies(&self) -> Result<Vec<CannedReply>, sqlx::Error> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, title, body, section FROM canned_replies ORDER BY title, id",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(reply_of).collect())
    }

    /// The canned replies of the staff member's sections and those for every section, by title.
    pub async fn canned_replies_for(&self, staff_id: i64) -> Result<Vec<CannedReply>, sqlx::Error> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, title, body, section FROM canned_replies
             WHERE section = ''
                OR section IN (SELECT section FROM staff_sections WHERE account_id = ?1)
             ORDER BY title, id",
        )
        .bind(staff_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(reply_of).collect())
    }

    /// Adds a checked canned reply; answers its id.
    pub async fn add_canned_reply(
        &self,
        form: &CannedReplyForm,
        now: OffsetDateTime,
    ) -> Result<i64, sqlx::Error> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO canned_replies (title, body, section, updated_at)
             VALUES (?1, ?2, ?3, ?4) RETURNING id",
        )
        .bind(form.title.trim())
        .bind(form.text.trim())
        .bind(form.section.trim())
        .bind(timestamp(now))
        .fetch_one(self.pool())
        .await?;
        Ok(id)
    }

    /// Replaces a canned reply with a checked form; `false` when there is no such reply.
    pub async fn update_canned_reply(
        &self,
        id: i64,
        form: &CannedReplyForm,
        now: OffsetDateTime,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE canned_replies SET title = ?2, body = ?3, section = ?4, updated_at = ?5
             WHERE id = ?1",
        )
        .bind(id)
        .bind(form.title.trim())
        .bind(form.text.trim())
        .bind(form.section.trim())
        .bind(timestamp(now))
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Removes a canned reply; `false` when there is no such reply.
    pub async fn delete_canned_reply(&self, id: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM canned_replies WHERE id = ?1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
