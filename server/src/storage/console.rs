//! The operator console's storage (SPEC §4): queue membership, the queues of an operator's
//! sections, one request as an operator sees it, and the operators' actions. Every read and
//! every action names the operator, and only requests of their sections are found: a number
//! from another queue is the same «not found» as a number that does not exist. Each action is
//! judged by `shared::status::operator_actions` inside the transaction that does it, so two
//! operators cannot both take a request.

use shared::categories;
use shared::console::{
    Assignment, CitizenMatch, InternalNote, OperatorRequest, QueueFilter, QueueItem, QueuePage,
    Requester,
};
use shared::deadlines;
use shared::forms::profile::Profile;
use shared::forms::rejection::Rejection;
use shared::forms::support_request::{ReplyChannel, SupportRequest};
use shared::identifiers;
use shared::lang::Lang;
use shared::notices;
use shared::person;
use shared::requests::{Event, PAGE_SIZE, RequestChannel};
use shared::statistics::{ChatFacts, Facts};
use shared::status::{
    Action, Handling, OperatorAction, Status, escalation_pending, next_status, operator_actions,
};
use sqlx::Sqlite;
use time::OffsetDateTime;

use super::fulltext::{Corpus, QueueFacets, match_expression, terms_conditions};
use super::outbox::{self, Channel, Outgoing};
use super::request_actions::{Acted, Entry, REQUEST_COLUMNS, RequestRow, journal};
use super::requests::{Paging, ViewRow, code_of, number_or_words, view_of};
use super::{Db, KeptFile, parse_timestamp, timestamp};

/// A member of the contact centre acting in the console.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Staff {
    /// Their account.
    pub id: i64,
    /// Whether they are a senior operator.
    pub senior: bool,
}

