//! «Рабочее место»: the requests of the operator's sections, open ones first by deadline and
//! priority, filtered and searched, a page at a time; the filter lives in the address. The list
//! refreshes by itself when a request of these sections arrives or changes.

use leptos::prelude::*;
use shared::categories::{self, find};
use shared::console::{
    Assignment, CONSOLE_EVENTS_PATH, CONSOLE_REQUESTS_PATH, QueueFilter, QueueItem, QueuePage,
};
use shared::status::Status;
use shared::ui::console::queue as words;

use crate::api;
use crate::components::button::Button;
use crate::components::checkboxes::Checkboxes;
use crate::components::pagination::Pagination;
use crate::components::radios::{Choice, Radios};
use crate::components::select::{OptionGroup, Select};
use crate::components::status_tag::StatusTag;
use crate::components::table::{Column, Table};
use crate::components::text_input::TextInput;
use crate::lang;
use crate::live::{follow, keeping_focus};
use crate::pages::account::FormState;
use crate::pages::requests::due_view;
use crate::router::navigate;
use shared::pages::{Page, queue_query, with_query};

const FILTER_FIELDS: &[&str] = &["q", "status", "category", "assigned", "only"];

fn columns() -> Vec<Column<QueueItem>> {
    vec![
        Column {
            heading: words::NUMBER,
            numeric: false,
            cell: |item| {
                let href = Page::ConsoleRequest {
                    number: item.summary.number.clone(),
                    done: None,
                }
                .href();
                view! { <a href=href>{item.summary.number.clone()}</a> }.into_any()
            },
            order: None,
        },
        Column {
            heading: words::SUBJECT,
            numeric: false,
            cell: |item| {
                let topic = find(&item.summary.category)
                    .map(|(_, sub)| sub.name.get(lang()))
                    .unwrap_or_default();
                let marks: Vec<&str> = [
                    (item.escalated, words::ESCALATED_MARK),
                    (
                        !item.answered && item.summary.status.is_open(),
                        words::UNANSWERED,
                    ),
                ]
                .into_iter()
                .filter(|(on, _)| *on)
                .map(|(_, mark)| mark.get(lang()))
                .collect();
                view! {
                    {item.summary.subject.clone()} <br />
                    <span class="hint">{topic}</span>
                    {(!marks.is_empty()).then(|| view! { <br /><strong class="tag tag--red">{marks.join(", ")}</strong> })}
                }
                .into_any()
            },
            order: None,
        },
        Column {
            heading: words::PRIORITY,
            numeric: false,
            cell: |item| item.summary.priority.name().get(lang()).into_any(),
            order: None,
        },
        Column {
            heading: shared::ui::requests::detail::STATUS,
            numeric: false,
            cell: |item| view! { <StatusTag status=item.summary.status /> }.into_any(),
            order: None,
        },
        Column {
            heading: words::DUE,
            numeric: false,
            cell: |item| match due_view(item.summary.status, item.summary.due) {
                Some(due) => due.into_any(),
                None => "—".into_any(),
            },
            order: None,
        },
        Column {
            heading: words::ASSIGNEE,
            numeric: false,
            cell: |item| match &item.assignee {
                Some(email) => email.clone().into_any(),
                None => view! { <span class="hint">{words::NOBODY.get(lang())}</span> }.into_any(),
            },
            order: None,
        },
    ]
}

/// The page: the queue (operators only, `shared::pages`).
#[component]
pub fn QueuePage(
    /// What to show.
    filter: QueueFilter,
) -> impl IntoView {
    view! { <Queue filter=filter /> }
}

