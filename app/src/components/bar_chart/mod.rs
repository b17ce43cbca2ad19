//! The bar chart: labelled values as upright bars drawn in SVG, each with its value written
//! above it and its label under it. Labels are short («05.11»); when they would not fit under
//! every bar only every second or third is shown, and each bar's tooltip has the full label.
//! Assistive technology meets the chart once, as an image named by its title and described by
//! a summary the page writes; the numbers themselves go in a table next to it. Colours come
//! from the design tokens, so the chart follows the dark scheme. A chart wider than its column
//! scrolls sideways inside a focusable, labelled region instead of shrinking its text.
//!
//! # Manual checks
//! - A screen reader reads the chart once: its title, then its summary.
//! - Every value is readable above its bar and no labels overlap at 200 % zoom.
//! - In Windows high contrast mode the bars and their text stay visible.
//! - At 320 px a long chart scrolls inside its frame, with the arrow keys after Tab reaches it.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::ui::statistics::CHART_SCROLLS;

use crate::components::unique_id;
use crate::lang;

/// One bar: what it counts and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// The full label, in the bar's tooltip («05.11.2026»).
    pub label: String,
    /// The label under the bar («05.11»).
    pub short: String,
    /// The value.
    pub value: u32,
}

// Sizes in em of the chart's text, so the chart grows with the reader's font size.
/// Width of a character of the labels, a little more than a digit's.
const CHAR: f64 = 0.6;
/// Room between the texts of neighbouring bars.
const GAP: f64 = 0.4;
/// The narrowest slot a bar gets.
const MIN_SLOT: f64 = 1.75;
/// Up to this width every label is shown (about the page's column).
const FITS: f64 = 36.0;
/// Room above the tallest bar for its value.
const TOP: f64 = 1.5;
/// Height of the tallest bar.
const PLOT: f64 = 8.0;
/// Room under the bars for the labels.
const BOTTOM: f64 = 1.6;
/// A bar above zero stays visible however small beside the tallest.
const MIN_BAR: f64 = 0.15;

/// How wide each bar's slot is at least (em) and which labels are shown (every n-th).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Layout {
    slot: f64,
    label_every: usize,
}

/// The width of a text of `chars` characters with the gap after it, em.
fn text_width(chars: usize) -> f64 {
    chars as f64 * CHAR + GAP
}

/// Values always fit over their bars; labels under every bar while the chart stays about a
/// column wide, else under every n-th bar, n as small as fits.
fn layout(bars: &[Bar]) -> Layout {
    let widest = |width: fn(&Bar) -> usize| bars.iter().map(width).max().unwrap_or(0);
    let value = text_width(widest(|b| b.value.to_string().len())).max(MIN_SLOT);
    let label = text_width(widest(|b| b.short.chars().count()));
    if bars.len() as f64 * value.max(label) <= FITS {
        return Layout {
            slot: value.max(label),
            label_every: 1,
        };
    }
    let every = (label / value).ceil().max(1.0) as usize;
    Layout {
        slot: value.max(label / every as f64),
        label_every: every,
    }
}

/// The height of a bar, em.
fn bar_height(value: u32, max: u32) -> f64 {
    if value == 0 || max == 0 {
        return 0.0;
    }
    (f64::from(value) / f64::from(max) * PLOT).max(MIN_BAR)
}

/// A length in em for an SVG attribute.
fn em(value: f64) -> String {
    fixed(value, 3, "em")
}

/// A share of the chart's width for an SVG attribute.
fn percent(share: f64) -> String {
    fixed(share * 100.0, 4, "%")
}

/// `value` with `decimals` digits after the point, then `unit`. Written with integers: `f64`'s
/// own formatting (`{:.3}`) links Rust's exact float printing, measured at 6.7 KB brotli of the
/// statistics chunk, for numbers only an SVG attribute reads.
fn fixed(value: f64, decimals: u32, unit: &str) -> String {
    let scale = 10_i64.pow(decimals);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    let width = decimals as usize;
    format!("{sign}{whole}.{fraction:0width$}{unit}")
}

/// The chart.
#[component]
pub fn BarChart(
    /// What it shows, its accessible name («Обращения по дням»).
    #[prop(into)]
    title: String,
    /// What a look at it tells, in a sentence, for those who cannot see it.
    #[prop(into)]
    summary: String,
    /// The bars, left to right.
    bars: Vec<Bar>,
) -> impl IntoView {
    let id = unique_id("bar-chart");
    let (title_id, summary_id) = (format!("{id}-title"), format!("{id}-summary"));
    let named_by = format!("{title_id} {summary_id}");
    let region = format!("{} {title}", CHART_SCROLLS.get(lang()));
    let Layout { slot, label_every } = layout(&bars);
    let count = bars.len().max(1) as f64;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0);
    let base = TOP + PLOT;
    let columns = bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let height = bar_height(bar.value, max);
            let left = i as f64 / count;
            let middle = percent(left + 0.5 / count);
            let label = (i % label_every == 0).then(|| {
                view! {
                    <text class="bar-chart__label" x=middle.clone() y=em(base + 1.2) text-anchor="middle">{bar.short}</text>
                }
            });
            view! {
                <g>
                    <title>{format!("{}: {}", bar.label, bar.value)}</title>
                    <rect class="bar-chart__bar" x=percent(left + 0.15 / count) width=percent(0.7 / count) y=em(base - height) height=em(height) />
                    <text class="bar-chart__value" x=middle y=em(base - height - 0.3) text-anchor="middle">{bar.value}</text>
                    {label}
                </g>
            }
        })
        .collect_view();
    view! {
        <div class="bar-chart" role="region" aria-label=region tabindex="0">
            <svg
                class="bar-chart__svg"
                role="img"
                aria-labelledby=named_by
                width="100%"
                height=em(base + BOTTOM)
                style=format!("min-width: {}", em(slot * count))
            >
                <title id=title_id>{title}</title>
                <desc id=summary_id>{summary}</desc>
                {columns}
                <line class="bar-chart__axis" x1="0" x2="100%" y1=em(base) y2=em(base) />
            </svg>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars(values: &[u32], short: &str) -> Vec<Bar> {
        values
            .iter()
            .map(|&value| Bar {
                label: short.to_owned(),
                short: short.to_owned(),
                value,
            })
            .collect()
    }

    #[test]
    fn lengths_are_written_as_the_float_formatting_would() {
        for value in [0.0, 0.0004, 1.0, 2.5, 12.3456, 99.99994, -0.3, 1234.5678] {
            assert_eq!(em(value), format!("{value:.3}em"), "{value}");
            let share = value / 100.0;
            assert_eq!(percent(share), format!("{:.4}%", share * 100.0), "{value}");
        }
    }

    #[test]
    fn a_few_bars_label_every_one() {
        let layout = layout(&bars(&[3, 12, 7, 0, 8], "5 ★"));
        assert_eq!(layout.label_every, 1);
        assert!(layout.slot >= text_width(3));
    }

    #[test]
    fn many_days_label_some_and_keep_every_value() {
        let layout = layout(&bars(&[12; 30], "05.11"));
        assert!(layout.label_every > 1);
        assert!(layout.slot >= text_width(2));
        // The labels shown fit in the slots they span.
        assert!(layout.slot * layout.label_every as f64 >= text_width(5));
    }

    #[test]
    fn bars_scale_to_the_tallest_and_small_ones_stay_visible() {
        assert_eq!(bar_height(10, 10), PLOT);
        assert_eq!(bar_height(0, 10), 0.0);
        assert_eq!(bar_height(0, 0), 0.0);
        assert_eq!(bar_height(1, 10_000), MIN_BAR);
    }
}
