//! One article: breadcrumbs, its date and kind, the body the server rendered and cleaned, a
//! video guide's video and transcript, related articles, «Была ли статья полезной?» with an
//! optional comment (counted once a browser), and «Задать вопрос эксперту».

use leptos::prelude::*;
use shared::articles::{Article, ArticleSearch, ArticleVote, article_path, votes_path};
use shared::categories::section;
use shared::forms::Form;
use shared::pages::Page;
use shared::ui::knowledge::{article as words, list};

use super::{AskExpert, shown_date};
use crate::api::{self, SendError};
use crate::components::button::{Button, ButtonKind};
use crate::components::notification_banner::NotificationBanner;
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::{lang, now, set_title};

/// What the page shows: not yet answered, the article, or that there is none.
#[derive(Clone)]
enum Shown {
    Waiting,
    Found(Box<Article>),
    Missing,
    Failed(String),
}

/// One article.
#[component]
pub fn ArticlePage(
    /// Its id.
    id: i64,
) -> impl IntoView {
    let shown = RwSignal::new(Shown::Waiting);
    leptos::task::spawn_local(async move {
        shown.set(match api::get::<Article>(&article_path(id)).await {
            Ok(article) => {
                set_title(&article.title, false);
                if article.published {
                    crate::draft::remember_read(article.id);
                }
                Shown::Found(Box::new(article))
            }
            Err(SendError::Missing(_)) => Shown::Missing,
            Err(error) => Shown::Failed(error.words()),
        });
    });
    move || match shown.get() {
        Shown::Waiting => ().into_any(),
        Shown::Found(article) => view! { <ArticleView article=*article /> }.into_any(),
        Shown::Missing => {
            set_title(list::TITLE.get(lang()), false);
            view! {
                <h1 class="heading-l">{list::TITLE.get(lang())}</h1>
                <p class="body">{words::NOT_FOUND.get(lang())}</p>
                <p class="body"><a href=Page::KnowledgeBase { search: ArticleSearch::default() }.href()>{list::ALL.get(lang())}</a></p>
            }
            .into_any()
        }
        Shown::Failed(problem) => view! { <p class="body" role="alert">{problem}</p> }.into_any(),
    }
}

/// The article once it came.
#[component]
fn ArticleView(article: Article) -> impl IntoView {
    let section_of = section(&article.section);
    let section_href = Page::KnowledgeBase {
        search: ArticleSearch {
            section: article.section.clone(),
            ..ArticleSearch::default()
        },
    }
    .href();
    let title = article.title.clone();
    view! {
        <nav class="breadcrumbs" aria-label=words::BREADCRUMBS.get(lang())>
            <ol class="breadcrumbs__list">
                <li class="breadcrumbs__item"><a href=Page::Home.href()>{shared::ui::home::TITLE.get(lang())}</a></li>
                <li class="breadcrumbs__item"><a href=Page::KnowledgeBase { search: ArticleSearch::default() }.href()>{list::TITLE.get(lang())}</a></li>
                {section_of.map(|s| view! {
                    <li class="breadcrumbs__item"><a href=section_href>{s.name.get(lang())}</a></li>
                })}
            </ol>
        </nav>
        {(!article.published).then(|| view! {
            <NotificationBanner heading=words::DRAFT><span></span></NotificationBanner>
        })}
        <article class="article" aria-labelledby="article-title">
            <h1 class="heading-l" id="article-title">{article.title.clone()}</h1>
            <p class="lead">{article.summary.clone()}</p>
            <p class="article__meta">
                <span class="tag tag--grey">{article.kind.name().get(lang())}</span> " "
                {words::UPDATED.get(lang())} " "
                <time datetime=article.updated.clone()>{shown_date(&article.updated)}</time>
            </p>
            {article.video_url.clone().map(|url| view! {
                <p class="body">
                    <a href=url rel="external noopener">{words::WATCH.get(lang())} " " {words::WATCH_ELSEWHERE.get(lang())}</a>
                </p>
            })}
            // The server rendered the Markdown and cleaned the HTML (ammonia): nothing here runs.
            <div class="article__body" inner_html=article.body_html.clone()></div>
            {(!article.transcript_html.is_empty()).then(|| view! {
                <h2 class="heading-m">{words::TRANSCRIPT.get(lang())}</h2>
                <div class="article__body" inner_html=article.transcript_html.clone()></div>
            })}
        </article>
        {(!article.related.is_empty()).then(|| view! {
            <aside class="related" aria-labelledby="related-heading">
                <h2 class="heading-m" id="related-heading">{words::RELATED.get(lang())}</h2>
                <ul class="list">
                    {article.related.iter().map(|link| view! {
                        <li><a href=Page::Article { id: link.id }.href()>{link.title.clone()}</a></li>
                    }).collect_view()}
                </ul>
            </aside>
        })}
        {article.published.then(|| view! { <Helpful id=article.id /> })}
        <AskExpert question=title />
    }
}

/// «Была ли статья полезной? Да / Нет», then an optional comment on the same answer.
#[component]
fn Helpful(id: i64) -> impl IntoView {
    let form = FormState::new(&["comment"]);
    let helpful = RwSignal::new(None::<bool>);
    let comment = RwSignal::new(String::new());
    let comment_sent = RwSignal::new(false);
    let vote = move || ArticleVote {
        browser: crate::draft::lasting_key(crate::draft::ARTICLE_VOTER),
        helpful: helpful.get_untracked().unwrap_or_default(),
        comment: comment.get_untracked(),
    };
    let answer = move |yes: bool| {
        Callback::new(move |()| {
            let ballot = ArticleVote {
                helpful: yes,
                ..vote()
            };
            form.send(
                async move { api::post::<_, ()>(&votes_path(id), &ballot).await },
                move |()| {
                    helpful.set(Some(yes));
                    // The buttons pressed are gone: the keyboard goes on to the comment.
                    crate::focus_later(crate::components::error_summary::field_id("comment"));
                },
            );
        })
    };
    let on_comment = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ballot = vote();
        if form.passes(ballot.check(now())) {
            form.send(
                async move { api::post::<_, ()>(&votes_path(id), &ballot).await },
                move |()| comment_sent.set(true),
            );
        }
    };
    view! {
        <section class="helpful" aria-labelledby="helpful-heading">
            {form.top()}
            <h2 class="heading-s" id="helpful-heading">{words::HELPFUL.get(lang())}</h2>
            // One status for both answers, in the page from the start so each is announced.
            <p class="body" role="status">
                {move || match (helpful.get(), comment_sent.get()) {
                    (None, _) => "",
                    (Some(_), false) => words::THANKS.get(lang()),
                    (Some(_), true) => words::COMMENT_SENT.get(lang()),
                }}
            </p>
            {move || match (helpful.get(), comment_sent.get()) {
                (None, _) => view! {
                    <div class="button-group">
                        <Button label=words::YES kind=ButtonKind::Secondary busy=form.busy on_click=answer(true) />
                        <Button label=words::NO kind=ButtonKind::Secondary busy=form.busy on_click=answer(false) />
                    </div>
                }
                .into_any(),
                (Some(yes), false) => view! {
                    <form novalidate on:submit=on_comment>
                        <TextArea
                            name="comment"
                            label=if yes { words::COMMENT_HELPED } else { words::COMMENT_MISSING }
                            hint=words::COMMENT_HINT
                            rule=shared::text::COMMENT
                            optional=true
                            value=comment
                            error=form.error("comment")
                        />
                        <Button label=words::SEND_COMMENT submit=true busy=form.busy />
                    </form>
                }
                .into_any(),
                (Some(_), true) => ().into_any(),
            }}
        </section>
    }
}
