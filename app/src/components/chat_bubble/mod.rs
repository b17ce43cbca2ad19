//! Chat bubbles: one message of the operator chat — who wrote it, when (Moscow time, with a
//! machine-readable `<time>`), the text with its line breaks kept and long words wrapped; the
//! citizen's own messages on the right, read as «Вы», with their delivery state («Отправлено»,
//! «Доставлено», or «Не отправлено» with a button to send it again). After «Отправить ещё раз»
//! focus moves to the message's new state, so it is not lost with the button.
//!
//! A chat log is a list of bubbles, each an `<li>`, so a screen reader can count and skip them,
//! inside a `log` region, which reads new messages politely as they arrive. With no messages it
//! says what to do instead.
//!
//! # Manual checks
//! - Each message is read as author, time, text; own messages are read as «Вы».
//! - A new message from the operator is read once, without moving focus.
//! - A failed message says so in words, and «Отправить ещё раз» is a real button; after pressing
//!   it focus stays on the message.
//! - Long links and words wrap inside the bubble at 320 px; line breaks in a message are kept.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::dates::{format_time, machine_time};
use shared::ui::overlays::chat_bubble as words;
use time::OffsetDateTime;

use crate::lang;

/// Where one's own message is on its way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Left the browser.
    Sent,
    /// Reached the operator.
    Delivered,
    /// The operator has read it.
    Read,
    /// Did not leave: can be sent again.
    Failed,
}

/// One message.
#[component]
pub fn ChatBubble(
    /// Who wrote it; `None` for one's own («Вы»).
    #[prop(optional)]
    author: Option<String>,
    /// When it was written.
    at: OffsetDateTime,
    /// The text; line breaks are kept.
    text: String,
    /// For one's own messages: where the message is.
    #[prop(optional, into)]
    delivery: MaybeProp<Delivery>,
    /// Sends a failed message again.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
    /// What goes with the message, under its text (its files).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let own = author.is_none();
    let author = author.unwrap_or_else(|| words::YOU.get(lang()).to_owned());
    let state_ref = NodeRef::<leptos::html::P>::new();
    let retry = move || {
        if let Some(retry) = on_retry {
            retry.run(());
            // The button goes with the failed state: keep focus on the message's new state.
            request_animation_frame(move || {
                if let Some(state) = state_ref.get_untracked() {
                    let _ = state.focus();
                }
            });
        }
    };
    let state = move || {
        delivery.get().map(|delivery| {
            let text = match delivery {
                Delivery::Sent => words::SENT,
                Delivery::Delivered => words::DELIVERED,
                Delivery::Read => words::READ,
                Delivery::Failed => words::FAILED,
            };
            let failed = delivery == Delivery::Failed;
            let button = (failed && on_retry.is_some()).then(|| {
                view! {
                    <button type="button" class="chat-bubble__retry" on:click=move |_| retry()>
                        {words::RETRY.get(lang())}
                    </button>
                }
            });
            view! {
                <p
                    class="chat-bubble__state"
                    class:chat-bubble__state--failed=failed
                    tabindex="-1"
                    node_ref=state_ref
                >
                    <span class="chat-bubble__state-text">{text.get(lang())}</span>
                    {button}
                </p>
            }
        })
    };
    view! {
        <li class="chat-bubble" class:chat-bubble--own=own>
            <p class="chat-bubble__meta">
                <span class="chat-bubble__author">{author}</span>
                " · "
                <time datetime=machine_time(at)>{format_time(at)}</time>
            </p>
            <p class="chat-bubble__text">{text}</p>
            {children.map(|attached| attached())}
            {state}
        </li>
    }
}

/// The conversation: a `log` region around the list of messages.
#[component]
pub fn ChatLog(
    /// No messages yet: says so instead of an empty list.
    #[prop(optional, into)]
    empty: Signal<bool>,
    /// The bubbles.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="chat-log" role="log" aria-label=words::LOG.get(lang())>
            {move || empty.get().then(|| view! {
                <p class="body chat-log__empty">{words::EMPTY.get(lang())}</p>
            })}
            <ol class="chat-log__list">{children.map(|bubbles| bubbles())}</ol>
        </div>
    }
}