/// An operator's action with what it carries.
#[derive(Debug, Clone, Copy)]
pub enum OperatorAct<'a> {
    /// Assign it to oneself.
    Take,
    /// Write to the citizen.
    Reply(&'a str),
    /// Ask for documents or information, saying what.
    RequestDocuments(&'a str),
    /// Answer and resolve.
    Resolve(&'a str),
    /// Refuse.
    Reject(&'a Rejection),
    /// Move the deadline on by business days, saying why.
    Extend {
        /// Business days.
        days: u32,
        /// Why.
        reason: &'a str,
    },
    /// Pass it to a senior operator, saying why.
    Escalate(&'a str),
    /// Move it to a topic of another section, with a word for the colleagues there.
    Transfer {
        /// The new topic.
        category: &'a str,
        /// An internal note, or empty.
        comment: &'a str,
    },
    /// A senior operator upholds a dispute.
    Reopen,
    /// A senior operator turns a dispute down, saying why.
    Uphold(&'a str),
    /// An internal note.
    Note(&'a str),
}

impl OperatorAct<'_> {
    fn action(self) -> OperatorAction {
        match self {
            OperatorAct::Take => OperatorAction::Take,
            OperatorAct::Reply(_) => OperatorAction::Reply,
            OperatorAct::RequestDocuments(_) => OperatorAction::RequestDocuments,
            OperatorAct::Resolve(_) => OperatorAction::Resolve,
            OperatorAct::Reject(_) => OperatorAction::Reject,
            OperatorAct::Extend { .. } => OperatorAction::Extend,
            OperatorAct::Escalate(_) => OperatorAction::Escalate,
            OperatorAct::Transfer { .. } => OperatorAction::Transfer,
            OperatorAct::Reopen => OperatorAction::Reopen,
            OperatorAct::Uphold(_) => OperatorAction::Uphold,
            OperatorAct::Note(_) => OperatorAction::Note,
        }
    }
}

/// The SQL twin of `shared::status::escalation_pending` over `requests`' columns.
const ESCALATION_PENDING_SQL: &str =
    "(r.escalated_at IS NOT NULL AND (r.closed_at IS NULL OR r.escalated_at >= r.closed_at))";

/// `IN (…)` of the status codes for which `pick` holds, to mirror a rule of `shared::status`.
fn statuses_where(pick: impl Fn(Status) -> bool) -> String {
    let codes: Vec<String> = Status::ALL
        .into_iter()
        .filter(|status| pick(*status))
        .map(|status| format!("'{}'", status.code()))
        .collect();
    format!("({})", codes.join(", "))
}

/// The condition of a searched queue: among the index's matches (an FTS5 expression bound).
const MATCHED: &str = "r.id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?)";

/// A section of a searched queue with at least this many matches is walked in queue order first
/// (see [`walked_far_enough`]).
const WALK_FROM_MATCHES: i64 = 5_000;

/// How far such a walk goes for each request a page needs before the matches are read whole:
/// a row's terms cost about 1 µs to check, an index match about 0.2 µs to read.
const WALK_ROWS_PER_WANTED: u64 = 100;

/// How one section's part of a queue page is read.
enum SectionPage {
    /// Every request passing the filters.
    Whole,
    /// Among the index's matches (an FTS5 expression), read whole.
    Matches(String),
    /// Walked in queue order, each row's own terms checked.
    Walked,
}

/// How many of a section's first `enough` searched requests a walk in queue order finds within
/// [`WALK_ROWS_PER_WANTED`] rows for each: when all of them, the walk gives the page.
async fn walked_far_enough(
    connection: &mut sqlx::SqliteConnection,
    section: &str,
    clause: &str,
    values: &[String],
    (row_terms, row_term_values): (&str, &[String]),
    enough: u64,
) -> Result<u64, sqlx::Error> {
    let rows = enough.saturating_mul(WALK_ROWS_PER_WANTED);
    let probe = format!(
        "SELECT COUNT(*) FROM (SELECT 1 FROM (SELECT r.search_stems, r.search_words
                                              FROM requests r WHERE r.section = ? AND {clause}
                                              ORDER BY {QUEUE_ORDER} LIMIT {rows}) r
                              WHERE {row_terms} LIMIT {enough})"
    );
    let mut count = sqlx::query_as::<_, (i64,)>(&probe).bind(section);
    for value in values.iter().chain(row_term_values) {
        count = count.bind(value);
    }
    let (found,) = count.fetch_one(connection).await?;
    Ok(u64::try_from(found).unwrap_or_default())
}

/// The queue's order: open requests first, then the nearer deadline (the first response's while
/// none was given), then priority, then age. Word for word the expressions of the
/// `requests_queue` index (migration 0009), so that SQLite walks the index instead of sorting;
/// `queue_order_matches_the_open_statuses_and_priorities` ties it to `shared`.
/// The keys of [`QUEUE_ORDER`], named for the merge of the sections' pages.
const QUEUE_ORDER_KEYS: &str = "(CASE WHEN r.status IN ('registered', 'in_progress', 'awaiting_documents') THEN 0 ELSE 1 END) AS k1,
    (CASE WHEN r.first_response_at IS NULL THEN min(r.first_response_due, r.resolution_due)
          ELSE r.resolution_due END) AS k2,
    (CASE r.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END) AS k3,
    r.created_at AS created_at";

const QUEUE_ORDER: &str =
    "(CASE WHEN r.status IN ('registered', 'in_progress', 'awaiting_documents') THEN 0 ELSE 1 END),
    (CASE WHEN r.first_response_at IS NULL THEN min(r.first_response_due, r.resolution_due)
          ELSE r.resolution_due END),
    (CASE r.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END),
    r.created_at, r.id";

impl RequestRow {
    fn handling(&self, staff: Staff) -> Option<Handling> {
        let moment = |text: &Option<String>| text.as_deref().and_then(parse_timestamp);
        Some(Handling {
            status: self.status()?,
            assigned: self.assignee_id.is_some(),
            assigned_to_me: self.assignee_id == Some(staff.id),
            escalated: escalation_pending(moment(&self.escalated_at), moment(&self.closed_at)),
            extended: self.previous_due.is_some(),
            senior: staff.senior,
            has_account: self.account_id.is_some(),
        })
    }
}

/// The request of `number` if it lies in one of the staff member's sections.
async fn queue_request<'e>(
    executor: impl sqlx::Executor<'e, Database = Sqlite>,
    staff_id: i64,
    number: &str,
) -> Result<Option<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {REQUEST_COLUMNS} FROM requests
         WHERE number = ?2
           AND section IN (SELECT section FROM staff_sections WHERE account_id = ?1)"
    ))
    .bind(staff_id)
    .bind(number)
    .fetch_optional(executor)
    .await
}

/// A row of the queue listing.
type QueueRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    bool,
    bool,
);

