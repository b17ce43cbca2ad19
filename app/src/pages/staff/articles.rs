//! The knowledge base's articles for the contact centre: every article, drafts too, with its
//! figures (operators read them; administrators also write), and an administrator's form of one
//! article with its preview, publishing, deletion, figures and history.

use leptos::either::Either;
use leptos::prelude::*;
use shared::articles::{
    ADMIN_ARTICLE_LINKS_PATH, ADMIN_ARTICLE_PREVIEW_PATH, ADMIN_ARTICLES_PATH, ArticleChange,
    ArticleFigures, ArticleKind, ArticleLink, ArticlePreview, CreatedArticle, EditedArticle,
    admin_article_path,
};
use shared::dates::{format_date_time, in_moscow};
use shared::forms::Form;
use shared::forms::article::{ArticleForm, FIELDS, RELATED_MAX};
use shared::lang::Text;
use shared::pages::{EDIT_ARTICLE, Page};
use shared::ui::knowledge::{admin as words, article, list};

use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::checkboxes::SingleCheckbox;
use crate::components::error_summary::field_id;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::radios::Radios;
use crate::components::select::{OptionGroup, Select, section_group};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::table::{Column, Table};
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::session::Session;
use crate::{focus_later, lang, now, set_title};

/// Whether the person signed in may change articles: who may open an article's form.
fn writes() -> bool {
    Session::get()
        .me()
        .is_some_and(|me| EDIT_ARTICLE.audience.admits(Some(me.role)))
}

/// The list's columns.
fn columns() -> Vec<Column<ArticleFigures>> {
    vec![
        Column {
            heading: words::ARTICLE,
            numeric: false,
            cell: |a| {
                let open = Page::Article { id: a.id }.href();
                let edit = Page::EditArticle {
                    id: Some(a.id),
                    saved: false,
                }
                .href();
                let title = a.title.clone();
                if writes() {
                    view! { <a href=edit>{title}</a> }.into_any()
                } else {
                    view! { <a href=open>{title}</a> }.into_any()
                }
            },
            order: None,
        },
        Column {
            heading: words::STATE,
            numeric: false,
            cell: |a| {
                let (class, text) = if a.published {
                    ("tag tag--green", words::PUBLISHED)
                } else {
                    ("tag tag--grey", words::DRAFT)
                };
                view! { <strong class=class>{text.get(lang())}</strong> }.into_any()
            },
            order: None,
        },
        Column {
            heading: words::VIEWS,
            numeric: true,
            cell: |a| a.views.to_string().into_any(),
            order: None,
        },
        Column {
            heading: words::HELPFUL,
            numeric: true,
            cell: |a| a.helpful.to_string().into_any(),
            order: None,
        },
        Column {
            heading: words::NOT_HELPFUL,
            numeric: true,
            cell: |a| a.not_helpful.to_string().into_any(),
            order: None,
        },
        Column {
            heading: words::REQUESTS,
            numeric: true,
            cell: |a| a.requests.to_string().into_any(),
            order: None,
        },
    ]
}

/// «Статьи базы знаний».
#[component]
pub fn ArticlesAdminPage(
    /// An article was just deleted: a banner says so.
    deleted: bool,
) -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    let list = RwSignal::new(None::<Result<Vec<ArticleFigures>, String>>);
    leptos::task::spawn_local(async move {
        let answer = api::get::<Vec<ArticleFigures>>(ADMIN_ARTICLES_PATH).await;
        list.set(Some(answer.map_err(api::SendError::words)));
    });
    let new = Page::EditArticle {
        id: None,
        saved: false,
    }
    .href();
    view! {
        {deleted.then(|| view! {
            <NotificationBanner kind=BannerKind::Success heading=words::DELETED focus=true><span></span></NotificationBanner>
        })}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="lead">{words::LEAD.get(lang())}</p>
        {move || writes().then(|| view! {
            <p class="body"><a class="button" href=new.clone()>{words::NEW.get(lang())}</a></p>
        })}
        {move || list.get().map(|answer| match answer {
            Ok(rows) => Either::Left(view! {
                <Table caption=words::CAPTION columns=columns() rows=rows empty=words::EMPTY />
            }),
            Err(problem) => Either::Right(view! { <p class="body" role="alert">{problem}</p> }),
        })}
    }
}

/// What the form's page shows of a kept article beyond the form.
#[derive(Clone)]
struct Kept {
    published: bool,
    changes: Vec<ArticleChange>,
    figures: ArticleFigures,
}

