//! The contact centre's statistics (SPEC §4): volume by section and day, first-response and
//! resolution times (median and 90th percentile), the share resolved within the deadline,
//! requests overdue now, and satisfaction; for the chat (SPEC §6), its volume, how long citizens
//! waited for an operator, the share the bot answered alone and the chats' ratings. The figures
//! are computed here from each request's and each chat's facts, so the page, the CSV export and
//! the tests count alike.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime};

use crate::codes;
use crate::dates::{in_moscow, parse_date};
use crate::forms::FormErrors;
use crate::status::{Status, is_overdue};

/// `GET ?from=&to=` → [`Statistics`]. Senior operators (their sections) and administrators.
pub const STATISTICS_PATH: &str = "/api/v1/console/statistics";
/// `GET ?from=&to=`: the same figures as CSV (UTF-8 with a byte-order mark, `;`-separated,
/// as spreadsheet programs in Russian expect).
pub const STATISTICS_CSV_PATH: &str = "/api/v1/console/statistics.csv";

/// The longest period one view covers.
pub const MAX_PERIOD_DAYS: i64 = 366;
/// The period shown when none is asked for: the last 30 days, today included.
pub const DEFAULT_PERIOD_DAYS: i64 = 30;

/// The period asked for, as the page's address carries it (`ДД.ММ.ГГГГ`; empty for the default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatisticsFilter {
    /// First day, Moscow time.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// Last day, Moscow time.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub to: String,
}

impl StatisticsFilter {
    /// The first and last day of the period (`today` ends the default one), or the problems.
    pub fn period(&self, today: Date) -> Result<(Date, Date), FormErrors> {
        let mut errors = FormErrors::new();
        let mut day = |raw: &str, field: &str| {
            if raw.trim().is_empty() {
                return None;
            }
            let date = parse_date(raw);
            if date.is_none() {
                errors.add(field, codes::DATE_FORMAT);
            }
            date
        };
        let to = day(&self.to, "to");
        let from = day(&self.from, "from");
        errors.into_result()?;
        let to = to.unwrap_or(today);
        let from = from.unwrap_or(to - Duration::days(DEFAULT_PERIOD_DAYS - 1));
        let mut errors = FormErrors::new();
        if to < from {
            errors.add("to", codes::DATE_RANGE_ORDER);
        } else if (to - from).whole_days() >= MAX_PERIOD_DAYS {
            errors.add("from", codes::PERIOD_TOO_LONG);
        }
        errors.into_result().map(|()| (from, to))
    }
}

/// What the statistics weigh about one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// Its section's code.
    pub section: String,
    /// Where it stands now.
    pub status: Status,
    /// When it was registered.
    pub created_at: OffsetDateTime,
    /// When an operator first wrote to the citizen, asked for documents, answered or refused.
    pub first_response_at: Option<OffsetDateTime>,
    /// When an operator resolved it («Завершено» by an operator), if they did.
    pub resolved_at: Option<OffsetDateTime>,
    /// Its resolution deadline now (extensions and pauses included).
    pub due: OffsetDateTime,
    /// The citizen's stars, once rated.
    pub stars: Option<u8>,
}

/// How long something took: the count, the median and the 90th percentile in minutes.
/// Percentiles are by nearest rank: the smallest value with at least that share of values at or
/// below it (so the median of an even count is the lower middle one).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spread {
    /// How many requests it is over.
    pub count: u32,
    /// Median, minutes.
    pub median_minutes: Option<u64>,
    /// 90th percentile, minutes.
    pub p90_minutes: Option<u64>,
}

impl Spread {
    /// The spread of `minutes`.
    pub fn of(mut minutes: Vec<u64>) -> Spread {
        minutes.sort_unstable();
        Spread {
            count: u32::try_from(minutes.len()).unwrap_or(u32::MAX),
            median_minutes: nearest_rank(&minutes, 50),
            p90_minutes: nearest_rank(&minutes, 90),
        }
    }
}

/// The `percent`-th percentile of sorted `values` by nearest rank.
pub fn nearest_rank(sorted: &[u64], percent: usize) -> Option<u64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (percent * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

/// What the statistics weigh about one chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatFacts {
    /// Its section's code now.
    pub section: String,
    /// When the citizen started it.
    pub started: OffsetDateTime,
    /// When the citizen asked for an operator, if they did.
    pub waiting_since: Option<OffsetDateTime>,
    /// When an operator took it, if one did.
    pub taken_at: Option<OffsetDateTime>,
    /// Whether it became a support request.
    pub became_request: bool,
    /// Whether it has ended.
    pub closed: bool,
    /// The citizen's stars, once rated.
    pub stars: Option<u8>,
}

