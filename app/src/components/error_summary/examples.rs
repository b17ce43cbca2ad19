//! Gallery examples of the error summary.

use leptos::prelude::*;
use shared::forms::FormErrors;
use shared::identifiers;
use shared::text::FEEDBACK_MESSAGE;
use shared::ui::feedback as words;
use shared::ui::gallery::examples::error_summary::*;
use shared::ui::gallery::states;

use super::{ErrorSummary, ShownError, error_of, focus_after_render, from_form};
use crate::components::button::Button;
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;

crate::examples![form: FORM, many_errors: states::LONG_TEXT];

/// A form checked by `shared`'s rules on submit: the summary takes focus, its links lead to the
/// fields. Submit it empty.
pub fn form() -> AnyView {
    let email = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<ShownError>::new());
    let summary = NodeRef::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut problems = FormErrors::new();
        problems.take("summary-email", identifiers::email(&email.get_untracked()));
        problems.take(
            "summary-message",
            FEEDBACK_MESSAGE.check(&message.get_untracked()),
        );
        errors.set(from_form(&problems, &["summary-email", "summary-message"]));
        if !problems.is_empty() {
            focus_after_render(summary);
        }
    };
    let errors = Signal::from(errors);
    view! {
        <ErrorSummary errors=errors node_ref=summary />
        <form novalidate on:submit=on_submit>
            <TextInput
                name="summary-email"
                label=words::EMAIL
                input_type="email"
                value=email
                error=error_of(errors, "summary-email")
            />
            <TextArea
                name="summary-message"
                label=words::MESSAGE
                value=message
                error=error_of(errors, "summary-message")
            />
            <Button label=words::SEND submit=true />
        </form>
    }
    .into_any()
}

/// Every kind of identifier wrong at once: long messages wrap, order follows the form.
pub fn many_errors() -> AnyView {
    let errors = vec![
        ShownError::new("snils", identifiers::snils("123").err().unwrap_or_default()),
        ShownError::new(
            "inn",
            identifiers::inn("500100732250").err().unwrap_or_default(),
        ),
        ShownError::new(
            "passport",
            identifiers::passport("45 0").err().unwrap_or_default(),
        ),
        ShownError::new("phone", identifiers::phone("12").err().unwrap_or_default()),
    ];
    view! { <ErrorSummary errors=Signal::stored(errors) node_ref=NodeRef::new() /> }.into_any()
}
