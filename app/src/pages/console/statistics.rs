//! «Статистика» for senior operators (their sections) and administrators (every section): the
//! period in the address, the headline figures, volume by section and by day, the ratings, and
//! the same figures as a CSV file. Every figure comes from `shared::statistics`, so the page,
//! the CSV export and the tests count alike; the charts repeat what the tables and words say.

use leptos::either::Either;
use leptos::prelude::*;
use shared::categories::section;
use shared::dates::{format_date, in_moscow, parse_date};
use shared::lang::Text;
use shared::statistics::{
    ChatFigures, STATISTICS_CSV_PATH, STATISTICS_PATH, Statistics, StatisticsFilter,
};
use shared::ui::statistics as words;

use crate::api;
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::button::Button;
use crate::components::details::Details;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::{lang, now};
use shared::pages::{Page, with_query};

const PERIOD_FIELDS: &[&str] = &["from", "to"];

/// The page: the statistics (senior operators and administrators only, `shared::pages`).
#[component]
pub fn StatisticsPage(
    /// The period asked for.
    filter: shared::statistics::StatisticsFilter,
) -> impl IntoView {
    view! { <Period filter=filter /> }
}

/// The query both the figures and the CSV file are asked with.
fn query(filter: &StatisticsFilter) -> Vec<(&'static str, String)> {
    vec![("from", filter.from.clone()), ("to", filter.to.clone())]
}

/// The period's form and, once it passes, its figures.
#[component]
fn Period(filter: StatisticsFilter) -> impl IntoView {
    let form = FormState::new(PERIOD_FIELDS);
    form.keep_title(words::TITLE);
    let today = || in_moscow(now()).date();
    let period = filter.period(today());
    // The fields show the period in force, so the default one can be moved from; a period
    // that does not pass keeps what was typed.
    let (first, last) = match &period {
        Ok((from, to)) => (format_date(*from), format_date(*to)),
        Err(_) => (filter.from.clone(), filter.to.clone()),
    };
    let shown = words::period(&first, &last).get(lang()).to_owned();
    let from = RwSignal::new(first);
    let to = RwSignal::new(last);
    let passed = form.passes(period.map(|_| ()));
    let figures = RwSignal::new(None::<Result<Statistics, String>>);
    let csv = with_query(STATISTICS_CSV_PATH, &query(&filter));
    if passed {
        let path = with_query(STATISTICS_PATH, &query(&filter));
        leptos::task::spawn_local(async move {
            let answer = api::get::<Statistics>(&path).await;
            figures.set(Some(answer.map_err(|e| e.words())));
        });
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let asked = StatisticsFilter {
            from: from.get_untracked(),
            to: to.get_untracked(),
        };
        // Judged here with the server's rule, so a mistyped date is shown without a round trip.
        if form.passes(asked.period(today()).map(|_| ())) {
            navigate(&Page::Statistics { filter: asked });
        }
    };
    view! {
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        {passed.then(|| view! { <p class="lead">{shown}</p> })}
        <form novalidate on:submit=on_submit>
            <p class="hint">{words::PERIOD_HINT.get(lang())}</p>
            <TextInput name="from" label=words::FROM hint=words::DATE_HINT optional=true inputmode="numeric" width="input--width-10" value=from error=form.error("from") />
            <TextInput name="to" label=words::TO hint=words::DATE_HINT optional=true inputmode="numeric" width="input--width-10" value=to error=form.error("to") />
            <div class="button-group">
                <Button label=words::APPLY submit=true />
            </div>
        </form>
        {move || figures.get().map(|answer| match answer {
            Ok(stats) => Either::Left(view! { <Figures stats=stats csv=csv.clone() /> }),
            Err(fault) => Either::Right(view! {
                <NotificationBanner kind=BannerKind::Warning heading=words::NOT_LOADED>
                    <p class="body">{fault}</p>
                </NotificationBanner>
            }),
        })}
    }
}

/// A row of the page's tables: what it counts, then its numbers.
type Line = (String, Vec<u32>);