/// The chats' figures of a period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatFigures {
    /// Chats started in the period.
    pub total: u32,
    /// Chats started on each day of the period, in order.
    pub per_day: Vec<u32>,
    /// Chats an operator took.
    pub taken: u32,
    /// From asking for an operator to one taking the chat, median, seconds.
    pub waiting_median_seconds: Option<u64>,
    /// The same, 90th percentile (nearest rank), seconds.
    pub waiting_p90_seconds: Option<u64>,
    /// Ended chats the bot answered alone: nobody asked for an operator or left a message.
    pub bot_only: u32,
    /// Chats that ended.
    pub closed: u32,
    /// Ratings of the chats: how many gave 1, 2, 3, 4 and 5 stars.
    pub ratings: [u32; 5],
}

impl ChatFigures {
    /// Weighs `facts` over `days` (Moscow time, in order) for `sections`.
    pub fn compute(facts: &[ChatFacts], sections: &[&str], days: &[Date]) -> ChatFigures {
        let (Some(&from), Some(&to)) = (days.first(), days.last()) else {
            return ChatFigures::default();
        };
        let mut figures = ChatFigures {
            per_day: vec![0; days.len()],
            ..ChatFigures::default()
        };
        let mut waits = Vec::new();
        for fact in facts {
            let started = in_moscow(fact.started).date();
            if !sections.contains(&fact.section.as_str()) || started < from || started > to {
                continue;
            }
            figures.total += 1;
            let index = usize::try_from((started - from).whole_days()).unwrap_or(0);
            if let Some(count) = figures.per_day.get_mut(index) {
                *count += 1;
            }
            if let (Some(asked), Some(taken)) = (fact.waiting_since, fact.taken_at) {
                figures.taken += 1;
                waits.push(u64::try_from((taken - asked).whole_seconds()).unwrap_or(0));
            }
            if fact.closed {
                figures.closed += 1;
                if fact.waiting_since.is_none() && !fact.became_request {
                    figures.bot_only += 1;
                }
            }
            if let Some(stars @ 1..=5) = fact.stars {
                figures.ratings[usize::from(stars - 1)] += 1;
            }
        }
        waits.sort_unstable();
        figures.waiting_median_seconds = nearest_rank(&waits, 50);
        figures.waiting_p90_seconds = nearest_rank(&waits, 90);
        figures
    }

    /// The share of ended chats the bot answered alone, in per cent (rounded down); `None`
    /// when none ended.
    pub fn bot_only_percent(&self) -> Option<u32> {
        (self.closed > 0).then(|| self.bot_only * 100 / self.closed)
    }

    /// The chats' average rating in hundredths of a star; `None` without ratings.
    pub fn rating_average_hundredths(&self) -> Option<u32> {
        average_hundredths(&self.ratings)
    }
}

/// The average of star `ratings` (how many gave 1…5) in hundredths; `None` without ratings.
fn average_hundredths(ratings: &[u32; 5]) -> Option<u32> {
    let count: u32 = ratings.iter().sum();
    let stars: u32 = (1..=5u32).zip(ratings).map(|(s, n)| s * n).sum();
    (count > 0).then(|| (stars * 100 + count / 2) / count)
}

/// One section's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionFigures {
    /// The section's code.
    pub section: String,
    /// Requests registered on each day of the period, in order.
    pub per_day: Vec<u32>,
    /// Requests registered in the period.
    pub total: u32,
    /// Its requests overdue now, whenever registered.
    pub overdue_now: u32,
}

/// The statistics of a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statistics {
    /// The period's days, ISO `ГГГГ-ММ-ДД`, in order.
    pub days: Vec<String>,
    /// Each section the viewer covers, in the tree's order.
    pub sections: Vec<SectionFigures>,
    /// From registration to the first response, for requests of the period answered so far.
    pub first_response: Spread,
    /// From registration to an operator's resolution, for requests of the period resolved so far.
    pub resolution: Spread,
    /// Of those resolved, how many by their deadline.
    pub resolved_on_time: u32,
    /// Ratings of requests of the period: how many gave 1, 2, 3, 4 and 5 stars.
    pub ratings: [u32; 5],
    /// The chats of the period.
    #[serde(default)]
    pub chats: ChatFigures,
}