/// The form's answers, one signal each.
#[derive(Clone, Copy)]
struct Fields {
    title: RwSignal<String>,
    title_en: RwSignal<String>,
    summary: RwSignal<String>,
    summary_en: RwSignal<String>,
    kind: RwSignal<String>,
    section: RwSignal<String>,
    body: RwSignal<String>,
    video_url: RwSignal<String>,
    transcript: RwSignal<String>,
    related: RwSignal<Vec<i64>>,
    published: RwSignal<bool>,
}

impl Fields {
    fn new() -> Fields {
        Fields {
            title: RwSignal::new(String::new()),
            title_en: RwSignal::new(String::new()),
            summary: RwSignal::new(String::new()),
            summary_en: RwSignal::new(String::new()),
            kind: RwSignal::new(ArticleKind::Instruction.code().to_owned()),
            section: RwSignal::new(String::new()),
            body: RwSignal::new(String::new()),
            video_url: RwSignal::new(String::new()),
            transcript: RwSignal::new(String::new()),
            related: RwSignal::new(Vec::new()),
            published: RwSignal::new(false),
        }
    }

    fn fill(self, form: ArticleForm) {
        self.title.set(form.title);
        self.title_en.set(form.title_en);
        self.summary.set(form.summary);
        self.summary_en.set(form.summary_en);
        self.kind.set(form.kind);
        self.section.set(form.section);
        self.body.set(form.body);
        self.video_url.set(form.video_url);
        self.transcript.set(form.transcript);
        self.related.set(form.related);
        self.published.set(form.published);
    }

    fn form(self) -> ArticleForm {
        ArticleForm {
            title: self.title.get_untracked(),
            title_en: self.title_en.get_untracked(),
            summary: self.summary.get_untracked(),
            summary_en: self.summary_en.get_untracked(),
            body: self.body.get_untracked(),
            kind: self.kind.get_untracked(),
            section: self.section.get_untracked(),
            published: self.published.get_untracked(),
            video_url: self.video_url.get_untracked(),
            transcript: self.transcript.get_untracked(),
            related: self.related.get_untracked(),
        }
    }
}

