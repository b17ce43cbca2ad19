//! What every search of the knowledge base shares: the articles suggested as words are typed
//! (asked of the API once typing pauses, the latest answer kept) and «Задать вопрос эксперту».

use std::time::Duration;

use leptos::prelude::*;
use shared::api::encode_component;
use shared::articles::{
    ARTICLE_SUGGEST_PATH, ArticleSuggestion, SUGGEST_DEBOUNCE_MS, SUGGEST_FROM_CHARS,
};
use shared::pages::Page;
use shared::ui::knowledge::{ask as words, suggested};

use crate::api;
use crate::components::search_box::Suggestion;
use crate::lang;

/// The articles whose titles match what `typed` holds, asked of the API once typing pauses
/// for [`SUGGEST_DEBOUNCE_MS`]; `None` below [`SUGGEST_FROM_CHARS`] letters. An answer that
/// comes after newer words were typed is dropped; a failed one suggests nothing (the search
/// itself still works).
pub fn article_suggestions(typed: Signal<String>) -> ReadSignal<Option<Vec<ArticleSuggestion>>> {
    let (found, set_found) = signal(None::<Vec<ArticleSuggestion>>);
    let asked = StoredValue::new(0_u32);
    let waiting = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let text = typed.get().trim().to_owned();
        if let Some(timer) = waiting.get_value() {
            timer.clear();
        }
        let generation = asked.get_value().wrapping_add(1);
        asked.set_value(generation);
        if text.chars().count() < SUGGEST_FROM_CHARS {
            set_found.set(None);
            return;
        }
        let path = format!("{ARTICLE_SUGGEST_PATH}?q={}", encode_component(&text));
        let timer = set_timeout_with_handle(
            move || {
                leptos::task::spawn_local(async move {
                    let answer = api::get::<Vec<ArticleSuggestion>>(&path).await;
                    // The page may be gone by now (a suggestion chosen, the form sent).
                    if asked.try_get_value() == Some(generation) {
                        set_found.try_set(Some(answer.unwrap_or_default()));
                    }
                });
            },
            Duration::from_millis(SUGGEST_DEBOUNCE_MS),
        );
        waiting.set_value(timer.ok());
    });
    on_cleanup(move || {
        if let Some(timer) = waiting.try_get_value().flatten() {
            timer.clear();
        }
    });
    found
}

/// [`article_suggestions`] as a search box lists them: each title opens its article.
pub fn suggestions_for_box(typed: RwSignal<String>) -> Signal<Option<Vec<Suggestion>>> {
    let found = article_suggestions(typed.into());
    Signal::derive(move || {
        found.get().map(|found| {
            found
                .into_iter()
                .map(|article| Suggestion {
                    href: Page::Article { id: article.id }.href(),
                    label: article.title,
                })
                .collect()
        })
    })
}

/// What choosing one of [`suggestions_for_box`] does: opens its article.
pub fn open_suggestion() -> Callback<String> {
    Callback::new(|href: String| {
        if let Some(page) = crate::router::page_of_href(&href) {
            crate::router::navigate(&page);
        }
    })
}

/// «Не нашли ответ? Задать вопрос эксперту»: «Новое обращение» with `question` as its subject
/// (signed out, sign-in comes first and then the form).
#[component]
pub fn AskExpert(
    /// What was searched for or read: the request's subject to start with.
    #[prop(into)]
    question: Signal<String>,
) -> impl IntoView {
    let href = move || {
        Page::NewRequest {
            related: String::new(),
            question: question.get().trim().to_owned(),
        }
        .href()
    };
    view! {
        <aside class="ask-expert" aria-labelledby="ask-expert-heading">
            <h2 class="heading-m" id="ask-expert-heading">{words::HEADING.get(lang())}</h2>
            <p class="body">{words::TEXT.get(lang())}</p>
            <p class="body"><a class="button button--secondary" href=href>{words::LINK.get(lang())}</a></p>
        </aside>
    }
}

/// The articles matching a request's subject as it is typed, in «Новое обращение»: a list
/// whose number a polite status announces, each with how many readers it helped.
#[component]
pub fn SuggestedArticles(
    /// The subject typed.
    typed: RwSignal<String>,
) -> impl IntoView {
    let found = article_suggestions(typed.into());
    let shown = move || found.get().filter(|found| !found.is_empty());
    let count = move || {
        shown()
            .map(|found| {
                format!(
                    "{} {}",
                    shared::ui::knowledge::list::FOUND.get(lang()),
                    found.len()
                )
            })
            .unwrap_or_default()
    };
    view! {
        <div class="suggested">
            <p class="visually-hidden" role="status">{count}</p>
            {move || shown().map(|found| view! {
                <h2 class="heading-s" id="suggested-heading">{suggested::HEADING.get(lang())}</h2>
                <p class="hint">{suggested::TEXT.get(lang())}</p>
                <ul class="list suggested__list" aria-labelledby="suggested-heading">
                    {found.into_iter().map(|article| view! {
                        <li class="suggested__item">
                            <a href=Page::Article { id: article.id }.href()>{article.title}</a>
                            {(article.helped > 0).then(|| view! {
                                " " <span class="hint suggested__helped">{suggested::helped(article.helped).get(lang()).to_owned()}</span>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}
