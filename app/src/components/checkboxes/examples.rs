//! Gallery examples of checkboxes.

use leptos::prelude::*;
use shared::ui::gallery::examples::checkboxes::*;
use shared::ui::gallery::states;

use super::{Checkboxes, SingleCheckbox};
use crate::components::error_summary::ShownError;
use crate::components::radios::Choice;

crate::examples![several: states::FILLED, consent: CONSENT, consent_error: states::ERROR];

/// Several answers, two ticked.
pub fn several() -> AnyView {
    let value = RwSignal::new(vec!["email".to_owned(), "sms".to_owned()]);
    let choices = vec![
        Choice {
            value: "email",
            label: BY_EMAIL,
            hint: None,
        },
        Choice {
            value: "sms",
            label: BY_SMS,
            hint: Some(BY_SMS_HINT),
        },
        Choice {
            value: "push",
            label: BY_PUSH,
            hint: None,
        },
    ];
    view! {
        <Checkboxes
            name="notify"
            legend=NOTIFY_QUESTION
            hint=NOTIFY_HINT
            choices=choices
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// A single consent.
pub fn consent() -> AnyView {
    let value = RwSignal::new(false);
    view! { <SingleCheckbox name="consent" label=CONSENT_TEXT value=value error=Signal::stored(None) /> }
        .into_any()
}

/// The consent not given on submit: the rule's message.
pub fn consent_error() -> AnyView {
    let value = RwSignal::new(false);
    let error = ShownError::new("consent-error", shared::codes::CONSENT_REQUIRED);
    view! {
        <SingleCheckbox name="consent-error" label=CONSENT_TEXT value=value error=Signal::stored(Some(error)) />
    }
    .into_any()
}
