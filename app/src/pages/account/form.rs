//! What every account form does the same way: judge in the browser with `shared`, send, and show
//! the server's field problems in the error summary or its fault in a banner.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use shared::forms::FormErrors;
use shared::lang::Text;

use crate::api::SendError;
use crate::components::error_summary::{
    ErrorSummary, ShownError, error_of, focus_after_render, from_api, from_form,
};
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::{lang, set_title};

/// One form's errors, fault and busy state.
#[derive(Debug, Clone, Copy)]
pub struct FormState {
    errors: RwSignal<Vec<ShownError>>,
    fault: RwSignal<Option<String>>,
    /// True while the form is on its way.
    pub busy: RwSignal<bool>,
    summary: NodeRef<leptos::html::Div>,
    order: &'static [&'static str],
}

/// What a form does with the server's answer once it has come.
type AnswerUse = Box<dyn FnOnce()>;

impl FormState {
    /// A form whose fields are shown in `order`.
    pub fn new(order: &'static [&'static str]) -> FormState {
        FormState {
            errors: RwSignal::new(Vec::new()),
            fault: RwSignal::new(None),
            busy: RwSignal::new(false),
            summary: NodeRef::new(),
            order,
        }
    }

    /// The error of one field.
    pub fn error(self, field: &'static str) -> Signal<Option<ShownError>> {
        error_of(self.errors.into(), field)
    }

    /// Whether any error is shown (for the page title).
    pub fn has_errors(self) -> bool {
        self.errors.with(|all| !all.is_empty())
    }

    /// Clears the errors and the refusal, moving no focus: the form opened afresh.
    pub fn clear(self) {
        self.errors.set(Vec::new());
        self.fault.set(None);
    }

    /// Shows `words` above the form: it was refused as a whole.
    pub fn refuse(self, words: String) {
        self.fault.set(Some(words));
    }

    /// Keeps the document's title the page's `title`, marked as in error while the form shows
    /// errors. One effect for every form page, rather than a copy of it in each.
    pub fn keep_title(self, title: Text) {
        Effect::new(move |_| set_title(title.get(lang()), self.has_errors()));
    }

    /// Shows the browser's verdict; true when the form may be sent.
    pub fn passes(self, verdict: Result<(), FormErrors>) -> bool {
        match verdict {
            Ok(()) => true,
            Err(problems) => {
                self.show(from_form(&problems, self.order));
                false
            }
        }
    }

    fn show(self, shown: Vec<ShownError>) {
        self.errors.set(shown);
        focus_after_render(self.summary);
    }

    /// Sends `request` unless one is on its way; `done` gets the answer; problems are shown.
    pub fn send<R: 'static>(
        self,
        request: impl Future<Output = Result<R, SendError>> + 'static,
        done: impl FnOnce(R) + 'static,
    ) {
        self.send_or(request, done, move |words| self.refuse(words));
    }

    /// [`FormState::send`], with `conflict` taking a refusal because the thing changed meanwhile
    /// (409, with the server's words) instead of the fault banner.
    pub fn send_or<R: 'static>(
        self,
        request: impl Future<Output = Result<R, SendError>> + 'static,
        done: impl FnOnce(R) + 'static,
        conflict: impl FnOnce(String) + 'static,
    ) {
        // Only the request and what its answer does differ from form to form: the sending is
        // one function for all of them instead of a copy in each form's code.
        let answered = async move {
            let answer = request.await?;
            Ok(Box::new(move || done(answer)) as AnswerUse)
        };
        self.send_boxed(Box::pin(answered), Box::new(conflict));
    }

    fn send_boxed(
        self,
        answered: Pin<Box<dyn Future<Output = Result<AnswerUse, SendError>>>>,
        conflict: Box<dyn FnOnce(String)>,
    ) {
        if self.busy.get_untracked() {
            return;
        }
        self.errors.set(Vec::new());
        self.fault.set(None);
        self.busy.set(true);
        leptos::task::spawn_local(async move {
            let result = answered.await;
            self.busy.set(false);
            match result {
                Ok(done) => done(),
                Err(SendError::Invalid(fields)) => self.show(from_api(&fields, self.order)),
                Err(SendError::Conflict(words)) => conflict(words),
                Err(error) => self.fault.set(Some(error.words())),
            }
        });
    }

    /// The error summary and the fault banner, to put above the page's heading.
    pub fn top(self) -> impl IntoView {
        let fault = self.fault;
        view! {
            <ErrorSummary errors=self.errors.into() node_ref=self.summary />
            {move || fault.get().map(|words| view! {
                <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_SENT>
                    <p class="body">{words}</p>
                </NotificationBanner>
            })}
        }
    }
}