#[component]
fn Queue(filter: QueueFilter) -> impl IntoView {
    let form = FormState::new(FILTER_FIELDS);
    form.keep_title(words::TITLE);
    let q = RwSignal::new(filter.q.clone());
    let status = RwSignal::new(
        filter
            .status
            .map(|s| s.code().to_owned())
            .unwrap_or_default(),
    );
    let category = RwSignal::new(filter.category.clone());
    let assigned = RwSignal::new(filter.assigned.map_or("", Assignment::code).to_owned());
    let only = RwSignal::new(
        [(filter.overdue, "overdue"), (filter.escalated, "escalated")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, code)| code.to_owned())
            .collect::<Vec<_>>(),
    );
    let found = RwSignal::new(None::<QueuePage>);
    let refreshed = RwSignal::new(false);
    let filtered = filter != QueueFilter::default();
    // A filter the rule refuses shows its error over the whole queue, so the operator can see
    // and correct it (the sections still fill the topic list).
    let passes = form.passes(filter.check());
    let shown = if passes {
        filter.clone()
    } else {
        QueueFilter::default()
    };
    let path = StoredValue::new(with_query(CONSOLE_REQUESTS_PATH, &queue_query(&shown)));
    let sections =
        Memo::new(move |_| found.with(|page| page.as_ref().map(|page| page.sections.clone())));
    leptos::task::spawn_local(async move {
        if let Ok(page) = api::get::<QueuePage>(&path.get_value()).await {
            found.set(Some(page));
        }
    });
    // Each change is `{"number": …}`, or `{}` after the stream fell behind: either way, reload.
    follow(CONSOLE_EVENTS_PATH, "change", move |_| {
        leptos::task::spawn_local(async move {
            if let Ok(page) = api::get_in_background::<QueuePage>(&path.get_value()).await {
                keeping_focus(|| found.set(Some(page)));
                refreshed.set(true);
            }
        });
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let only = only.get_untracked();
        navigate(&Page::Queue {
            filter: QueueFilter {
                status: Status::from_code(&status.get_untracked()),
                category: category.get_untracked(),
                overdue: only.iter().any(|o| o == "overdue"),
                escalated: only.iter().any(|o| o == "escalated"),
                assigned: Assignment::from_code(&assigned.get_untracked()),
                q: q.get_untracked(),
                page: 1,
            },
        });
    };
    let statuses = vec![OptionGroup {
        label: words::STATUS.get(lang()).to_owned(),
        options: Status::ALL
            .into_iter()
            .map(|s| (s.code().to_owned(), s.name().get(lang()).to_owned()))
            .collect(),
    }];
    let assignments = vec![
        Choice {
            value: "",
            label: words::ASSIGNED_ANY,
            hint: None,
        },
        Choice {
            value: Assignment::Me.code(),
            label: words::ASSIGNED_ME,
            hint: None,
        },
        Choice {
            value: Assignment::Nobody.code(),
            label: words::ASSIGNED_NOBODY,
            hint: None,
        },
    ];
    let flags = vec![
        Choice {
            value: "overdue",
            label: words::OVERDUE,
            hint: None,
        },
        Choice {
            value: "escalated",
            label: words::ESCALATED,
            hint: None,
        },
    ];
    let page_filter = filter.clone();
    let href = Callback::new(move |page: u32| {
        Page::Queue {
            filter: QueueFilter {
                page,
                ..page_filter.clone()
            },
        }
        .href()
    });
    view! {
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        {move || sections.get().map(|sections| sections_line(&sections))}
        <div class="button-group">
            <a class="button button--secondary" href=Page::RegisterCall.href()>{words::REGISTER.get(lang())}</a>
            <a class="button button--secondary" href=Page::ConsoleCallbacks { finished: false }.href()>{shared::ui::callbacks::console::TITLE.get(lang())}</a>
        </div>
        <details class="details" open=filtered>
            <summary class="details__summary"><span class="details__summary-text">{words::FILTER.get(lang())}</span></summary>
            <div class="details__text">
                <form novalidate on:submit=on_submit>
                    <TextInput name="q" label=words::SEARCH value=q error=form.error("q") />
                    <Select name="status" label=words::STATUS placeholder=words::ANY groups=statuses value=status error=form.error("status") />
                    {move || sections.get().map(|sections| {
                        let groups = topics_of(&sections);
                        view! { <Select name="category" label=words::CATEGORY placeholder=words::ANY groups=groups value=category error=form.error("category") /> }
                    })}
                    <Radios name="assigned" legend=words::ASSIGNED choices=assignments value=assigned error=form.error("assigned") inline=true />
                    <Checkboxes name="only" legend=words::ONLY choices=flags value=only error=form.error("only") />
                    <div class="button-group">
                        <Button label=words::APPLY submit=true />
                        <a class="link" href=Page::Queue { filter: QueueFilter::default() }.href()>{words::CLEAR.get(lang())}</a>
                    </div>
                </form>
            </div>
        </details>
        <p class="body" aria-live="polite">
            {move || found.with(|page| page.as_ref().map(|page| format!("{} {}", words::FOUND.get(lang()), page.total)))}
            {move || refreshed.get().then(|| view! { " " {words::REFRESHED.get(lang())} })}
        </p>
        {move || found.get().map(|page| {
            let empty = if filtered { words::NONE_FOUND } else { words::EMPTY };
            view! {
                <Table caption=words::TITLE columns=columns() rows=page.items empty=empty />
                <Pagination current=page.page total=page.pages href=href />
            }
        })}
    }
}

/// «Ваши разделы: …», or what to do without any.
fn sections_line(sections: &[String]) -> impl IntoView + use<> {
    let names: Vec<&str> = sections
        .iter()
        .filter_map(|code| categories::section(code))
        .map(|section| section.name.get(lang()))
        .collect();
    if names.is_empty() {
        view! { <p class="body">{words::NO_SECTIONS.get(lang())}</p> }.into_any()
    } else {
        view! { <p class="body">{words::YOUR_SECTIONS.get(lang())} " " {names.join(", ")}</p> }
            .into_any()
    }
}

/// The operator's sections, each followed by its topics, for the category filter.
fn topics_of(sections: &[String]) -> Vec<OptionGroup> {
    categories::SECTIONS
        .iter()
        .filter(|section| sections.iter().any(|code| code == section.code))
        .map(|section| {
            let mut options = vec![(section.code.to_owned(), section.name.get(lang()).to_owned())];
            options.extend(
                section
                    .subcategories
                    .iter()
                    .map(|sub| (sub.code.to_owned(), sub.name.get(lang()).to_owned())),
            );
            OptionGroup {
                label: section.name.get(lang()).to_owned(),
                options,
            }
        })
        .collect()
}