impl Statistics {
    /// Weighs `facts` and `chats` over the days `from..=to` (Moscow time) for `sections`;
    /// those of other sections are left out. «Overdue now» counts every open request at `now`,
    /// whenever filed.
    pub fn compute(
        facts: &[Facts],
        chats: &[ChatFacts],
        sections: &[&str],
        from: Date,
        to: Date,
        now: OffsetDateTime,
    ) -> Statistics {
        let mut days = Vec::new();
        let mut day = from;
        while day <= to {
            days.push(day);
            match day.next_day() {
                Some(next) => day = next,
                None => break,
            }
        }
        let mut figures: Vec<SectionFigures> = sections
            .iter()
            .map(|section| SectionFigures {
                section: (*section).to_owned(),
                per_day: vec![0; days.len()],
                total: 0,
                overdue_now: 0,
            })
            .collect();
        let minutes = |from: OffsetDateTime, to: OffsetDateTime| {
            u64::try_from((to - from).whole_minutes()).unwrap_or(0)
        };
        let mut first_response = Vec::new();
        let mut resolution = Vec::new();
        let mut resolved_on_time = 0;
        let mut ratings = [0; 5];
        for fact in facts {
            let Some(section) = figures.iter_mut().find(|f| f.section == fact.section) else {
                continue;
            };
            if is_overdue(fact.status, fact.due, now) {
                section.overdue_now += 1;
            }
            let registered = in_moscow(fact.created_at).date();
            if registered < from || registered > to {
                continue;
            }
            let index = usize::try_from((registered - from).whole_days()).unwrap_or(0);
            if let Some(count) = section.per_day.get_mut(index) {
                *count += 1;
            }
            section.total += 1;
            if let Some(at) = fact.first_response_at {
                first_response.push(minutes(fact.created_at, at));
            }
            if let Some(at) = fact.resolved_at {
                resolution.push(minutes(fact.created_at, at));
                if at <= fact.due {
                    resolved_on_time += 1;
                }
            }
            if let Some(stars @ 1..=5) = fact.stars {
                ratings[usize::from(stars - 1)] += 1;
            }
        }
        Statistics {
            days: days.iter().map(|day| day.to_string()).collect(),
            sections: figures,
            first_response: Spread::of(first_response),
            resolution: Spread::of(resolution),
            resolved_on_time,
            ratings,
            chats: ChatFigures::compute(chats, sections, &days),
        }
    }

    /// Requests registered in the period, all sections together.
    pub fn total(&self) -> u32 {
        self.sections.iter().map(|s| s.total).sum()
    }

    /// Requests overdue now, all sections together.
    pub fn overdue_now(&self) -> u32 {
        self.sections.iter().map(|s| s.overdue_now).sum()
    }

    /// Requests registered on each day, all sections together.
    pub fn per_day(&self) -> Vec<u32> {
        (0..self.days.len())
            .map(|i| self.sections.iter().filter_map(|s| s.per_day.get(i)).sum())
            .collect()
    }

    /// The share of resolved requests resolved by their deadline, in per cent (rounded down);
    /// `None` when none was resolved.
    pub fn on_time_percent(&self) -> Option<u32> {
        let resolved = self.resolution.count;
        (resolved > 0).then(|| self.resolved_on_time * 100 / resolved)
    }

    /// How many ratings there are.
    pub fn rating_count(&self) -> u32 {
        self.ratings.iter().sum()
    }

