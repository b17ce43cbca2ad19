//! «Обратные звонки» of the console: the call-backs of the operator's sections — those to make, in
//! the order of their windows, or the finished ones (`?finished=true`, as the API takes it). On an
//! open one the operator sets the time of the call (judged in the browser by
//! `shared::forms::callback::ScheduledCall::moment`, the server's own rule) or records how it
//! went. One form is open on the page at a time, so no two fields share a name; a call-back that
//! changed meanwhile (409) reloads the list and says so.

use leptos::either::Either;
use leptos::prelude::*;
use shared::callbacks::{
    CONSOLE_CALLBACKS_PATH, CallAction, CallbackQueue, OperatorCallback, console_callback_path,
};
use shared::forms::Form;
use shared::forms::callback::{CallRecord, ScheduledCall, window};
use shared::lang::Text;
use shared::ui::callbacks::{console as words, list as citizen_words};

use crate::api;
use crate::components::button::{Button, ButtonKind};
use crate::components::notification_banner::BannerKind;
use crate::components::summary_list::SummaryList;
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::pages::callbacks::{Banner, banner, row, rows, state_tag, when};
use crate::{focus_later, lang, now};
use shared::pages::{Page, with_query};

/// The page: the call-backs (operators only, `shared::pages`).
#[component]
pub fn ConsoleCallbacksPage(
    /// The finished ones instead of those to make.
    finished: bool,
) -> impl IntoView {
    view! { <Calls finished=finished /> }
}

/// The form open on the page: which call-back, which action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Working {
    id: i64,
    action: CallAction,
}

/// What the page holds; the items' buttons and forms find it in the reactive context.
#[derive(Clone, Copy)]
struct Desk {
    list: RwSignal<Option<Vec<OperatorCallback>>>,
    working: RwSignal<Option<Working>>,
    time: RwSignal<String>,
    note: RwSignal<String>,
    form: FormState,
    banner: RwSignal<Option<Banner>>,
    path: StoredValue<String>,
}

/// The element id of an action's button on call-back `id`, where focus returns.
fn button_id(id: i64, action: CallAction) -> String {
    format!("callback-{id}-{}", action.code())
}

impl Desk {
    /// Asks for the list again.
    async fn load(self) {
        match api::get::<CallbackQueue>(&self.path.get_value()).await {
            Ok(queue) => self.list.set(Some(queue.items)),
            Err(error) => self.banner.set(Some((
                BannerKind::Warning,
                shared::ui::faults::NOT_LOADED,
                Some(error.words()),
            ))),
        }
    }

    /// Opens the form of `action` on call-back `id`, empty, with the keyboard in its field.
    fn open(self, id: i64, action: CallAction) {
        self.time.set(String::new());
        self.note.set(String::new());
        self.banner.set(None);
        // The previous form's errors were about another answer.
        self.form.clear();
        self.working.set(Some(Working { id, action }));
        let field = if action == CallAction::Schedule {
            "time"
        } else {
            "note"
        };
        focus_later(field.to_owned());
    }

    /// Leaves the form unsent and returns to the button it started from.
    fn close(self) {
        if let Some(Working { id, action }) = self.working.get_untracked() {
            focus_later(button_id(id, action));
        }
        self.form.clear();
        self.working.set(None);
    }

    /// Judges the open form with `shared`'s rule for it and, when it passes, sends it; after,
    /// the list anew with a banner that takes focus.
    fn submit(self, item: &OperatorCallback) {
        let Some(Working { id, action }) = self.working.get_untracked() else {
            return;
        };
        let path = console_callback_path(id, action);
        let done = move |()| {
            self.working.set(None);
            let heading = match action {
                CallAction::Schedule => words::DONE_SCHEDULE,
                CallAction::Done => words::DONE_DONE,
                _ => words::DONE_NOT_REACHED,
            };
            self.banner.set(Some((BannerKind::Success, heading, None)));
            leptos::task::spawn_local(self.load());
        };
        // Cancelled by the citizen or recorded by a colleague meanwhile.
        let changed = move |_| {
            self.working.set(None);
            self.banner.set(Some((
                BannerKind::Warning,
                words::CHANGED,
                Some(words::CHANGED_TEXT.get(lang()).to_owned()),
            )));
            leptos::task::spawn_local(self.load());
        };
        if action == CallAction::Schedule {
            let call = ScheduledCall {
                time: self.time.get_untracked(),
            };
            let verdict = call
                .moment(&item.callback.day, &item.callback.window, now())
                .map(|_| ());
            if self.form.passes(verdict) {
                self.form.send_or(
                    async move { api::post::<_, ()>(&path, &call).await },
                    done,
                    changed,
                );
            }
        } else {
            let record = CallRecord {
                note: self.note.get_untracked(),
            };
            if self.form.passes(record.check(now())) {
                self.form.send_or(
                    async move { api::post::<_, ()>(&path, &record).await },
                    done,
                    changed,
                );
            }
        }
    }
}

