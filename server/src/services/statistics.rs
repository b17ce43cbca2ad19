//! The statistics of SPEC §4 for a senior operator's sections or, for an administrator, every
//! section: the facts come from storage, the figures from `shared::statistics`, the CSV from here.

use shared::categories::{self, SECTIONS};
use shared::dates::{MOSCOW, in_moscow};
use shared::lang::Lang;
use shared::statistics::{Statistics, StatisticsFilter};
use shared::ui::statistics as words;
use time::OffsetDateTime;

use crate::error::ApiError;
use crate::storage::Db;
use crate::storage::accounts::Account;
use shared::accounts::Role;

/// The figures of `filter`'s period for the sections `viewer` covers; `422` for a bad period.
pub async fn of(
    db: &Db,
    viewer: &Account,
    filter: &StatisticsFilter,
) -> Result<Statistics, ApiError> {
    let now = OffsetDateTime::now_utc();
    let (from, to) = filter
        .period(in_moscow(now).date())
        .map_err(ApiError::Validation)?;
    let sections: Vec<String> = if viewer.role() == Role::Administrator {
        SECTIONS.iter().map(|s| s.code.to_owned()).collect()
    } else {
        db.sections_of(viewer.id).await?
    };
    let codes: Vec<&str> = sections.iter().map(String::as_str).collect();
    let since = from.midnight().assume_offset(MOSCOW);
    let facts = db.statistics_facts(&codes, since).await?;
    let chats = db.chat_facts(&codes, since).await?;
    Ok(Statistics::compute(&facts, &chats, &codes, from, to, now))
}

/// The figures as CSV: UTF-8 with a byte-order mark and `;` between fields, as spreadsheet
/// programs set to Russian open it. First the volume by section and day, then the times,
/// the share on time and the ratings.
pub fn csv(figures: &Statistics, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let mut row = |fields: Vec<String>| {
        let quoted: Vec<String> = fields.iter().map(|f| field(f)).collect();
        out.push_str(&quoted.join(";"));
        out.push_str("\r\n");
    };
    let mut header = vec![words::SECTION.get(lang).to_owned()];
    header.extend(figures.days.iter().cloned());
    header.push(words::TOTAL.get(lang).to_owned());
    header.push(words::OVERDUE_NOW.get(lang).to_owned());
    row(header);
    for section in &figures.sections {
        let name = categories::section(&section.section)
            .map_or(section.section.clone(), |s| s.name.get(lang).to_owned());
        let mut fields = vec![name];
        fields.extend(section.per_day.iter().map(u32::to_string));
        fields.push(section.total.to_string());
        fields.push(section.overdue_now.to_string());
        row(fields);
    }
    let mut all = vec![words::ALL_SECTIONS.get(lang).to_owned()];
    all.extend(figures.per_day().iter().map(u32::to_string));
    all.push(figures.total().to_string());
    all.push(figures.overdue_now().to_string());
    row(all);
    row(Vec::new());
    row(vec![
        words::FIGURE.get(lang).to_owned(),
        words::VALUE.get(lang).to_owned(),
    ]);
    let optional = |value: Option<u64>| value.map_or_else(String::new, |m| m.to_string());
    let figure_rows = [
        (
            words::FIRST_RESPONSE_MEDIAN,
            optional(figures.first_response.median_minutes),
        ),
        (
            words::FIRST_RESPONSE_P90,
            optional(figures.first_response.p90_minutes),
        ),
        (
            words::RESOLUTION_MEDIAN,
            optional(figures.resolution.median_minutes),
        ),
        (
            words::RESOLUTION_P90,
            optional(figures.resolution.p90_minutes),
        ),
        (words::RESOLVED, figures.resolution.count.to_string()),
        (words::ON_TIME, figures.resolved_on_time.to_string()),
        (
            words::ON_TIME_SHARE,
            figures
                .on_time_percent()
                .map_or_else(String::new, |p| p.to_string()),
        ),
        (
            words::RATING_AVERAGE,
            figures
                .rating_average_hundredths()
                .map_or_else(String::new, |h| words::decimal(h).get(lang).to_owned()),
        ),
    ];
    for (name, value) in figure_rows {
        row(vec![name.get(lang).to_owned(), value]);
    }
    for (stars, count) in (1..=5).zip(figures.ratings) {
        row(vec![
            format!("{} {stars}", words::RATINGS_WITH.get(lang)),
            count.to_string(),
        ]);
    }
    let chats = &figures.chats;
    let chat_rows = [
        (words::CHATS_STARTED, chats.total.to_string()),
        (words::CHATS_TAKEN, chats.taken.to_string()),
        (
            words::CHAT_WAIT_MEDIAN,
            optional(chats.waiting_median_seconds),
        ),
        (words::CHAT_WAIT_P90, optional(chats.waiting_p90_seconds)),
        (
            words::BOT_ONLY_SHARE,
            chats
                .bot_only_percent()
                .map_or_else(String::new, |p| p.to_string()),
        ),
        (
            words::CHAT_RATING_AVERAGE,
            chats
                .rating_average_hundredths()
                .map_or_else(String::new, |h| words::decimal(h).get(lang).to_owned()),
        ),
    ];
    for (name, value) in chat_rows {
        row(vec![name.get(lang).to_owned(), value]);
    }
    out
}

/// A CSV field, quoted when it holds a separator, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
