//! The password input with a «Показать» / «Скрыть» button, so people can check what they typed.
//! The button names what it controls (visually hidden «пароль»), points at the input with
//! `aria-controls`, and the change is announced politely («Пароль показан»). The input keeps
//! `autocomplete` (`current-password` or `new-password`) so password managers work; spellcheck
//! and autocapitalise are off.
//!
//! # Manual checks
//! - The button is reachable with Tab right after the input and works with Enter and Space.
//! - After pressing it a screen reader says «Пароль показан» or «Пароль скрыт».
//! - A password manager fills the field and offers to save a new password.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::components::password_input as words;

use super::error_summary::{ShownError, field_id};
use super::field::{FieldFrame, FieldState};
use crate::lang;

/// A password field.
#[component]
pub fn PasswordInput(
    /// Field name in the error map.
    name: &'static str,
    /// Visible label.
    label: Text,
    /// One short sentence under the label (the rules of a new password).
    #[prop(optional)]
    hint: Option<Text>,
    /// The password.
    value: RwSignal<String>,
    /// The field's error.
    error: Signal<Option<ShownError>>,
    /// A new password (`new-password`) rather than the current one.
    #[prop(optional)]
    new_password: bool,
) -> impl IntoView {
    let id = field_id(name);
    let state = FieldState::new(&id, hint.is_some(), error);
    let shown = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    let toggle = move |_| {
        shown.update(|s| *s = !*s);
        let words = if shown.get_untracked() {
            words::SHOWN
        } else {
            words::HIDDEN
        };
        announcement.set(words.get(lang()).to_owned());
    };
    view! {
        <FieldFrame id=id.clone() label=label hint=hint.map(Into::into) optional=false error=error has_error=state.has_error>
            <div class="password-input">
                <input
                    class="input password-input__input"
                    class:input--error=state.has_error
                    id=id.clone()
                    name=name
                    type=move || if shown.get() { "text" } else { "password" }
                    autocomplete=if new_password { "new-password" } else { "current-password" }
                    spellcheck="false"
                    autocapitalize="none"
                    aria-invalid=state.aria_invalid
                    aria-describedby=state.described_by
                    prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                <button type="button" class="button button--secondary password-input__toggle" aria-controls=id on:click=toggle>
                    {move || if shown.get() { words::HIDE.get(lang()) } else { words::SHOW.get(lang()) }}
                    <span class="visually-hidden">" " {words::PASSWORD.get(lang())}</span>
                </button>
            </div>
            <div class="visually-hidden" aria-live="polite">{announcement}</div>
        </FieldFrame>
    }
}