impl Db {
    /// The section codes a staff member works, in the tree's order.
    pub async fn sections_of(&self, account_id: i64) -> Result<Vec<String>, sqlx::Error> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT section FROM staff_sections WHERE account_id = ?1")
                .bind(account_id)
                .fetch_all(self.pool())
                .await?;
        Ok(super::accounts::in_tree_order(
            rows.iter().map(|(code,)| code.as_str()),
        ))
    }

    /// Sets the sections an operator or senior operator works; `false` when the account is no
    /// such thing.
    pub async fn set_sections(
        &self,
        account_id: i64,
        sections: &[String],
    ) -> Result<bool, sqlx::Error> {
        let mut tx = self.write().await?;
        let operator: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM accounts WHERE id = ?1 AND role IN ('operator', 'senior_operator')",
        )
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
        if operator.is_none() {
            return Ok(false);
        }
        sqlx::query("DELETE FROM staff_sections WHERE account_id = ?1")
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        for section in sections {
            sqlx::query(
                "INSERT INTO staff_sections (account_id, section) VALUES (?1, ?2)
                 ON CONFLICT DO NOTHING",
            )
            .bind(account_id)
            .bind(section)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// A page of the requests of the staff member's sections that pass `filter` (checked),
    /// open ones first, then by deadline, then by priority.
    pub async fn queue(
        &self,
        staff_id: i64,
        filter: &QueueFilter,
        now: OffsetDateTime,
    ) -> Result<QueuePage, sqlx::Error> {
        let mut conditions = vec![
            "r.section IN (SELECT section FROM staff_sections WHERE account_id = ?)".to_owned(),
        ];
        let mut values: Vec<String> = vec![staff_id.to_string()];
        if let Some(status) = filter.status {
            conditions.push("r.status = ?".to_owned());
            values.push(code_of(status));
        }
        let category = filter.category.trim();
        if !category.is_empty() {
            conditions.push("(r.category = ? OR r.section = ?)".to_owned());
            values.push(category.to_owned());
            values.push(category.to_owned());
        }
        if filter.overdue {
            // shared::status::is_overdue: the clock runs and the deadline has passed.
            conditions.push(format!(
                "r.status IN {} AND r.resolution_due < ?",
                statuses_where(Status::clock_runs)
            ));
            values.push(timestamp(now));
        }
        if filter.escalated {
            conditions.push(ESCALATION_PENDING_SQL.to_owned());
        }
        match filter.assigned {
            Some(Assignment::Me) => {
                conditions.push("r.assignee_id = ?".to_owned());
                values.push(staff_id.to_string());
            }
            Some(Assignment::Nobody) => conditions.push("r.assignee_id IS NULL".to_owned()),
            None => {}
        }
        let sections = self.sections_of(staff_id).await?;
        // Words are looked up in the index narrowed by the queue's facets there (its sections,
        // who took it, its status); a request number, in the rows.
        let query = number_or_words(&filter.q, "r.", &mut conditions, &mut values);
        let terms = query
            .as_ref()
            .and_then(|query| match_expression(query, Corpus::Requests));
        let facets = QueueFacets {
            sections: &sections,
            assignee: filter.assigned.map(|assigned| match assigned {
                Assignment::Me => Some(staff_id),
                Assignment::Nobody => None,
            }),
            status: filter.status.map(code_of),
        };
        // Each section's matches, narrowed to that section.
        let section_matches: Vec<Option<String>> = sections
            .iter()
            .map(|section| {
                let terms = terms.as_deref()?;
                QueueFacets {
                    sections: std::slice::from_ref(section),
                    ..facets.clone()
                }
                .narrow(terms)
            })
            .collect();
        let clause = conditions.join(" AND ");
        let mut connection = self.pool().acquire().await?;
        // Every other filter is a facet: the index alone counts each section's matches (a
        // common word's thousands of matches are not each read from their rows).
        let counted_by_index =
            terms.is_some() && !filter.overdue && !filter.escalated && category.is_empty();
        let mut found_in_section: Vec<Option<i64>> = vec![None; sections.len()];
        let total = if counted_by_index {
            for (found, matching) in found_in_section.iter_mut().zip(&section_matches) {
                let (count,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM requests_fts WHERE requests_fts MATCH ?1")
                        .bind(matching)
                        .fetch_one(&mut *connection)
                        .await?;
                *found = Some(count);
            }
            found_in_section.iter().flatten().sum()
        } else {
            let mut count_sql = format!("SELECT COUNT(*) FROM requests r WHERE {clause}");
            let matching = terms.as_deref().and_then(|terms| facets.narrow(terms));
            if matching.is_some() {
                count_sql.push_str(&format!(" AND {MATCHED}"));
            }
            let mut count = sqlx::query_as::<_, (i64,)>(&count_sql);
            for value in values.iter().chain(&matching) {
                count = count.bind(value);
            }
            count.fetch_one(&mut *connection).await?.0
        };
        let Paging {
            total,
            pages,
            page,
            offset,
        } = Paging::of(total, filter.page);
        let enough = offset + u64::from(PAGE_SIZE);
        // The terms each row keeps, checked on a walk in queue order.
        let (row_terms, row_term_values): (Vec<String>, Vec<String>) = query
            .as_ref()
            .map(|query| terms_conditions(query, "r."))
            .unwrap_or_default()
            .into_iter()
            .unzip();
        let row_terms = row_terms.join(" AND ");
        let mut branches = Vec::new();
        for ((section, matching), found) in
            sections.iter().zip(section_matches).zip(found_in_section)
        {
            let branch = match (matching, found) {
                (_, Some(0)) => continue,
                (None, _) => SectionPage::Whole,
                (Some(matching), found) => {
                    // Many matches: walking the section in queue order, each row's own terms
                    // checked, reaches the page long before the index's matches are all read
                    // (measured on the benchmark's file: 0.05 ms for a word in 27 000 of a
                    // section's 27 000 requests, against 5.4 ms). It is kept only when it
                    // reached the page within its rows: matches spread thin are read whole.
                    let many = found.is_some_and(|found| found >= WALK_FROM_MATCHES);
                    let wanted = found.map_or(enough, |found| enough.min(found as u64));
                    if many
                        && walked_far_enough(
                            &mut connection,
                            section,
                            &clause,
                            &values,
                            (&row_terms, &row_term_values),
                            enough,
                        )
                        .await?
                            >= wanted
                    {
                        SectionPage::Walked
                    } else {
                        SectionPage::Matches(matching)
                    }
                }
            };
            branches.push((section, branch));
        }
        if branches.is_empty() {
            return Ok(QueuePage {
                items: Vec::new(),
                total,
                page,
                pages,
                sections,
            });
        }
        // One ordered walk of the index per section, each stopping after the page; then the
        // pages of the sections merged. An operator works a handful of sections at most.
        let branches_sql: Vec<String> = branches
            .iter()
            .map(|(_, branch)| {
                let searched = match branch {
                    SectionPage::Whole => String::new(),
                    SectionPage::Matches(_) => format!(" AND {MATCHED}"),
                    SectionPage::Walked => format!(" AND {row_terms}"),
                };
                format!(
                    "SELECT * FROM (SELECT r.id, {QUEUE_ORDER_KEYS} FROM requests r
                                    WHERE r.section = ? AND {clause}{searched}
                                    ORDER BY {QUEUE_ORDER} LIMIT {enough})"
                )
            })
            .collect();
        let list_sql = format!(
            "SELECT r.number, r.status, r.category, r.subject, r.priority, r.created_at,
                    r.first_response_due, r.resolution_due, r.channel, a.email,
                    {ESCALATION_PENDING_SQL}, r.first_response_at IS NOT NULL
             FROM ({}) k
             JOIN requests r ON r.id = k.id
             LEFT JOIN accounts a ON a.id = r.assignee_id
             ORDER BY k.k1, k.k2, k.k3, k.created_at, k.id
             LIMIT {PAGE_SIZE} OFFSET {offset}",
            branches_sql.join(" UNION ALL ")
        );
        let mut list = sqlx::query_as::<_, QueueRow>(&list_sql);
        for (section, branch) in &branches {
            list = list.bind(*section);
            for value in &values {
                list = list.bind(value);
            }
            match branch {
                SectionPage::Whole => {}
                SectionPage::Matches(matching) => list = list.bind(matching),
                SectionPage::Walked => {
                    for value in &row_term_values {
                        list = list.bind(value);
                    }
                }
            }
        }
        let items = list
            .fetch_all(&mut *connection)
            .await?
            .into_iter()
            .filter_map(|row| {
                let (number, status, category, subject, priority, created, first, due) =
                    (row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7);
                let view: ViewRow = (
                    number, status, category, subject, priority, created, first, due,
                );
                Some(QueueItem {
                    summary: view_of(view)?,
                    channel: RequestChannel::from_code(&row.8).unwrap_or_default(),
                    assignee: row.9,
                    escalated: row.10,
                    answered: row.11,
                })
            })
            .collect();
        Ok(QueuePage {
            items,
            total,
            page,
            pages,
            sections,
        })
    }

    /// A request of the staff member's sections, whole, with what they may do with it now.
    pub async fn operator_request(
        &self,
        staff: Staff,
        number: &str,
    ) -> Result<Option<OperatorRequest>, sqlx::Error> {
        let Some(row) = queue_request(self.pool(), staff.id, number).await? else {
            return Ok(None);
        };
        let handling = row.handling(staff);
        let actions = handling
            .map(|handling| operator_actions(&handling))
            .unwrap_or_default();
        let escalated = handling.is_some_and(|h| h.escalated);
        let assignee: Option<(String,)> = match row.assignee_id {
            Some(id) => {
                sqlx::query_as("SELECT email FROM accounts WHERE id = ?1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?
            }
            None => None,
        };
        let notes: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT a.email, n.body, n.at FROM internal_notes n
             JOIN accounts a ON a.id = n.account_id
             WHERE n.request_id = ?1 ORDER BY n.at, n.id",
        )
        .bind(row.id)
        .fetch_all(self.pool())
        .await?;
        let notes = notes
            .into_iter()
            .filter_map(|(author, text, at)| {
                Some(InternalNote {
                    author,
                    text,
                    at: parse_timestamp(&at)?,
                })
            })
            .collect();
        let requester = self.requester_of(&row).await?;
        let notifications = self.notifications_of_request(row.id).await?;
        let Some(detail) = self.detail_of(row, None).await? else {
            return Ok(None);
        };
        Ok(Some(OperatorRequest {
            detail,
            requester,
            assignee: assignee.map(|(email,)| email),
            escalated,
            notes,
            actions,
            notifications,
        }))
    }

    /// Who a request is from: the account's holder, or the person whose contacts an operator
    /// wrote down.
    async fn requester_of(&self, row: &RequestRow) -> Result<Requester, sqlx::Error> {
        let form: SupportRequest = serde_json::from_str(&row.form).unwrap_or_default();
        let Some(account_id) = row.account_id else {
            return Ok(Requester {
                name: row.requester_name.clone().unwrap_or_default(),
                phone: form.phone,
                email: form.email,
                has_account: false,
                identity_confirmed: false,
            });
        };
        let account = self.account(account_id).await?;
        let profile: Profile = account
            .as_ref()
            .and_then(|a| serde_json::from_str(&a.profile).ok())
            .unwrap_or_default();
        Ok(Requester {
            name: profile_name(&profile),
            phone: form.phone,
            email: form.email,
            has_account: true,
            identity_confirmed: account.is_some_and(|a| a.identity == "confirmed"),
        })
    }

    /// Carries out the staff member's `act` on a request of their sections when it allows it
    /// at `now`: the sections it touched (two for a transfer), for the live updates.
    pub async fn operator_act(
        &self,
        staff: Staff,
        number: &str,
        act: OperatorAct<'_>,
        now: OffsetDateTime,
    ) -> Result<Result<Vec<String>, Acted>, sqlx::Error> {
        let mut tx = self.write().await?;
        let Some(row) = queue_request(&mut *tx, staff.id, number).await? else {
            return Ok(Err(Acted::NotFound));
        };
        let Some(handling) = row.handling(staff) else {
            return Ok(Err(Acted::NotAllowed));
        };
        if !operator_actions(&handling).contains(&act.action()) {
            return Ok(Err(Acted::NotAllowed));
        }
        let status = handling.status;
        let actor = handling.actor();
        let at = timestamp(now);
        let mut sections = vec![row.section.clone()];
        let entry = |event, to, note| Entry {
            actor,
            account_id: Some(staff.id),
            event,
            from: status,
            to,
            note,
        };
        // Through the transition table: the status an action leads to.
        let moved = |action| next_status(status, action, actor);
        match act {
            OperatorAct::Take => {
                let to = moved(Action::Take).unwrap_or(status);
                let taken = sqlx::query(
                    "UPDATE requests SET assignee_id = ?2, status = ?3, updated_at = ?4
                     WHERE id = ?1 AND assignee_id IS NULL",
                )
                .bind(row.id)
                .bind(staff.id)
                .bind(code_of(to))
                .bind(&at)
                .execute(&mut *tx)
                .await?;
                if taken.rows_affected() != 1 {
                    return Ok(Err(Acted::NotAllowed));
                }
                let event = if to == status {
                    Event::Assigned
                } else {
                    Event::Moved(Action::Take)
                };
                journal(&mut tx, row.id, &entry(event, to, ""), &at).await?;
            }
            OperatorAct::Reply(text) => {
                operator_message(&mut tx, row.id, staff.id, text, &at).await?;
                tell_without_account(&mut tx, &row, text, now).await?;
                answered(&mut tx, row.id, status, &at, "").await?;
                journal(&mut tx, row.id, &entry(Event::Replied, status, ""), &at).await?;
            }
            OperatorAct::RequestDocuments(text) => {
                let to = moved(Action::RequestDocuments).unwrap_or(status);
                operator_message(&mut tx, row.id, staff.id, text, &at).await?;
                answered(&mut tx, row.id, to, &at, ", paused_at = ?3").await?;
                let event = Event::Moved(Action::RequestDocuments);
                journal(&mut tx, row.id, &entry(event, to, ""), &at).await?;
            }
            OperatorAct::Resolve(text) => {
                let to = moved(Action::Resolve).unwrap_or(status);
                operator_message(&mut tx, row.id, staff.id, text, &at).await?;
                tell_without_account(&mut tx, &row, text, now).await?;
                let closing =
                    ", closed_at = ?3, closed_by = 'operator', paused_at = NULL, rejection = NULL";
                answered(&mut tx, row.id, to, &at, closing).await?;
                journal(
                    &mut tx,
                    row.id,
                    &entry(Event::Moved(Action::Resolve), to, ""),
                    &at,
                )
                .await?;
            }
            OperatorAct::Reject(rejection) => {
                let to = moved(Action::Reject).unwrap_or(status);
                let json = serde_json::to_string(rejection).unwrap_or_default();
                sqlx::query(
                    "UPDATE requests SET status = ?2, closed_at = ?3, closed_by = 'operator',
                                         paused_at = NULL, rejection = ?4,
                                         first_response_at = COALESCE(first_response_at, ?3),
                                         updated_at = ?3
                     WHERE id = ?1",
                )
                .bind(row.id)
                .bind(code_of(to))
                .bind(&at)
                .bind(json)
                .execute(&mut *tx)
                .await?;
                let entry = entry(Event::Moved(Action::Reject), to, rejection.reason.as_str());
                journal(&mut tx, row.id, &entry, &at).await?;
                let told = format!("{}\n\n{}", rejection.reason, rejection.fix);
                tell_without_account(&mut tx, &row, &told, now).await?;
            }
            OperatorAct::Extend { days, reason } => {
                // Counted from today when the deadline has passed: an extension that ended in the
                // past would extend nothing.
                let due = parse_timestamp(&row.resolution_due).unwrap_or(now).max(now);
                sqlx::query(
                    "UPDATE requests SET previous_due = resolution_due, resolution_due = ?2,
                                         extension_reason = ?3, updated_at = ?4
                     WHERE id = ?1",
                )
                .bind(row.id)
                .bind(timestamp(deadlines::extended(due, days)))
                .bind(reason)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
                journal(
                    &mut tx,
                    row.id,
                    &entry(Event::Extended, status, reason),
                    &at,
                )
                .await?;
            }
            OperatorAct::Escalate(reason) => {
                sqlx::query(
                    "UPDATE requests SET escalated_at = ?2, assignee_id = NULL, updated_at = ?2
                     WHERE id = ?1",
                )
                .bind(row.id)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
                // Why is for the senior operator, not the citizen: a note, not the journal.
                journal(&mut tx, row.id, &entry(Event::Escalated, status, ""), &at).await?;
                internal_note(&mut tx, row.id, staff.id, reason, &at).await?;
            }
            OperatorAct::Transfer { category, comment } => {
                let Some((section, _)) = categories::find(category) else {
                    return Ok(Err(Acted::NotAllowed));
                };
                sqlx::query(
                    "UPDATE requests SET category = ?2, section = ?3, assignee_id = NULL,
                                         updated_at = ?4
                     WHERE id = ?1",
                )
                .bind(row.id)
                .bind(category)
                .bind(section.code)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
                journal(&mut tx, row.id, &entry(Event::Transferred, status, ""), &at).await?;
                if !comment.is_empty() {
                    internal_note(&mut tx, row.id, staff.id, comment, &at).await?;
                }
                sections.push(section.code.to_owned());
            }
            OperatorAct::Reopen => {
                let to = moved(Action::Reopen).unwrap_or(status);
                let due = row.reopened_due(now);
                sqlx::query(
                    "UPDATE requests SET status = ?2, closed_at = NULL, closed_by = NULL,
                                         rejection = NULL, resolution_due = ?4, updated_at = ?3
                     WHERE id = ?1",
                )
                .bind(row.id)
                .bind(code_of(to))
                .bind(&at)
                .bind(due)
                .execute(&mut *tx)
                .await?;
                journal(
                    &mut tx,
                    row.id,
                    &entry(Event::Moved(Action::Reopen), to, ""),
                    &at,
                )
                .await?;
            }
            OperatorAct::Uphold(text) => {
                operator_message(&mut tx, row.id, staff.id, text, &at).await?;
                tell_without_account(&mut tx, &row, text, now).await?;
                // The decision stands as of now: the escalation before it is answered, and the
                // citizen may dispute this answer in its turn.
                sqlx::query("UPDATE requests SET closed_at = ?2, updated_at = ?2 WHERE id = ?1")
                    .bind(row.id)
                    .bind(&at)
                    .execute(&mut *tx)
                    .await?;
                journal(&mut tx, row.id, &entry(Event::Upheld, status, ""), &at).await?;
            }
            OperatorAct::Note(text) => {
                internal_note(&mut tx, row.id, staff.id, text, &at).await?;
            }
        }
        tx.commit().await?;
        Ok(Ok(sections))
    }

    /// The topic of a request of the staff member's sections (a transfer is judged against it).
    pub async fn queue_category(
        &self,
        staff_id: i64,
        number: &str,
    ) -> Result<Option<String>, sqlx::Error> {
        Ok(queue_request(self.pool(), staff_id, number)
            .await?
            .map(|row| row.category))
    }

    /// A file of a request of the staff member's sections, or of its thread.
    pub async fn queue_file(
        &self,
        staff_id: i64,
        number: &str,
        file_id: &str,
    ) -> Result<Option<KeptFile>, sqlx::Error> {
        let row: Option<(String, String, String)> = sqlx::query_as(
            "SELECT f.id, f.original_name, f.kind FROM request_files f
             JOIN requests r ON r.id = f.request_id
             WHERE r.number = ?2 AND f.id = ?3
               AND r.section IN (SELECT section FROM staff_sections WHERE account_id = ?1)",
        )
        .bind(staff_id)
        .bind(number)
        .bind(file_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.and_then(KeptFile::from_row))
    }

    /// Citizens and organisations whose phone, e-mail, INN or SNILS is `query` (in any usual
    /// spelling): at most ten.
    pub async fn find_citizens(&self, query: &str) -> Result<Vec<CitizenMatch>, sqlx::Error> {
        let phone = identifiers::phone(query).ok();
        let email = identifiers::email(query).ok();
        let inn = identifiers::inn(query).ok();
        let snils = identifiers::snils(query).ok();
        if phone.is_none() && email.is_none() && inn.is_none() && snils.is_none() {
            return Ok(Vec::new());
        }
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, profile, COALESCE(phone, ''), email FROM accounts
             WHERE role IN ('citizen', 'organisation')
               AND (phone = ?1 OR email = ?2 OR inn = ?3
                    OR json_extract(profile, '$.snils') = ?4)
             ORDER BY id LIMIT 10",
        )
        .bind(phone)
        .bind(email)
        .bind(inn)
        .bind(snils)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, profile, phone, email)| CitizenMatch {
                id,
                name: profile_name(&serde_json::from_str(&profile).unwrap_or_default()),
                phone,
                email,
            })
            .collect())
    }

    /// A citizen's or organisation's contacts (phone, e-mail), for a request registered on
    /// their behalf; `None` for any other account.
    pub async fn citizen_contacts(
        &self,
        account_id: i64,
    ) -> Result<Option<(String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT COALESCE(phone, ''), email FROM accounts
             WHERE id = ?1 AND role IN ('citizen', 'organisation')",
        )
        .bind(account_id)
        .fetch_optional(self.pool())
        .await
    }

    /// What the statistics weigh about every request of `sections` registered since `since` or
    /// open now.
    pub async fn statistics_facts(
        &self,
        sections: &[&str],
        since: OffsetDateTime,
    ) -> Result<Vec<Facts>, sqlx::Error> {
        if sections.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; sections.len()].join(", ");
        let sql = format!(
            "SELECT section, status, created_at, first_response_at,
                    CASE WHEN status = '{completed}' AND closed_by = 'operator'
                         THEN closed_at END,
                    resolution_due, json_extract(rating, '$.stars')
             FROM requests
             WHERE section IN ({marks}) AND (created_at >= ? OR status IN {open})",
            completed = Status::Completed.code(),
            open = statuses_where(Status::is_open),
        );
        type FactsRow = (
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            String,
            Option<i64>,
        );
        let mut query = sqlx::query_as::<_, FactsRow>(&sql);
        for section in sections {
            query = query.bind(*section);
        }
        let rows = query.bind(timestamp(since)).fetch_all(self.pool()).await?;
        let moment = |text: Option<String>| text.as_deref().and_then(parse_timestamp);
        Ok(rows
            .into_iter()
            .filter_map(|(section, status, created, first, resolved, due, stars)| {
                Some(Facts {
                    section,
                    status: Status::from_code(&status)?,
                    created_at: parse_timestamp(&created)?,
                    first_response_at: moment(first),
                    resolved_at: moment(resolved),
                    due: parse_timestamp(&due)?,
                    stars: stars.and_then(|s| u8::try_from(s).ok()),
                })
            })
            .collect())
    }

    /// The facts of the chats of `sections` started since `since`, for the statistics.
    pub async fn chat_facts(
        &self,
        sections: &[&str],
        since: OffsetDateTime,
    ) -> Result<Vec<ChatFacts>, sqlx::Error> {
        if sections.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; sections.len()].join(", ");
        let sql = format!(
            "SELECT section, created_at, waiting_since, taken_at, request_id IS NOT NULL,
                    state = 'closed', rating
             FROM chats WHERE section IN ({marks}) AND created_at >= ?"
        );
        type ChatFactsRow = (
            String,
            String,
            Option<String>,
            Option<String>,
            bool,
            bool,
            Option<i64>,
        );
        let mut query = sqlx::query_as::<_, ChatFactsRow>(&sql);
        for section in sections {
            query = query.bind(*section);
        }
        let rows = query.bind(timestamp(since)).fetch_all(self.pool()).await?;
        let moment = |text: Option<String>| text.as_deref().and_then(parse_timestamp);
        Ok(rows
            .into_iter()
            .filter_map(
                |(section, started, waiting, taken, request, closed, stars)| {
                    Some(ChatFacts {
                        section,
                        started: parse_timestamp(&started)?,
                        waiting_since: moment(waiting),
                        taken_at: moment(taken),
                        became_request: request,
                        closed,
                        stars: stars.and_then(|s| u8::try_from(s).ok()),
                    })
                },
            )
            .collect())
    }

    /// The section of a request, for the live updates.
    pub async fn section_of(&self, number: &str) -> Result<Option<String>, sqlx::Error> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT section FROM requests WHERE number = ?1")
                .bind(number)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(|(section,)| section))
    }
}

