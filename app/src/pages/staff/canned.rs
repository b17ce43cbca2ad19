//! «Шаблоны ответов»: an administrator keeps the canned replies operators insert into their
//! answers. One form on the page adds a reply or, after «Изменить», changes the chosen one, so
//! the page never holds two fields of the same name; «Удалить» asks once more in the row.

use leptos::either::Either;
use leptos::prelude::*;
use shared::categories::SECTIONS;
use shared::console::{ADMIN_CANNED_REPLIES_PATH, CannedReply, admin_canned_reply_path};
use shared::forms::canned_reply::{CannedReplyForm, FIELDS};
use shared::forms::{Form, FormErrors};
use shared::lang::Text;
use shared::ui::account::canned_replies as words;

use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::components::radios::{Choice, Radios};
use crate::components::table::{Column, Table};
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::{focus_later, lang, now, set_title};

/// How many characters of a reply's text the list shows.
const SHOWN_CHARS: usize = 120;

/// The element id of the form's heading, where focus goes when a change starts.
const FORM_HEADING: &str = "canned-form";

/// The page: the list and the form (administrators only, `shared::pages`).
#[component]
pub fn CannedRepliesPage() -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    view! { <CannedReplies /> }
}

/// What the page holds. The table's cells are plain functions, so the row buttons find it in the
/// reactive context.
#[derive(Clone, Copy)]
struct Replies {
    list: RwSignal<Option<Vec<CannedReply>>>,
    failed: RwSignal<Option<String>>,
    title: RwSignal<String>,
    text: RwSignal<String>,
    section: RwSignal<String>,
    /// The reply the form changes; `None` while it adds one.
    editing: RwSignal<Option<i64>>,
    /// The reply whose deletion waits for the second press.
    confirming: RwSignal<Option<i64>>,
    /// The success banner's heading.
    done: RwSignal<Option<Text>>,
    form: FormState,
    removal: FormState,
}

impl Replies {
    /// Asks for the list again (after every change, so it shows the server's order).
    fn load(self) {
        leptos::task::spawn_local(async move {
            match api::get::<Vec<CannedReply>>(ADMIN_CANNED_REPLIES_PATH).await {
                Ok(list) => {
                    self.failed.set(None);
                    self.list.set(Some(list));
                }
                Err(error) => self.failed.set(Some(error.words())),
            }
        });
    }

    /// Puts the answers in the form.
    fn fill(self, title: String, text: String, section: String) {
        self.title.set(title);
        self.text.set(text);
        self.section.set(section);
    }

    /// Back to adding, with an empty form.
    fn reset(self) {
        self.fill(String::new(), String::new(), String::new());
        self.editing.set(None);
    }

    /// Puts `reply` in the form and takes the keyboard there.
    fn edit(self, reply: &CannedReply) {
        self.fill(
            reply.title.clone(),
            reply.text.clone(),
            reply.section.clone(),
        );
        self.editing.set(Some(reply.id));
        self.confirming.set(None);
        self.done.set(None);
        // The previous submission's errors were about other answers: an empty verdict clears them.
        self.form.passes(Err(FormErrors::new()));
        focus_later(FORM_HEADING.to_owned());
    }

    /// Leaves the change unsaved and returns to the row it started from.
    fn cancel(self) {
        if let Some(id) = self.editing.get_untracked() {
            focus_later(format!("canned-edit-{id}"));
        }
        self.reset();
    }

    /// Judges the form in the browser, then adds the reply or saves the change.
    fn submit(self) {
        let request = CannedReplyForm {
            title: self.title.get_untracked(),
            text: self.text.get_untracked(),
            section: self.section.get_untracked(),
        };
        if !self.form.passes(request.check(now())) {
            return;
        }
        self.done.set(None);
        let editing = self.editing.get_untracked();
        self.form.send(
            async move {
                match editing {
                    Some(id) => api::put(&admin_canned_reply_path(id), &request).await,
                    None => api::post(ADMIN_CANNED_REPLIES_PATH, &request).await,
                }
            },
            move |_: CannedReply| {
                self.reset();
                self.done
                    .set(Some(editing.map_or(words::ADDED, |_| words::CHANGED)));
                self.load();
            },
        );
    }

    /// The first press of «Удалить»: the row asks.
    fn ask(self, id: i64) {
        self.done.set(None);
        self.confirming.set(Some(id));
        focus_later(format!("canned-confirm-{id}"));
    }

    /// «Не удалять»: the row's buttons again, with the keyboard on «Удалить».
    fn keep(self, id: i64) {
        self.confirming.set(None);
        focus_later(format!("canned-delete-{id}"));
    }

    /// «Да, удалить».
    fn remove(self, id: i64) {
        self.removal.send(
            async move { api::delete(&admin_canned_reply_path(id)).await },
            move |()| {
                self.confirming.set(None);
                if self.editing.get_untracked() == Some(id) {
                    self.reset();
                }
                self.done.set(Some(words::DELETED));
                self.load();
            },
        );
    }
}

/// The name of a reply's section, or «Все разделы».
fn section_name(code: &str) -> String {
    if code.is_empty() {
        return words::ALL_SECTIONS.get(lang()).to_owned();
    }
    shared::categories::section(code)
        .map_or_else(|| code.to_owned(), |s| s.name.get(lang()).to_owned())
}

