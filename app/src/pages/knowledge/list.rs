//! «База знаний»: the search with suggestions, the kind and section filters, and the results
//! with their snippets, a page at a time. The search lives in the address, so results can be
//! bookmarked and the back button works.

use leptos::prelude::*;
use shared::articles::{
    ARTICLES_PATH, ArticleKind, ArticleList, ArticleSearch, ArticleSummary, RESULTS_PAGE_SIZE,
};
use shared::categories::section;
use shared::pages::Page;
use shared::ui::knowledge::{list as words, search_box};

use super::{AskExpert, open_suggestion, shown_date, suggestions_for_box};
use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::pagination::Pagination;
use crate::components::radios::{Choice, Radios};
use crate::components::search_box::SearchBox;
use crate::components::select::{Select, section_group};
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::{lang, set_title};

/// What the results show: not yet answered, answered, or the search failed.
#[derive(Clone)]
enum Found {
    Waiting,
    Answered(ArticleList),
    Failed,
}

/// «База знаний».
#[component]
pub fn KnowledgeBasePage(
    /// The words, filters and page in the address.
    search: ArticleSearch,
) -> impl IntoView {
    let form = FormState::new(&["q", "type", "section"]);
    form.keep_title(words::TITLE);
    set_title(words::TITLE.get(lang()), false);
    let q = RwSignal::new(search.q.clone());
    let kind = RwSignal::new(search.kind.map_or("", ArticleKind::code).to_owned());
    let section_code = RwSignal::new(search.section.clone());
    let suggestions = suggestions_for_box(q);
    let found = RwSignal::new(Found::Waiting);
    let path = format!("{ARTICLES_PATH}?{}", search.to_query());
    leptos::task::spawn_local(async move {
        found.set(match api::get::<ArticleList>(&path).await {
            Ok(list) => Found::Answered(list),
            Err(_) => Found::Failed,
        });
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        navigate(&Page::KnowledgeBase {
            search: ArticleSearch {
                q: q.get_untracked().trim().to_owned(),
                kind: ArticleKind::from_code(&kind.get_untracked()),
                section: section_code.get_untracked(),
                page: 1,
            },
        });
    };
    let kinds = std::iter::once(Choice {
        value: "",
        label: words::ANY_KIND,
        hint: None,
    })
    .chain(super::kind_choices())
    .collect::<Vec<_>>();
    let sections = vec![section_group(words::SECTION)];
    let searched = search.q.trim().to_owned();
    let href = {
        let search = search.clone();
        Callback::new(move |page: u32| {
            Page::KnowledgeBase {
                search: ArticleSearch {
                    page,
                    ..search.clone()
                },
            }
            .href()
        })
    };
    let current = search.page.max(1);
    view! {
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="lead">{words::LEAD.get(lang())}</p>
        <form class="article-search" role="search" novalidate on:submit=on_submit>
            <SearchBox name="q" label=search_box::LABEL hint=search_box::HINT value=q suggestions=suggestions on_choose=open_suggestion() />
            <div class="article-search__filters">
                <Radios name="type" legend=words::KIND choices=kinds value=kind error=form.error("type") inline=true />
                <Select name="section" label=words::SECTION placeholder=words::ANY_SECTION groups=sections value=section_code error=form.error("section") />
            </div>
            <div class="button-group">
                <Button label=words::APPLY kind=ButtonKind::Secondary submit=true />
                <a class="link" href=Page::KnowledgeBase { search: ArticleSearch::default() }.href()>{words::CLEAR.get(lang())}</a>
            </div>
        </form>
        // In the page from the start, so the count is announced when it comes.
        <p class="body article-search__count" role="status">
            {move || match found.get() {
                Found::Answered(list) => format!("{} {}", words::FOUND.get(lang()), list.total),
                _ => String::new(),
            }}
        </p>
        {move || match found.get() {
            Found::Waiting => ().into_any(),
            Found::Failed => view! { <p class="body" role="alert">{words::FAILED.get(lang())}</p> }.into_any(),
            Found::Answered(list) => {
                let pages = u32::try_from(list.total.div_ceil(u64::from(RESULTS_PAGE_SIZE)))
                    .unwrap_or(u32::MAX)
                    .max(1);
                let empty = list.items.is_empty();
                view! {
                    {empty.then(|| view! { <p class="body">{words::NONE_FOUND.get(lang())}</p> })}
                    <ol class="article-results" aria-label=words::RESULTS.get(lang())>
                        {list.items.into_iter().map(|item| view! { <ArticleResult item=item /> }).collect_view()}
                    </ol>
                    <Pagination current=current.min(pages) total=pages href=href />
                }
                .into_any()
            }
        }}
        <AskExpert question=searched />
    }
}

/// One result: its title, the passage that matched (or its summary) and what it is.
#[component]
fn ArticleResult(item: ArticleSummary) -> impl IntoView {
    let href = Page::Article { id: item.id }.href();
    let section_name = section(&item.section).map(|s| s.name.get(lang()));
    let updated = shown_date(&item.updated);
    // The snippet is the server's escaped text with the matched words in <mark>.
    let passage = if item.snippet.is_empty() {
        view! { <p class="body article-results__text">{item.summary}</p> }.into_any()
    } else {
        view! { <p class="body article-results__text" inner_html=item.snippet></p> }.into_any()
    };
    view! {
        <li class="article-results__item">
            <h2 class="heading-s article-results__title"><a href=href>{item.title}</a></h2>
            {passage}
            <p class="article-results__meta">
                <span class="tag tag--grey">{item.kind.name().get(lang())}</span>
                {section_name.map(|name| view! { " · " {name} })}
                " · " {words::UPDATED.get(lang())} " "
                <time datetime=item.updated.clone()>{updated}</time>
            </p>
        </li>
    }
}