/// «Фамилия Имя Отчество» from a profile, or empty.
pub(super) fn profile_name(profile: &Profile) -> String {
    person::full_name(&profile.surname, &profile.given_name, &profile.patronymic)
}

/// A person without an account reads an operator's words nowhere on the portal: they go by the
/// reply channel they chose (e-mail or SMS), from the outbox, in the same transaction.
async fn tell_without_account(
    tx: &mut sqlx::Transaction<'_, Sqlite>,
    row: &RequestRow,
    text: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    if row.account_id.is_some() {
        return Ok(());
    }
    let form: SupportRequest = serde_json::from_str(&row.form).unwrap_or_default();
    let (channel, recipient) = match form.reply_channel {
        Some(ReplyChannel::Sms) => (Channel::Sms, form.phone),
        _ => (Channel::Email, form.email),
    };
    if recipient.is_empty() {
        return Ok(());
    }
    let notice = notices::operator_wrote(&row.number, text, Lang::Ru);
    let message = Outgoing {
        channel,
        recipient,
        subject: notice.subject,
        body: notice.body,
    };
    outbox::enqueue(tx, &message, now).await
}

/// An operator's message in the thread.
async fn operator_message(
    tx: &mut sqlx::Transaction<'_, Sqlite>,
    request_id: i64,
    staff_id: i64,
    text: &str,
    at: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO request_messages (request_id, author, account_id, body, at)
         VALUES (?1, 'operator', ?2, ?3, ?4)",
    )
    .bind(request_id)
    .bind(staff_id)
    .bind(text)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records that an operator responded (the first time counts for the statistics) and moves the