/// A plain table of figures: a heading per column, a name and numbers per row. The figures need
/// no sorting, and the table component's generic code would cost this bundle its size budget.
fn figures_table(caption: Text, heads: &[Text], lines: Vec<Line>) -> impl IntoView + use<> {
    let heads = heads
        .iter()
        .enumerate()
        .map(|(index, head)| {
            let numeric = index > 0;
            view! {
                <th scope="col" class="table__header" class:table__cell--numeric=numeric>{head.get(lang())}</th>
            }
        })
        .collect_view();
    let rows = lines
        .into_iter()
        .map(|(name, numbers)| {
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__cell">{name}</th>
                    {numbers.into_iter().map(|n| view! { <td class="table__cell table__cell--numeric">{n}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="table">
                <caption class="table__caption">{caption.get(lang())}</caption>
                <thead><tr>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A time in words, or «Нет данных» before anything was measured.
fn time(minutes: Option<u64>) -> String {
    match minutes {
        Some(minutes) => words::duration(minutes).get(lang()).to_owned(),
        None => words::NO_DATA.get(lang()).to_owned(),
    }
}

/// The figures of the period.
#[component]
fn Figures(stats: Statistics, csv: String) -> impl IntoView {
    if stats.sections.is_empty() {
        return Either::Left(view! { <p class="body">{words::NO_SECTIONS.get(lang())}</p> });
    }
    let (total, ratings) = (stats.total(), stats.rating_count());
    let on_time = match stats.on_time_percent() {
        Some(percent) => words::on_time(percent, stats.resolved_on_time, stats.resolution.count)
            .get(lang())
            .to_owned(),
        None => words::NONE_RESOLVED.get(lang()).to_owned(),
    };
    let average = stats.rating_average_hundredths();
    let rating = match average {
        Some(hundredths) => words::average(hundredths, ratings).get(lang()).to_owned(),
        None => words::NO_RATINGS.get(lang()).to_owned(),
    };
    let summary = [
        (words::TOTAL, total.to_string()),
        (words::OVERDUE_NOW, stats.overdue_now().to_string()),
        (
            words::FIRST_RESPONSE_MEDIAN_TIME,
            time(stats.first_response.median_minutes),
        ),
        (
            words::FIRST_RESPONSE_P90_TIME,
            time(stats.first_response.p90_minutes),
        ),
        (
            words::RESOLUTION_MEDIAN_TIME,
            time(stats.resolution.median_minutes),
        ),
        (
            words::RESOLUTION_P90_TIME,
            time(stats.resolution.p90_minutes),
        ),
        (words::ON_TIME_KEY, on_time),
        (words::RATING_AVERAGE, rating),
    ]
    .into_iter()
    .map(|(key, value)| SummaryRow {
        key,
        value,
        change: None,
    })
    .collect::<Vec<_>>();
    let mut by_section: Vec<Line> = stats
        .sections
        .iter()
        .map(|figures| {
            let name = section(&figures.section).map_or_else(
                || figures.section.clone(),
                |s| s.name.get(lang()).to_owned(),
            );
            (name, vec![figures.total, figures.overdue_now])
        })
        .collect();
    by_section.push((
        words::ALL_SECTIONS.get(lang()).to_owned(),
        vec![total, stats.overdue_now()],
    ));
    let by_day = (total > 0).then(|| by_day(&stats));
    let by_stars = (ratings > 0).then(|| by_stars(&stats, average.unwrap_or(0)));
    Either::Right(view! {
        <p class="body">
            <a class="link" href=csv download="">{words::DOWNLOAD_CSV.get(lang())}</a>
        </p>
        <h2 class="heading-m">{words::FIGURES.get(lang())}</h2>
        <SummaryList rows=summary />
        <p class="hint">{words::TIMES_HINT.get(lang())}</p>
        {figures_table(words::BY_SECTION, &[words::SECTION, words::TOTAL, words::OVERDUE_NOW], by_section)}
        <h2 class="heading-m">{words::BY_DAY.get(lang())}</h2>
        {match by_day {
            Some(view) => Either::Left(view),
            None => Either::Right(view! { <p class="body">{words::EMPTY.get(lang())}</p> }),
        }}
        <h2 class="heading-m">{words::RATINGS.get(lang())}</h2>
        {match by_stars {
            Some(view) => Either::Left(view),
            None => Either::Right(view! { <p class="body">{words::NO_RATINGS.get(lang())}</p> }),
        }}
        <h2 class="heading-m">{words::CHATS.get(lang())}</h2>
        <SummaryList rows=chat_rows(&stats.chats) />
    })
}

/// The chat's figures of the period.
fn chat_rows(chats: &ChatFigures) -> Vec<SummaryRow> {
    let wait = |seconds: Option<u64>| match seconds {
        Some(seconds) => words::wait(seconds).get(lang()).to_owned(),
        None => words::NO_DATA.get(lang()).to_owned(),
    };
    let percent = chats
        .bot_only_percent()
        .map_or_else(|| words::NO_DATA.get(lang()).to_owned(), |p| p.to_string());
    let rating = match chats.rating_average_hundredths() {
        Some(hundredths) => {
            let count = chats.ratings.iter().sum();
            words::average(hundredths, count).get(lang()).to_owned()
        }
        None => words::NO_RATINGS.get(lang()).to_owned(),
    };
    [
        (words::CHATS_STARTED, chats.total.to_string()),
        (words::CHATS_TAKEN, chats.taken.to_string()),
        (
            words::CHAT_WAIT_MEDIAN_TIME,
            wait(chats.waiting_median_seconds),
        ),
        (words::CHAT_WAIT_P90_TIME, wait(chats.waiting_p90_seconds)),
        (words::BOT_ONLY_SHARE, percent),
        (words::CHAT_RATING_AVERAGE, rating),
    ]
    .into_iter()
    .map(|(key, value)| SummaryRow {
        key,
        value,
        change: None,
    })
    .collect()
}

/// Requests by day: the chart, and its numbers in a disclosure.
fn by_day(stats: &Statistics) -> impl IntoView + use<> {
    let counts = stats.per_day();
    let days: Vec<String> = stats
        .days
        .iter()
        .map(|day| parse_date(day).map_or_else(|| day.clone(), format_date))
        .collect();
    // The first of the busiest days, for the summary; the caller shows this only with requests.
    let (most, on) = days
        .iter()
        .zip(&counts)
        .fold((0, ""), |(most, on), (day, &count)| {
            if count > most {
                (count, day.as_str())
            } else {
                (most, on)
            }
        });
    let summary = words::by_day_summary(stats.total(), days.len(), most, on)
        .get(lang())
        .to_owned();
    let bars = days
        .iter()
        .zip(&counts)
        .map(|(day, &value)| Bar {
            // «05.11.2026» → «05.11»: the year is in the period above.
            short: day.chars().take(5).collect(),
            label: day.clone(),
            value,
        })
        .collect();
    let lines = days
        .into_iter()
        .zip(counts)
        .map(|(name, count)| (name, vec![count]))
        .collect();
    view! {
        <BarChart title=words::BY_DAY.get(lang()) summary=summary bars=bars />
        <Details summary=words::BY_DAY_NUMBERS>
            {figures_table(words::BY_DAY, &[words::DAY, words::REQUESTS], lines)}
        </Details>
    }
}

/// The ratings: the chart, and its numbers.
fn by_stars(stats: &Statistics, average: u32) -> impl IntoView + use<> {
    let stars: Vec<(String, u32)> = (1..=5)
        .zip(stats.ratings)
        .map(|(n, count)| (words::stars(n).get(lang()).to_owned(), count))
        .collect();
    let bars = (1..=5)
        .zip(&stars)
        .map(|(n, (label, value))| Bar {
            label: label.clone(),
            short: format!("{n} ★"),
            value: *value,
        })
        .collect();
    let lines = stars
        .into_iter()
        .map(|(name, count)| (name, vec![count]))
        .collect();
    let summary = words::ratings_summary(stats.rating_count(), average)
        .get(lang())
        .to_owned();
    view! {
        <BarChart title=words::RATINGS.get(lang()) summary=summary bars=bars />
        {figures_table(words::RATINGS_TABLE, &[words::STARS_COLUMN, words::COUNT], lines)}
    }
}
