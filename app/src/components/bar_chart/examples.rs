//! Gallery examples of the bar chart, with the statistics page's words.

use leptos::prelude::*;
use shared::dates::{format_date, parse_date};
use shared::ui::gallery::states;
use shared::ui::statistics::{BY_DAY, RATINGS, by_day_summary, ratings_summary, stars};

use super::{Bar, BarChart};
use crate::lang;

crate::examples![by_day: BY_DAY, ratings: RATINGS, empty: states::EMPTY];

/// Bars for the days from 01.11.2026 on, labelled «01.11».
fn days(values: &[u32]) -> Vec<Bar> {
    let mut day = parse_date("01.11.2026");
    values
        .iter()
        .map(|&value| {
            let label = day.map(format_date).unwrap_or_default();
            day = day.and_then(|d| d.next_day());
            Bar {
                short: label.chars().take(5).collect(),
                label,
                value,
            }
        })
        .collect()
}

/// Thirty days of requests: every value shown, every other day named under its bar.
pub fn by_day() -> AnyView {
    let values = [
        12, 15, 9, 4, 3, 14, 18, 21, 17, 13, 5, 2, 16, 19, 22, 20, 15, 6, 3, 17, 14, 12, 18, 11, 4,
        2, 13, 16, 15, 10,
    ];
    let total = values.iter().sum();
    let summary = by_day_summary(total, values.len(), 22, "15.11.2026");
    view! { <BarChart title=BY_DAY.get(lang()) summary=summary.get(lang()) bars=days(&values) /> }
        .into_any()
}

/// Ratings from one to five stars.
pub fn ratings() -> AnyView {
    let counts = [1, 0, 3, 8, 21];
    let bars = (1..=5)
        .zip(counts)
        .map(|(n, value)| Bar {
            label: stars(n).get(lang()).to_owned(),
            short: format!("{n} ★"),
            value,
        })
        .collect();
    let summary = ratings_summary(33, 445);
    view! { <BarChart title=RATINGS.get(lang()) summary=summary.get(lang()) bars=bars /> }
        .into_any()
}

/// A week with nothing: the bars are flat and still say 0.
pub fn empty() -> AnyView {
    let summary = by_day_summary(0, 7, 0, "01.11.2026");
    view! { <BarChart title=BY_DAY.get(lang()) summary=summary.get(lang()) bars=days(&[0; 7]) /> }
        .into_any()
}