/// request to `to`, setting `more` besides (`?3` is the moment).
async fn answered(
    tx: &mut sqlx::Transaction<'_, Sqlite>,
    request_id: i64,
    to: Status,
    at: &str,
    more: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "UPDATE requests SET status = ?2, first_response_at = COALESCE(first_response_at, ?3),
                             updated_at = ?3 {more}
         WHERE id = ?1"
    ))
    .bind(request_id)
    .bind(code_of(to))
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An internal note.
async fn internal_note(
    tx: &mut sqlx::Transaction<'_, Sqlite>,
    request_id: i64,
    staff_id: i64,
    text: &str,
    at: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO internal_notes (request_id, account_id, body, at) VALUES (?1, ?2, ?3, ?4)",
    )
    .bind(request_id)
    .bind(staff_id)
    .bind(text)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{QUEUE_ORDER, statuses_where};
    use crate::storage::Db;
    use shared::categories::Priority;
    use shared::status::Status;

    #[tokio::test]
    async fn a_sections_queue_walks_its_index_instead_of_sorting() {
        let data = tempfile::tempdir().unwrap();
        let db = Db::open(data.path()).await.unwrap();
        let plan: Vec<(i64, i64, i64, String)> = sqlx::query_as(&format!(
            "EXPLAIN QUERY PLAN SELECT r.id FROM requests r WHERE r.section = 'tech'
             ORDER BY {QUEUE_ORDER} LIMIT 20"
        ))
        .fetch_all(db.pool())
        .await
        .unwrap();
        let steps: Vec<&str> = plan.iter().map(|(.., detail)| detail.as_str()).collect();
        assert!(
            steps.iter().any(|step| step.contains("requests_queue"))
                && !steps.iter().any(|step| step.contains("TEMP B-TREE")),
            "{steps:?}"
        );
    }

    #[test]
    fn queue_order_matches_the_open_statuses_and_priorities() {
        assert!(QUEUE_ORDER.contains(&format!(
            "r.status IN {} THEN 0",
            statuses_where(Status::is_open)
        )));
        for (rank, priority) in [Priority::High, Priority::Medium, Priority::Low]
            .into_iter()
            .enumerate()
        {
            let code = super::code_of(priority);
            assert!(QUEUE_ORDER.contains(&format!("WHEN '{code}' THEN {rank}")));
        }
    }
}