    /// The average rating in hundredths of a star (`437` for 4.37); `None` without ratings.
    pub fn rating_average_hundredths(&self) -> Option<u32> {
        average_hundredths(&self.ratings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn percentiles_are_by_nearest_rank() {
        assert_eq!(nearest_rank(&[], 50), None);
        assert_eq!(nearest_rank(&[7], 90), Some(7));
        assert_eq!(nearest_rank(&[1, 2, 3, 4], 50), Some(2));
        let ten: Vec<u64> = (1..=10).collect();
        assert_eq!(nearest_rank(&ten, 90), Some(9));
        assert_eq!(nearest_rank(&ten, 50), Some(5));
        let eleven: Vec<u64> = (1..=11).collect();
        assert_eq!(nearest_rank(&eleven, 90), Some(10));
    }

    fn fact(section: &str, created: OffsetDateTime) -> Facts {
        Facts {
            section: section.to_owned(),
            status: Status::Registered,
            created_at: created,
            first_response_at: None,
            resolved_at: None,
            due: created + Duration::days(3),
            stars: None,
        }
    }

    #[test]
    fn figures_count_the_period_and_overdue_counts_everything_open() {
        let now = datetime!(2026-11-20 12:00 UTC);
        let early = fact("tech", datetime!(2026-10-01 09:00 UTC));
        let answered = Facts {
            first_response_at: Some(datetime!(2026-11-10 10:00 UTC)),
            resolved_at: Some(datetime!(2026-11-11 09:00 UTC)),
            status: Status::Completed,
            stars: Some(5),
            ..fact("tech", datetime!(2026-11-10 09:00 UTC))
        };
        let late = Facts {
            first_response_at: Some(datetime!(2026-11-12 09:00 UTC)),
            resolved_at: Some(datetime!(2026-11-20 09:00 UTC)),
            status: Status::Completed,
            stars: Some(2),
            ..fact("payments", datetime!(2026-11-11 21:30 UTC))
        };
        let other = fact("feedback", datetime!(2026-11-11 09:00 UTC));
        let stats = Statistics::compute(
            &[early, answered, late, other],
            &[],
            &["tech", "payments"],
            date!(2026 - 11 - 10),
            date!(2026 - 11 - 12),
            now,
        );
        assert_eq!(stats.days, ["2026-11-10", "2026-11-11", "2026-11-12"]);
        // 21:30 UTC on the 11th is the 12th in Moscow.
        assert_eq!(stats.sections[1].per_day, [0, 0, 1]);
        assert_eq!(stats.sections[0].per_day, [1, 0, 0]);
        assert_eq!(stats.total(), 2);
        assert_eq!(stats.overdue_now(), 1);
        assert_eq!(stats.first_response.count, 2);
        assert_eq!(stats.first_response.median_minutes, Some(60));
        assert_eq!(stats.first_response.p90_minutes, Some(690));
        assert_eq!(stats.resolved_on_time, 1);
        assert_eq!(stats.on_time_percent(), Some(50));
        assert_eq!(stats.ratings, [0, 1, 0, 0, 1]);
        assert_eq!(stats.rating_average_hundredths(), Some(350));
    }

    #[test]
    fn chats_count_their_waits_the_bots_share_and_their_ratings() {
        let chat = |started: OffsetDateTime| ChatFacts {
            section: "tech".to_owned(),
            started,
            waiting_since: None,
            taken_at: None,
            became_request: false,
            closed: true,
            stars: None,
        };
        let started = datetime!(2026-11-10 09:00 UTC);
        let waited = |seconds: i64| ChatFacts {
            waiting_since: Some(started + Duration::minutes(1)),
            taken_at: Some(started + Duration::minutes(1) + Duration::seconds(seconds)),
            stars: Some(4),
            ..chat(started)
        };
        let left_a_message = ChatFacts {
            waiting_since: Some(started),
            became_request: true,
            ..chat(started)
        };
        let still_with_the_bot = ChatFacts {
            closed: false,
            ..chat(started)
        };
        let facts = [
            chat(started),
            chat(datetime!(2026-11-11 22:00 UTC)),
            waited(30),
            waited(90),
            waited(600),
            left_a_message,
            still_with_the_bot,
            ChatFacts {
                section: "payments".to_owned(),
                ..chat(started)
            },
            chat(datetime!(2026-11-09 09:00 UTC)),
        ];
        let days = [
            date!(2026 - 11 - 10),
            date!(2026 - 11 - 11),
            date!(2026 - 11 - 12),
        ];
        let figures = ChatFigures::compute(&facts, &["tech"], &days);
        assert_eq!(figures.total, 7);
        // 22:00 UTC on the 11th is the 12th in Moscow.
        assert_eq!(figures.per_day, [6, 0, 1]);
        assert_eq!(figures.taken, 3);
        assert_eq!(figures.waiting_median_seconds, Some(90));
        assert_eq!(figures.waiting_p90_seconds, Some(600));
        assert_eq!((figures.bot_only, figures.closed), (2, 6));
        assert_eq!(figures.bot_only_percent(), Some(33));
        assert_eq!(figures.ratings, [0, 0, 0, 3, 0]);
        assert_eq!(figures.rating_average_hundredths(), Some(400));
    }

    #[test]
    fn the_period_defaults_to_thirty_days_and_refuses_more_than_a_year() {
        let today = date!(2026 - 11 - 30);
        let (from, to) = StatisticsFilter::default().period(today).unwrap();
        assert_eq!((from, to), (date!(2026 - 11 - 01), today));
        let long = StatisticsFilter {
            from: "01.01.2025".into(),
            to: "02.01.2026".into(),
        };
        assert_eq!(
            long.period(today).unwrap_err().codes("from"),
            [codes::PERIOD_TOO_LONG]
        );
        let a_year = StatisticsFilter {
            from: "01.01.2025".into(),
            to: "01.01.2026".into(),
        };
        assert!(a_year.period(today).is_ok());
    }
}