/// One article's form: a new one (`id` is `None`) or a kept one with its figures and history.
#[component]
pub fn ArticleEditPage(
    /// The article, or `None` for a new one.
    id: Option<i64>,
    /// Just saved: a banner says so.
    saved: bool,
) -> impl IntoView {
    let title = if id.is_some() {
        words::EDIT_TITLE
    } else {
        words::NEW_TITLE
    };
    let form = FormState::new(FIELDS);
    form.keep_title(title);
    let removal = FormState::new(&[]);
    let fields = Fields::new();
    let kept = RwSignal::new(None::<Kept>);
    let links = RwSignal::new(Vec::<ArticleLink>::new());
    let preview = RwSignal::new(None::<ArticlePreview>);
    let done = RwSignal::new(saved.then_some(words::SAVED));
    let confirming = RwSignal::new(false);
    let load = move || {
        if let Some(id) = id {
            leptos::task::spawn_local(async move {
                match api::get::<EditedArticle>(&admin_article_path(id)).await {
                    Ok(edited) => {
                        kept.set(Some(Kept {
                            published: edited.form.published,
                            changes: edited.changes,
                            figures: edited.figures,
                        }));
                        fields.fill(edited.form);
                    }
                    Err(error) => form.refuse(error.words()),
                }
            });
        }
    };
    load();
    leptos::task::spawn_local(async move {
        if let Ok(all) = api::get::<Vec<ArticleLink>>(ADMIN_ARTICLE_LINKS_PATH).await {
            links.set(all.into_iter().filter(|link| Some(link.id) != id).collect());
        }
    });
    // Saves the form with `published` as given: «Сохранить» keeps the article's state,
    // «Опубликовать» and «Снять с публикации» change it.
    let save = move |published: bool, banner: Text| {
        let mut article = fields.form();
        article.published = published;
        if !form.passes(article.check(now())) {
            return;
        }
        done.set(None);
        match id {
            None => form.send(
                async move { api::post::<_, CreatedArticle>(ADMIN_ARTICLES_PATH, &article).await },
                |created| {
                    navigate(&Page::EditArticle {
                        id: Some(created.id),
                        saved: true,
                    })
                },
            ),
            Some(id) => form.send(
                async move { api::put::<_, ()>(&admin_article_path(id), &article).await },
                move |()| {
                    // Known at once, so a press before the reload comes back keeps it.
                    kept.update(|k| {
                        if let Some(k) = k {
                            k.published = published;
                        }
                    });
                    done.set(Some(banner));
                    load();
                    focus_later("article-done".to_owned());
                },
            ),
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let published = match id {
            None => fields.published.get_untracked(),
            Some(_) => kept.with_untracked(|k| k.as_ref().is_some_and(|k| k.published)),
        };
        save(published, words::SAVED);
    };
    let toggle = Callback::new(move |()| {
        let published = kept.with_untracked(|k| k.as_ref().is_some_and(|k| k.published));
        save(
            !published,
            if published {
                words::NOW_DRAFT
            } else {
                words::NOW_PUBLISHED
            },
        );
    });
    let show_preview = Callback::new(move |()| {
        let article = fields.form();
        leptos::task::spawn_local(async move {
            if let Ok(shown) =
                api::post::<_, ArticlePreview>(ADMIN_ARTICLE_PREVIEW_PATH, &article).await
            {
                preview.set(Some(shown));
                focus_later("article-preview".to_owned());
            }
        });
    });
    let remove = Callback::new(move |()| {
        if let Some(id) = id {
            removal.send(
                async move { api::delete(&admin_article_path(id)).await },
                |()| navigate(&Page::AdminArticles { deleted: true }),
            );
        }
    });
    let kinds = crate::pages::knowledge::kind_choices().collect::<Vec<_>>();
    let sections = vec![section_group(list::SECTION)];
    let video = move || fields.kind.get() == ArticleKind::Video.code();
    view! {
        {form.top()}
        {move || done.get().map(|heading| view! {
            <div id="article-done" tabindex="-1">
                <NotificationBanner kind=BannerKind::Success heading=heading><span></span></NotificationBanner>
            </div>
        })}
        <p class="body"><a href=Page::AdminArticles { deleted: false }.href()>{list::ALL.get(lang())}</a></p>
        <h1 class="heading-l">{title.get(lang())}</h1>
        {move || kept.with(|k| k.as_ref().map(|k| {
            let (class, state) = if k.published { ("tag tag--green", words::PUBLISHED) } else { ("tag tag--grey", words::DRAFT) };
            view! {
                <p class="body">
                    <strong class=class>{state.get(lang())}</strong> " "
                    <a href=Page::Article { id: k.figures.id }.href()>{words::OPEN.get(lang())}</a>
                </p>
            }
        }))}
        <form novalidate on:submit=on_submit>
            <TextInput name="title" label=words::TITLE_LABEL value=fields.title error=form.error("title") />
            <TextInput name="title_en" label=words::TITLE_EN optional=true value=fields.title_en error=form.error("title_en") />
            <TextArea name="summary" label=words::SUMMARY hint=words::SUMMARY_HINT rule=shared::text::ARTICLE_SUMMARY value=fields.summary error=form.error("summary") />
            <TextArea name="summary_en" label=words::SUMMARY_EN optional=true value=fields.summary_en error=form.error("summary_en") />
            <Radios name="type" legend=list::KIND choices=kinds value=fields.kind error=form.error("type") inline=true />
            <Select name="section" label=list::SECTION placeholder=words::CHOOSE_SECTION groups=sections value=fields.section error=form.error("section") />
            <TextArea name="body" label=words::BODY hint=words::BODY_HINT rule=shared::text::ARTICLE_BODY value=fields.body error=form.error("body") />
            {move || video().then(|| view! {
                <TextInput name="video_url" label=words::VIDEO_URL hint=words::VIDEO_URL_HINT input_type="url" value=fields.video_url error=form.error("video_url") />
                <TextArea name="transcript" label=article::TRANSCRIPT hint=words::TRANSCRIPT_HINT rule=shared::text::TRANSCRIPT value=fields.transcript error=form.error("transcript") />
            })}
            <RelatedPicker related=fields.related links=links form=form />
            {id.is_none().then(|| view! {
                <SingleCheckbox name="published" label=words::PUBLISH_NOW value=fields.published error=form.error("published") />
            })}
            <div class="button-group">
                <Button label=words::SAVE submit=true busy=form.busy />
                <Button label=words::PREVIEW kind=ButtonKind::Secondary on_click=show_preview />
                {move || kept.with(|k| k.as_ref().map(|k| {
                    let label = if k.published { words::UNPUBLISH } else { words::PUBLISH };
                    view! { <Button label=label kind=ButtonKind::Secondary busy=form.busy on_click=toggle /> }
                }))}
            </div>
        </form>
        {move || preview.get().map(|shown| view! {
            <section class="article-preview" aria-labelledby="article-preview">
                <h2 class="heading-m" id="article-preview" tabindex="-1">{words::PREVIEW_HEADING.get(lang())}</h2>
                <div class="article__body" inner_html=shown.body_html></div>
                {(!shown.transcript_html.is_empty()).then(|| view! {
                    <div class="article__body" inner_html=shown.transcript_html></div>
                })}
            </section>
        })}
        {move || kept.get().map(|k| view! {
            <h2 class="heading-m">{words::FIGURES.get(lang())}</h2>
            <SummaryList rows=figure_rows(&k.figures) />
            <h2 class="heading-m">{words::HISTORY.get(lang())}</h2>
            <Table caption=words::HISTORY_CAPTION columns=history_columns() rows=k.changes empty=words::EMPTY />
            {removal.top()}
            {move || if confirming.get() {
                Either::Left(view! {
                    <p class="body" id="article-delete-question" tabindex="-1">{words::DELETE_QUESTION.get(lang())}</p>
                    <div class="button-group">
                        <Button label=words::DELETE_YES kind=ButtonKind::Warning busy=removal.busy on_click=remove />
                        <Button label=words::KEEP kind=ButtonKind::Secondary on_click=Callback::new(move |()| confirming.set(false)) />
                    </div>
                })
            } else {
                Either::Right(view! {
                    <Button label=words::DELETE kind=ButtonKind::Warning on_click=Callback::new(move |()| {
                        confirming.set(true);
                        focus_later("article-delete-question".to_owned());
                    }) />
                })
            }}
        })}
    }
}

/// The figures of a kept article.
fn figure_rows(figures: &ArticleFigures) -> Vec<SummaryRow> {
    [
        (words::VIEWS, figures.views),
        (words::HELPFUL, figures.helpful),
        (words::NOT_HELPFUL, figures.not_helpful),
        (words::REQUESTS, figures.requests),
    ]
    .into_iter()
    .map(|(key, n)| SummaryRow {
        key,
        value: n.to_string(),
        change: None,
    })
    .collect()
}

/// The history's columns.
fn history_columns() -> Vec<Column<ArticleChange>> {
    vec![
        Column {
            heading: words::CHANGE,
            numeric: false,
            cell: |c| words::change_name(c.change).get(lang()).into_any(),
            order: None,
        },
        Column {
            heading: words::BY,
            numeric: false,
            cell: |c| {
                if c.by.is_empty() {
                    words::REPOSITORY.get(lang()).to_owned().into_any()
                } else {
                    c.by.clone().into_any()
                }
            },
            order: None,
        },
        Column {
            heading: words::AT,
            numeric: false,
            cell: |c| {
                time::OffsetDateTime::parse(&c.at, &time::format_description::well_known::Rfc3339)
                    .map_or_else(|_| c.at.clone(), |at| format_date_time(in_moscow(at)))
                    .into_any()
            },
            order: None,
        },
    ]
}

/// «Похожие статьи»: the chosen ones, each with «Убрать», and a list to add one more.
#[component]
fn RelatedPicker(
    related: RwSignal<Vec<i64>>,
    links: RwSignal<Vec<ArticleLink>>,
    form: FormState,
) -> impl IntoView {
    let adding = RwSignal::new(String::new());
    Effect::new(move |_| {
        let chosen = adding.get();
        if let Ok(id) = chosen.parse::<i64>() {
            related.update(|all| {
                if !all.contains(&id) && all.len() < RELATED_MAX {
                    all.push(id);
                }
            });
            adding.set(String::new());
            // The list is drawn anew without the article added: the keyboard stays on it.
            focus_later(field_id("related"));
        }
    });
    let title_of = move |id: i64| {
        links.with(|all| {
            all.iter()
                .find(|link| link.id == id)
                .map_or_else(|| id.to_string(), |link| link.title.clone())
        })
    };
    let groups = move || {
        vec![OptionGroup {
            label: article::RELATED.get(lang()).to_owned(),
            options: links.with(|all| {
                related.with(|chosen| {
                    all.iter()
                        .filter(|link| !chosen.contains(&link.id))
                        .map(|link| (link.id.to_string(), link.title.clone()))
                        .collect()
                })
            }),
        }]
    };
    view! {
        <div class="related-picker">
            {move || (!related.with(Vec::is_empty)).then(|| view! {
                <ul class="list related-picker__chosen" aria-label=article::RELATED.get(lang())>
                    {related.get().into_iter().map(|id| {
                        let name = title_of(id);
                        view! {
                            <li class="related-picker__item">
                                {name.clone()} " "
                                <button type="button" class="button button--link" aria-label=format!("{} «{}»", words::REMOVE.get(lang()), name)
                                    on:click=move |_| {
                                        related.update(|all| all.retain(|other| *other != id));
                                        focus_later(field_id("related"));
                                    }>
                                    {words::REMOVE.get(lang())}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {move || view! {
                <Select name="related" label=article::RELATED placeholder=words::ADD_RELATED groups=groups() value=adding error=form.error("related") />
            }}
        </div>
    }
}