/// The start of a long text, ending with «…».
fn shortened(text: &str) -> String {
    let mut chars = text.chars();
    let start: String = chars.by_ref().take(SHOWN_CHARS).collect();
    if chars.next().is_some() {
        format!("{}…", start.trim_end())
    } else {
        start
    }
}

/// «Изменить» and «Удалить» of a row, or the question after «Удалить».
fn actions_cell(reply: &CannedReply) -> AnyView {
    let Some(page) = use_context::<Replies>() else {
        return ().into_any();
    };
    let reply = reply.clone();
    let id = reply.id;
    (move || {
        let title = format!(" «{}»", reply.title);
        if page.confirming.get() == Some(id) {
            Either::Left(view! {
                <p class="body" id=format!("canned-confirm-{id}") tabindex="-1">
                    {words::DELETE_QUESTION.get(lang())} {title} "? " {words::DELETE_WARNING.get(lang())}
                </p>
                <div class="button-group">
                    <Button label=words::DELETE_YES kind=ButtonKind::Warning busy=page.removal.busy on_click=Callback::new(move |()| page.remove(id)) />
                    <Button label=words::KEEP kind=ButtonKind::Secondary on_click=Callback::new(move |()| page.keep(id)) />
                </div>
            })
        } else {
            let reply = reply.clone();
            Either::Right(view! {
                <div class="button-group">
                    <button type="button" class="button button--link" id=format!("canned-edit-{id}") on:click=move |_| page.edit(&reply)>
                        {words::CHANGE.get(lang())}
                        <span class="visually-hidden">{title.clone()}</span>
                    </button>
                    <button type="button" class="button button--link" id=format!("canned-delete-{id}") on:click=move |_| page.ask(id)>
                        {words::DELETE.get(lang())}
                        <span class="visually-hidden">{title}</span>
                    </button>
                </div>
            })
        }
    })
    .into_any()
}

/// The columns of the list.
fn columns() -> Vec<Column<CannedReply>> {
    vec![
        Column {
            heading: words::NAME,
            numeric: false,
            cell: |r: &CannedReply| r.title.clone().into_any(),
            order: Some(|a: &CannedReply, b: &CannedReply| a.title.cmp(&b.title)),
        },
        Column {
            heading: words::SECTION,
            numeric: false,
            cell: |r: &CannedReply| section_name(&r.section).into_any(),
            order: None,
        },
        Column {
            heading: words::TEXT,
            numeric: false,
            cell: |r: &CannedReply| shortened(&r.text).into_any(),
            order: None,
        },
        Column {
            heading: words::ACTIONS,
            numeric: false,
            cell: actions_cell,
            order: None,
        },
    ]
}

/// The list, its row actions and the form, for administrators.
#[component]
fn CannedReplies() -> impl IntoView {
    let page = Replies {
        list: RwSignal::new(None),
        failed: RwSignal::new(None),
        title: RwSignal::new(String::new()),
        text: RwSignal::new(String::new()),
        section: RwSignal::new(String::new()),
        editing: RwSignal::new(None),
        confirming: RwSignal::new(None),
        done: RwSignal::new(None),
        form: FormState::new(FIELDS),
        removal: FormState::new(&[]),
    };
    provide_context(page);
    page.load();
    let form = page.form;
    let editing = page.editing;
    form.keep_title(words::TITLE);
    let sections = std::iter::once(Choice {
        value: "",
        label: words::ALL_SECTIONS,
        hint: None,
    })
    .chain(SECTIONS.iter().map(|section| Choice {
        value: section.code,
        label: section.name,
        hint: None,
    }))
    .collect::<Vec<_>>();
    view! {
        {move || page.done.get().map(|heading| view! {
            <NotificationBanner kind=BannerKind::Success heading=heading focus=true><span></span></NotificationBanner>
        })}
        {move || page.failed.get().map(|why| view! {
            <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_LOADED>
                <p class="body">{why}</p>
            </NotificationBanner>
        })}
        {page.removal.top()}
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="lead">{words::LEAD.get(lang())}</p>
        <h2 class="heading-m">{words::LIST.get(lang())}</h2>
        {move || page.list.get().map(|rows| view! {
            <Table caption=words::LIST columns=columns() rows=rows empty=words::EMPTY />
        })}
        <h2 class="heading-m" id=FORM_HEADING tabindex="-1">
            {move || if editing.get().is_some() { words::EDITING } else { words::NEW }.get(lang())}
        </h2>
        <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            page.submit();
        }>
            <TextInput name="title" label=words::NAME hint=words::NAME_HINT value=page.title error=form.error("title") autocomplete="off" />
            <TextArea name="text" label=words::TEXT value=page.text error=form.error("text") rule=shared::text::REPLY_TEXT />
            <Radios name="section" legend=words::SECTION hint=words::SECTION_HINT choices=sections value=page.section error=form.error("section") />
            {move || if editing.get().is_some() {
                Either::Left(view! {
                    <div class="button-group">
                        <Button label=words::SAVE submit=true busy=form.busy />
                        <Button label=words::CANCEL kind=ButtonKind::Secondary on_click=Callback::new(move |()| page.cancel()) />
                    </div>
                })
            } else {
                Either::Right(view! { <Button label=words::ADD submit=true busy=form.busy /> })
            }}
        </form>
    }
}
