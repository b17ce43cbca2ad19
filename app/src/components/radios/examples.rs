//! Gallery examples of radios.

use leptos::prelude::*;
use shared::ui::gallery::examples::radios::*;
use shared::ui::gallery::states;

use super::{Choice, Radios};
use crate::components::error_summary::ShownError;

crate::examples![empty: states::EMPTY, with_hints: states::WITH_HINT, error: states::ERROR, inline: INLINE];

/// How the answer should come: the reply channels of a request.
fn channels() -> Vec<Choice> {
    vec![
        Choice {
            value: "email",
            label: BY_EMAIL,
            hint: None,
        },
        Choice {
            value: "account",
            label: IN_ACCOUNT,
            hint: None,
        },
        Choice {
            value: "post",
            label: BY_POST,
            hint: None,
        },
    ]
}

/// Nothing chosen yet.
pub fn empty() -> AnyView {
    let value = RwSignal::new(String::new());
    view! {
        <Radios name="reply-channel" legend=QUESTION choices=channels() value=value error=Signal::stored(None) />
    }
    .into_any()
}

/// Options with hints of their own, one chosen.
pub fn with_hints() -> AnyView {
    let value = RwSignal::new("account".to_owned());
    let choices = vec![
        Choice {
            value: "email",
            label: BY_EMAIL,
            hint: Some(BY_EMAIL_HINT),
        },
        Choice {
            value: "account",
            label: IN_ACCOUNT,
            hint: Some(IN_ACCOUNT_HINT),
        },
    ];
    view! {
        <Radios
            name="reply-channel-hints"
            legend=QUESTION
            hint=QUESTION_HINT
            choices=choices
            value=value
            error=Signal::stored(None)
        />
    }
    .into_any()
}

/// Nothing chosen on submit: the rule's message under the legend.
pub fn error() -> AnyView {
    let value = RwSignal::new(String::new());
    let error = ShownError::new("reply-channel-error", shared::codes::REPLY_CHANNEL_REQUIRED);
    view! {
        <Radios
            name="reply-channel-error"
            legend=QUESTION
            choices=channels()
            value=value
            error=Signal::stored(Some(error))
        />
    }
    .into_any()
}

/// Two short options side by side.
pub fn inline() -> AnyView {
    let value = RwSignal::new(String::new());
    let choices = vec![
        Choice {
            value: "yes",
            label: YES,
            hint: None,
        },
        Choice {
            value: "no",
            label: NO,
            hint: None,
        },
    ];
    view! {
        <Radios name="solved" legend=SOLVED choices=choices value=value error=Signal::stored(None) inline=true />
    }
    .into_any()
}
