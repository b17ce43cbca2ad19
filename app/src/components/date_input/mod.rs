//! The date input: three boxes — day, month, year — in a fieldset whose legend is the question,
//! with a hint giving an example («Например, 27 3 2007»). The parts are joined as «ДД.ММ.ГГГГ»
//! and judged by `shared::dates` (the same rule on the server). An error marks the whole group;
//! no calendar picker, as people know their dates.
//!
//! # Manual checks
//! - A screen reader reads the legend and hint, then «День», «Месяц», «Год» for the boxes.
//! - Digits come up on a phone's keyboard; a year of four digits fits its box at 400 % zoom.
//! - The browser offers a saved birthday when `autocomplete` says so.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::components::date_input as words;

use super::error_summary::{ShownError, field_id};
use super::radios::ChoiceGroup;
use crate::lang;

/// The three parts as typed.
#[derive(Debug, Clone, Copy)]
pub struct DateParts {
    /// Day.
    pub day: RwSignal<String>,
    /// Month.
    pub month: RwSignal<String>,
    /// Year.
    pub year: RwSignal<String>,
}

impl DateParts {
    /// Empty parts.
    pub fn new() -> DateParts {
        DateParts::of("", "", "")
    }

    /// Parts filled in.
    pub fn of(day: &str, month: &str, year: &str) -> DateParts {
        DateParts {
            day: RwSignal::new(day.to_owned()),
            month: RwSignal::new(month.to_owned()),
            year: RwSignal::new(year.to_owned()),
        }
    }

    /// «ДД.ММ.ГГГГ» as `shared::dates` reads it; empty when every part is.
    pub fn joined(&self) -> String {
        let (d, m, y) = (
            self.day.get_untracked(),
            self.month.get_untracked(),
            self.year.get_untracked(),
        );
        if [&d, &m, &y].iter().all(|part| part.trim().is_empty()) {
            String::new()
        } else {
            format!("{}.{}.{}", d.trim(), m.trim(), y.trim())
        }
    }
}

impl Default for DateParts {
    fn default() -> Self {
        DateParts::new()
    }
}

/// The three boxes.
#[component]
pub fn DateInput(
    /// Field name in the error map; the day box takes its id.
    name: &'static str,
    /// The question.
    legend: Text,
    /// An example date.
    hint: Text,
    /// The parts.
    value: DateParts,
    /// The group's error.
    error: Signal<Option<ShownError>>,
    /// `bday` for a birth date: the boxes get `bday-day`, `bday-month`, `bday-year`.
    #[prop(optional)]
    birthday: bool,
) -> impl IntoView {
    let id = field_id(name);
    let has_error = Signal::derive(move || error.with(Option::is_some));
    let part = move |suffix: &'static str,
                     label: Text,
                     signal: RwSignal<String>,
                     token: &'static str,
                     wide: bool| {
        let part_id = if suffix == "day" {
            id.clone()
        } else {
            format!("{id}-{suffix}")
        };
        view! {
            <div class="date-input__item">
                <label class="label label--small" for=part_id.clone()>{label.get(lang())}</label>
                <input
                    class="input date-input__input"
                    class:date-input__input--year=wide
                    class:input--error=has_error
                    aria-invalid=move || has_error.get().then_some("true")
                    id=part_id
                    name=format!("{name}-{suffix}")
                    type="text"
                    inputmode="numeric"
                    autocomplete=birthday.then_some(token)
                    prop:value=signal
                    on:input=move |ev| signal.set(event_target_value(&ev))
                />
            </div>
        }
    };
    let boxes = view! {
        <div class="date-input">
            {part("day", words::DAY, value.day, "bday-day", false)}
            {part("month", words::MONTH, value.month, "bday-month", false)}
            {part("year", words::YEAR, value.year, "bday-year", true)}
        </div>
    };
    view! {
        <ChoiceGroup id=field_id(name) legend=legend hint=Some(hint) error=error>
            {boxes}
        </ChoiceGroup>
    }
}
