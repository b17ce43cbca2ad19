//! «Новое обращение», first step: the topic, found by a search that narrows the list; a request
//! that follows from an earlier one starts from it.

use leptos::prelude::*;
use serde::Deserialize;
use shared::categories::{SECTIONS, Subcategory};
use shared::forms::support_request::SupportRequest;
use shared::requests::request_path;
use shared::ui::requests::new as words;

use super::draft;
use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::error_summary::{ShownError, field_id};
use crate::components::notification_banner::NotificationBanner;
use crate::components::radios::{Choice, ChoiceGroup, ChoiceItem, option_id};
use crate::components::text_input::TextInput;
use crate::lang;
use crate::pages::account::FormState;
use crate::router::navigate;
use shared::pages::Page;

/// What a new request takes from the earlier one it follows from: the part of
/// [`shared::requests::RequestDetail`] read here (the rest of the answer is skipped).
#[derive(Deserialize)]
struct Earlier {
    form: SupportRequest,
}

/// The topic page.
#[component]
pub fn TopicPage(
    /// An earlier request this one follows from, or empty.
    related: String,
    /// A question searched for in the knowledge base («Задать вопрос эксперту»), or empty: the
    /// subject to start with.
    question: String,
) -> impl IntoView {
    let form = FormState::new(&["category"]);
    crate::router::show_place_in_address();
    form.keep_title(words::TITLE);
    let restored = RwSignal::new(related.is_empty() && draft::kept().is_some());
    // The question starts a subject, never replaces one typed (coming back from the details
    // step to this address, say).
    if !question.is_empty() {
        let mut request = draft::load();
        if request.subject.trim().is_empty() {
            request.subject = question;
            draft::save(&request);
        }
    }
    let category = RwSignal::new(draft::load().category);
    // Following an earlier request starts a new draft from it; «Продолжить» waits for it.
    let loading = RwSignal::new(!related.is_empty());
    if !related.is_empty() {
        draft::clear();
        category.set(String::new());
        leptos::task::spawn_local(async move {
            let mut request = SupportRequest {
                related_number: related.clone(),
                ..SupportRequest::default()
            };
            if let Ok(earlier) = api::get::<Earlier>(&request_path(&related)).await {
                request.category = earlier.form.category;
                request.subject = earlier.form.subject;
                request.extra = earlier.form.extra;
            }
            if category.with_untracked(String::is_empty) {
                category.set(request.category.clone());
            }
            draft::save(&request);
            loading.set(false);
        });
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if loading.get_untracked() {
            return;
        }
        let mut request = draft::load();
        request.category = category.get_untracked();
        if form.passes(draft::problems(&request, |field| field == "category").into_result()) {
            draft::save(&request);
            navigate(&Page::RequestDetails);
        }
    };
    let start_again = move |()| {
        draft::clear();
        category.set(String::new());
        restored.set(false);
    };
    view! {
        {form.top()}
        {move || restored.get().then(|| view! {
            <NotificationBanner heading=words::DRAFT_RESTORED>
                <Button label=words::DRAFT_DISCARD kind=ButtonKind::Secondary on_click=Callback::new(start_again) />
            </NotificationBanner>
        })}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="lead">{words::LEAD.get(lang())}</p>
        <form novalidate on:submit=on_submit>
            <CategoryPicker value=category error=form.error("category") />
            <Button label=words::CONTINUE busy=loading submit=true />
        </form>
    }
}

/// Every subcategory whose name, or whose section's name, holds all the words of `query`.
fn matching(query: &str) -> Vec<(&'static str, Vec<&'static Subcategory>)> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let lang = lang();
    SECTIONS
        .iter()
        .map(|section| {
            let found = section
                .subcategories
                .iter()
                .filter(|sub| {
                    let names =
                        format!("{} {}", section.name.get(lang), sub.name.get(lang)).to_lowercase();
                    words.iter().all(|word| names.contains(word.as_str()))
                })
                .collect::<Vec<_>>();
            (section.name.get(lang), found)
        })
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

/// The topic: a search that narrows the list, and the topics as radios under their sections.
#[component]
fn CategoryPicker(value: RwSignal<String>, error: Signal<Option<ShownError>>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| matching(&query.get()));
    let count = move || found.with(|sections| sections.iter().map(|(_, s)| s.len()).sum::<usize>());
    let id = field_id("category");
    view! {
        <TextInput name="category_search" label=words::CATEGORY_SEARCH hint=words::CATEGORY_SEARCH_HINT value=query error=Signal::derive(|| None) />
        <p class="hint" aria-live="polite">
            {move || match count() {
                0 => words::CATEGORY_NONE.get(lang()).to_owned(),
                n => format!("{} {n}", words::CATEGORY_FOUND.get(lang())),
            }}
        </p>
        <ChoiceGroup id=id.clone() legend=words::CATEGORY hint=None error=error>
            {move || {
                let mut index = 0;
                found
                    .get()
                    .into_iter()
                    .map(|(section, subs)| {
                        let items = subs
                            .into_iter()
                            .map(|sub| {
                                let option = option_id(&id, index);
                                index += 1;
                                let code = sub.code;
                                view! {
                                    <ChoiceItem
                                        id=option
                                        name="category"
                                        input_type="radio"
                                        choice=Choice { value: code, label: sub.name, hint: None }
                                        checked=Signal::derive(move || value.with(|v| v == code))
                                        on_change=Callback::new(move |_| value.set(code.to_owned()))
                                    />
                                }
                            })
                            .collect_view();
                        view! {
                            <p class="choices__section">{section}</p>
                            <div class="choices">{items}</div>
                        }
                    })
                    .collect_view()
            }}
        </ChoiceGroup>
    }
}
