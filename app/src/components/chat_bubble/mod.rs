//! Chat bubbles: one message of the operator chat — who wrote it, when, the text with its line
//! breaks kept and long words wrapped; the citizen's own messages on the right with their
//! delivery state («Отправлено», «Доставлено», or «Не отправлено» with a button to send again).
//! A chat log is a list of bubbles, each an `<li>`, so a screen reader can count and skip them.
//!
//! # Manual checks
//! - Each message is read as author, time, text; own messages are read as «Вы».
//! - A failed message says so in words, and «Отправить ещё раз» is a real button.
//! - Long links and words wrap inside the bubble at 320 px.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::ui::components::chat_bubble as words;

use crate::lang;

/// Where one's own message is on its way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Left the browser.
    Sent,
    /// Reached the operator.
    Delivered,
    /// Did not leave: can be sent again.
    Failed,
}

/// One message.
#[component]
pub fn ChatBubble(
    /// Who wrote it; `None` for one's own («Вы»).
    #[prop(optional)]
    author: Option<String>,
    /// When, as shown («14:05»).
    time: String,
    /// The text; line breaks are kept.
    text: String,
    /// For one's own messages: where the message is.
    #[prop(optional)]
    delivery: Option<Delivery>,
    /// Sends a failed message again.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let own = author.is_none();
    let author = author.unwrap_or_else(|| words::YOU.get(lang()).to_owned());
    let state = delivery.map(|delivery| {
        let (class, text) = match delivery {
            Delivery::Sent => ("chat-bubble__state", words::SENT),
            Delivery::Delivered => ("chat-bubble__state", words::DELIVERED),
            Delivery::Failed => (
                "chat-bubble__state chat-bubble__state--failed",
                words::FAILED,
            ),
        };
        let retry = (delivery == Delivery::Failed)
            .then_some(on_retry)
            .flatten()
            .map(|retry| view! {
                <button type="button" class="chat-bubble__retry" on:click=move |_| retry.run(())>
                    {words::RETRY.get(lang())}
                </button>
            });
        view! {
            <p class=class>{text.get(lang())} {retry}</p>
        }
    });
    view! {
        <li class="chat-bubble" class:chat-bubble--own=own>
            <p class="chat-bubble__meta">
                <span class="chat-bubble__author">{author}</span>
                " · "
                <span>{time}</span>
            </p>
            <p class="chat-bubble__text">{text}</p>
            {state}
        </li>
    }
}

/// A list of messages.
#[component]
pub fn ChatLog<C: IntoView + 'static>(
    /// The bubbles.
    children: TypedChildren<C>,
) -> impl IntoView {
    view! { <ol class="chat-log">{children.into_inner()()}</ol> }
}
