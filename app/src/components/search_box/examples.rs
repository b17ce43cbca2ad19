//! Gallery examples of the search box: the suggestions are filtered here from a fixed list of
//! titles, as a page filters them through the API.

use leptos::prelude::*;
use shared::ui::gallery::examples::search_box::*;
use shared::ui::knowledge::search_box as words;

use super::{SearchBox, Suggestion};

crate::examples![suggesting: SUGGESTING, typed: TYPED];

/// Titles the examples suggest from.
const TITLES: &[&str] = &[
    "Как восстановить пароль",
    "Вход по номеру телефона",
    "Вход по СНИЛС",
    "Подтверждение личности",
    "Не приходит код подтверждения",
];

/// The box with suggestions for `typed`: the titles holding every typed word's start.
fn example(typed: &str) -> AnyView {
    let value = RwSignal::new(typed.to_owned());
    let suggestions = Signal::derive(move || {
        let typed = value.get().to_lowercase();
        (typed.trim().chars().count() >= shared::articles::SUGGEST_FROM_CHARS).then(|| {
            TITLES
                .iter()
                .filter(|title| {
                    let title = title.to_lowercase();
                    typed.split_whitespace().all(|word| title.contains(word))
                })
                .enumerate()
                .map(|(index, title)| Suggestion {
                    label: (*title).to_owned(),
                    href: format!("#suggestion-{index}"),
                })
                .collect()
        })
    });
    let chosen = RwSignal::new(String::new());
    view! {
        <form novalidate on:submit=|ev| ev.prevent_default()>
            <SearchBox
                name="example_search"
                label=words::LABEL
                hint=words::HINT
                value=value
                suggestions=suggestions
                on_choose=Callback::new(move |href| chosen.set(href))
            />
        </form>
        <p class="body search-box__chosen">{move || chosen.get()}</p>
    }
    .into_any()
}

/// Empty: suggestions appear from the second letter.
pub fn suggesting() -> AnyView {
    example("")
}

/// Something typed already.
pub fn typed() -> AnyView {
    example("вход")
}