#[component]
fn Calls(finished: bool) -> impl IntoView {
    let desk = Desk {
        list: RwSignal::new(None),
        working: RwSignal::new(None),
        time: RwSignal::new(String::new()),
        note: RwSignal::new(String::new()),
        form: FormState::new(&["time", "note"]),
        banner: RwSignal::new(None),
        path: StoredValue::new(with_query(
            CONSOLE_CALLBACKS_PATH,
            &[("finished", if finished { "true" } else { "" }.to_owned())],
        )),
    };
    provide_context(desk);
    let form = desk.form;
    form.keep_title(words::TITLE);
    leptos::task::spawn_local(desk.load());
    let tab = move |on: bool, label: Text| {
        let href = Page::ConsoleCallbacks { finished: on }.href();
        let current = (on == finished).then_some("page");
        view! {
            <li class="list__item">
                <a href=href aria-current=current>
                    {if current.is_some() {
                        Either::Left(view! { <strong>{label.get(lang())}</strong> })
                    } else {
                        Either::Right(label.get(lang()))
                    }}
                </a>
            </li>
        }
    };
    let empty = if finished {
        words::EMPTY_FINISHED
    } else {
        words::EMPTY
    };
    view! {
        {banner(desk.banner)}
        {form.top()}
        <p class="body">
            <a class="back-link" href=Page::Queue { filter: Default::default() }.href()>{shared::ui::console::queue::TITLE.get(lang())}</a>
        </p>
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <nav aria-label=words::TABS.get(lang())>
            <ul class="list">
                {tab(false, words::UPCOMING)}
                {tab(true, words::FINISHED)}
            </ul>
        </nav>
        // The region stays in the page while its words change, so that each new count is read.
        <p class="body" aria-live="polite">
            {move || desk.list.with(|list| list.as_ref().map(|items| format!("{} {}", words::FOUND.get(lang()), items.len())))}
        </p>
        {move || desk.list.get().map(|items| view! {
            {if items.is_empty() {
                Either::Left(view! { <p class="body">{empty.get(lang())}</p> })
            } else {
                Either::Right(view! {
                    <ul class="list">
                        {items.into_iter().map(|item| view! { <Item item=item /> }).collect_view()}
                    </ul>
                })
            }}
        })}
    }
}

/// One call-back: who, the number to call, what and when, its state; on an open one the
/// actions, and the form of the one chosen.
#[component]
fn Item(item: OperatorCallback) -> impl IntoView {
    let Some(desk) = use_context::<Desk>() else {
        return Either::Left(());
    };
    let callback = &item.callback;
    let id = callback.id;
    let mut details = rows(callback);
    if let Some(operator) = item.operator.clone() {
        details.push(row(words::OPERATOR, operator));
    }
    if !callback.note.is_empty() {
        details.push(row(words::NOTE, callback.note.clone()));
    }
    let actions = CallAction::OPERATOR
        .into_iter()
        .filter(|action| action.from(callback.state, item.late).is_some())
        .collect::<Vec<_>>();
    let which = format!(
        " {} {}, {}",
        words::FOR.get(lang()),
        item.citizen,
        when(&callback.day, &callback.window)
    );
    let buttons = actions
        .into_iter()
        .map(|action| {
            let which = which.clone();
            view! {
                <button
                    type="button"
                    class=if action == CallAction::Schedule { "button" } else { "button button--secondary" }
                    id=button_id(id, action)
                    on:click=move |_| desk.open(id, action)
                >
                    {action.name().get(lang())}
                    <span class="visually-hidden">{which}</span>
                </button>
            }
        })
        .collect_view();
    let open = callback.state.is_open();
    let tel = format!("tel:{}", callback.phone);
    let item = StoredValue::new(item.clone());
    let window = window(&item.with_value(|item| item.callback.window.clone()));
    Either::Right(view! {
        <li class="list__item">
            <h2 class="heading-m">{item.with_value(|item| item.citizen.clone())}</h2>
            <p class="body">
                {state_tag(item.with_value(|item| item.callback.state))}
                {item.with_value(|item| item.late).then(|| view! { " " <strong class="tag tag--red">{words::LATE.get(lang())}</strong> })}
            </p>
            <p class="body">
                {citizen_words::PHONE.get(lang())} ": "
                <a href=tel>{item.with_value(|item| item.callback.phone.clone())}</a>
            </p>
            <SummaryList rows=details />
            {open.then(|| view! { <div class="button-group">{buttons}</div> })}
            {move || desk.working.get().filter(|working| working.id == id).map(|working| {
                let on_submit = move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    item.with_value(|item| desk.submit(item));
                };
                let field = if working.action == CallAction::Schedule {
                    let hint = window.map_or_else(|| words::TIME_HINT.into(), words::time_hint);
                    Either::Left(view! {
                        <TextInput name="time" label=words::TIME hint=hint inputmode="decimal" autocomplete="off" width="input--width-5" value=desk.time error=desk.form.error("time") />
                    })
                } else {
                    Either::Right(view! {
                        <TextArea name="note" label=words::NOTE_LABEL hint=words::NOTE_HINT rule=shared::text::COMMENT rows=3 optional=true value=desk.note error=desk.form.error("note") />
                    })
                };
                view! {
                    <form novalidate on:submit=on_submit>
                        {field}
                        <div class="button-group">
                            <Button label=working.action.name() submit=true busy=desk.form.busy />
                            <Button label=words::CANCEL kind=ButtonKind::Secondary on_click=Callback::new(move |()| desk.close()) />
                        </div>
                    </form>
                }
            })}
        </li>
    })
}
