//! Help centre home: the knowledge base's search with suggestions, the most read articles,
//! every support channel and the contacts directory.

use leptos::prelude::*;
use shared::articles::{ArticleSearch, ArticleSummary, POPULAR_ARTICLES_PATH};
use shared::contacts::{DIRECTORY, OPERATOR_HOURS};
use shared::ui::home;
use shared::ui::knowledge::search_box;

use crate::api;
use crate::components::search_box::SearchBox;
use crate::pages::knowledge::{open_suggestion, suggestions_for_box};
use crate::router::navigate;
use crate::{lang, set_title};
use shared::pages::Page;

/// The help centre's front page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_title(home::TITLE.get(lang()), false);
    let q = RwSignal::new(String::new());
    let suggestions = suggestions_for_box(q);
    let popular = RwSignal::new(Vec::<ArticleSummary>::new());
    leptos::task::spawn_local(async move {
        // Without them the page still has the search and every channel.
        if let Ok(articles) = api::get::<Vec<ArticleSummary>>(POPULAR_ARTICLES_PATH).await {
            popular.set(articles);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        navigate(&Page::KnowledgeBase {
            search: ArticleSearch {
                q: q.get_untracked().trim().to_owned(),
                ..ArticleSearch::default()
            },
        });
    };
    let all_articles = Page::KnowledgeBase {
        search: ArticleSearch::default(),
    }
    .href();
    let email = DIRECTORY
        .iter()
        .flat_map(|group| group.contacts)
        .find(|contact| contact.href.starts_with("mailto:"));
    view! {
        <h1 class="heading-xl">{home::TITLE.get(lang())}</h1>
        <p class="lead">{home::LEAD.get(lang())}</p>
        <form class="article-search" role="search" novalidate on:submit=on_submit>
            <SearchBox name="q" label=search_box::LABEL hint=search_box::HINT value=q suggestions=suggestions on_choose=open_suggestion() />
        </form>
        {move || popular.with(|articles| (!articles.is_empty()).then(|| view! {
            <h2 class="heading-m">{home::POPULAR.get(lang())}</h2>
            <ul class="popular">
                {articles.iter().map(|article| view! {
                    <li class="popular__item">
                        <a class="popular__link" href=Page::Article { id: article.id }.href()>{article.title.clone()}</a>
                        <p class="body popular__summary">{article.summary.clone()}</p>
                    </li>
                }).collect_view()}
            </ul>
        }))}
        <p class="body"><a href=all_articles>{home::ALL_ARTICLES.get(lang())}</a></p>
        <h2 class="heading-m">{home::CHANNELS.get(lang())}</h2>
        <ul class="channels">
            <li class="channel">
                <h3 class="heading-s">
                    <a href=Page::new_request().href()>{home::REQUEST_TITLE.get(lang())}</a>
                </h3>
                <p class="body">{home::REQUEST_TEXT.get(lang())}</p>
            </li>
            <li class="channel">
                <h3 class="heading-s">
                    <a href=Page::Feedback.href()>{home::FEEDBACK_TITLE.get(lang())}</a>
                </h3>
                <p class="body">{home::FEEDBACK_TEXT.get(lang())}</p>
            </li>
            <li class="channel">
                <h3 class="heading-s">
                    <a href=Page::NewCallback.href()>{home::CALLBACK_TITLE.get(lang())}</a>
                </h3>
                <p class="body">{home::CALLBACK_TEXT.get(lang())}</p>
                <p class="body">{home::CALLBACK_HOURS.get(lang())} " " {OPERATOR_HOURS.get(lang())}"."</p>
            </li>
            <li class="channel">
                <h3 class="heading-s">{home::PHONE_TITLE.get(lang())}</h3>
                <p class="body">{home::PHONE_TEXT.get(lang())}</p>
            </li>
            {email.map(|contact| view! {
                <li class="channel">
                    <h3 class="heading-s">{home::EMAIL_TITLE.get(lang())}</h3>
                    <p class="body"><a href=contact.href>{contact.value}</a></p>
                    <p class="body">{contact.note.get(lang())}</p>
                </li>
            })}
        </ul>
        <h2 class="heading-m" id="contacts">{home::CONTACTS.get(lang())}</h2>
        {DIRECTORY
            .iter()
            .map(|group| {
                view! {
                    <h3 class="heading-s">{group.heading.get(lang())}</h3>
                    <dl class="contacts">
                        {group
                            .contacts
                            .iter()
                            .map(|contact| {
                                view! {
                                    <div class="contacts__row">
                                        <dt class="contacts__title">{contact.title.get(lang())}</dt>
                                        <dd class="contacts__value">
                                            <a href=contact.href>{contact.value}</a>
                                            <span class="contacts__note">{contact.note.get(lang())}</span>
                                        </dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                }
            })
            .collect_view()}
    }
}
