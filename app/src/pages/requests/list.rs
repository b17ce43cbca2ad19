//! «Мои обращения»: the citizen's requests, filtered by status, topic and dates, searched by
//! number or words, newest first or by status, a page at a time. The filter lives in the
//! address, so a filtered list can be bookmarked and the back button works.

use leptos::prelude::*;
use shared::categories::find;
use shared::dates::{format_date, in_moscow};
use shared::requests::{ListOrder, REQUESTS_PATH, RequestFilter, RequestPage, RequestView};
use shared::status::Status;
use shared::ui::requests::list as words;

use crate::api;
use crate::components::button::Button;
use crate::components::pagination::Pagination;
use crate::components::radios::{Choice, Radios};
use crate::components::select::{OptionGroup, Select, section_group, topic_groups};
use crate::components::status_tag::StatusTag;
use crate::components::table::{Column, Table};
use crate::components::text_input::TextInput;
use crate::lang;
use crate::pages::account::FormState;
use crate::router::navigate;
use shared::pages::{Page, filter_query, with_query};

const FILTER_FIELDS: &[&str] = &["q", "status", "category", "from", "to"];

fn columns() -> Vec<Column<RequestView>> {
    vec![
        Column {
            heading: words::NUMBER,
            numeric: false,
            cell: |r| {
                let href = Page::Request {
                    number: r.number.clone(),
                }
                .href();
                view! { <a href=href>{r.number.clone()}</a> }.into_any()
            },
            order: None,
        },
        Column {
            heading: words::DATE,
            numeric: true,
            cell: |r| format_date(in_moscow(r.created_at).date()).into_any(),
            order: None,
        },
        Column {
            heading: words::SUBJECT,
            numeric: false,
            cell: |r| {
                let topic = find(&r.category)
                    .map(|(_, sub)| sub.name.get(lang()))
                    .unwrap_or_default();
                view! { {r.subject.clone()} <br /> <span class="hint">{topic}</span> }.into_any()
            },
            order: None,
        },
        Column {
            heading: shared::ui::requests::detail::STATUS,
            numeric: false,
            cell: |r| view! { <StatusTag status=r.status /> }.into_any(),
            order: None,
        },
        Column {
            heading: words::DUE,
            numeric: false,
            cell: |r| match super::detail::due_view(r.status, r.due) {
                Some(due) => due.into_any(),
                None => "—".into_any(),
            },
            order: None,
        },
    ]
}

/// The list.
#[component]
pub fn MyRequestsPage(
    /// What to show.
    filter: RequestFilter,
) -> impl IntoView {
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
    let from = RwSignal::new(filter.from.clone());
    let to = RwSignal::new(filter.to.clone());
    let order = RwSignal::new(
        if filter.order == ListOrder::ByStatus {
            "by_status"
        } else {
            "newest"
        }
        .to_owned(),
    );
    let found = RwSignal::new(None::<RequestPage>);
    // The filter is judged by the server with `shared`'s rule; its problems show like a form's.
    let filtered = filter != RequestFilter::default();
    if !form.passes(filter.check().map(|_| ())) {
        found.set(Some(RequestPage {
            items: Vec::new(),
            total: 0,
            page: 1,
            pages: 1,
        }));
    } else {
        let path = with_query(REQUESTS_PATH, &filter_query(&filter));
        leptos::task::spawn_local(async move {
            // The filter passed the same rule the server applies, so only a fault can stop it.
            if let Ok(page) = api::get::<RequestPage>(&path).await {
                found.set(Some(page));
            }
        });
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        navigate(&Page::MyRequests {
            filter: RequestFilter {
                status: Status::from_code(&status.get_untracked()),
                category: category.get_untracked(),
                from: from.get_untracked(),
                to: to.get_untracked(),
                q: q.get_untracked(),
                order: if order.get_untracked() == "by_status" {
                    ListOrder::ByStatus
                } else {
                    ListOrder::Newest
                },
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
    let mut topics = vec![section_group(words::CATEGORY)];
    topics.extend(topic_groups());
    let orders = vec![
        Choice {
            value: "newest",
            label: words::ORDER_NEWEST,
            hint: None,
        },
        Choice {
            value: "by_status",
            label: words::ORDER_STATUS,
            hint: None,
        },
    ];
    let page_filter = filter.clone();
    let href = Callback::new(move |page: u32| {
        Page::MyRequests {
            filter: RequestFilter {
                page,
                ..page_filter.clone()
            },
        }
        .href()
    });
    view! {
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="body">
            <a class="button" href=Page::new_request().href()>{words::NEW.get(lang())}</a>
        </p>
        <details class="details" open=filtered>
            <summary class="details__summary"><span class="details__summary-text">{words::FILTER.get(lang())}</span></summary>
            <div class="details__text">
                <form novalidate on:submit=on_submit>
                    <TextInput name="q" label=words::SEARCH value=q error=form.error("q") />
                    <Select name="status" label=words::STATUS placeholder=words::ANY groups=statuses value=status error=form.error("status") />
                    <Select name="category" label=words::CATEGORY placeholder=words::ANY groups=topics value=category error=form.error("category") />
                    <TextInput name="from" label=words::FROM hint=words::DATE_HINT inputmode="numeric" value=from error=form.error("from") />
                    <TextInput name="to" label=words::TO hint=words::DATE_HINT inputmode="numeric" value=to error=form.error("to") />
                    <Radios name="order" legend=words::ORDER choices=orders value=order error=form.error("order") inline=true />
                    <div class="button-group">
                        <Button label=words::APPLY submit=true />
                        <a class="link" href=Page::MyRequests { filter: RequestFilter::default() }.href()>{words::CLEAR.get(lang())}</a>
                    </div>
                </form>
            </div>
        </details>
        <p class="body" aria-live="polite">
            {move || found.with(|page| page.as_ref().map(|page| format!("{} {}", words::FOUND.get(lang()), page.total)))}
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
