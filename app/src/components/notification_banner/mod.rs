//! The notification banner: information the person should see before anything else on the page
//! (blue, «Важно»), or the result of what they just did (green, «Готово»).
//!
//! A warning banner (red, «Не получилось») says that something went wrong that is not the
//! person's doing — the server failed, the network is down — and what to do; it too is an alert.
//! A success banner reports an action, so it is an alert: a screen reader reads it when the page
//! shows it, and with `focus` it takes focus, as after a redirect to the page it reports on. An information banner is a labelled region that is read in
//! order. Neither is used for errors in a form: those go to the error summary.
//!
//! # Manual checks
//! - After an action, a screen reader reads the success banner at once.
//! - Only one banner per page; its heading says the result in a few words.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::Text;
use shared::ui::components::notification_banner as words;

use crate::lang;

/// What a banner tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BannerKind {
    /// Something to know first.
    #[default]
    Information,
    /// The result of the person's action.
    Success,
    /// Something went wrong that is not the person's doing (a server fault, no network): what
    /// happened and what to do. Not for errors in a form.
    Warning,
}

/// The banner: a small title («Важно»/«Готово»), a heading and the content as children.
#[component]
pub fn NotificationBanner<C: IntoView + 'static>(
    /// Information or success.
    #[prop(optional)]
    kind: BannerKind,
    /// The heading inside.
    heading: Text,
    /// Takes focus once shown (a success banner on the page a form led to).
    #[prop(optional)]
    focus: bool,
    /// More words under the heading.
    children: TypedChildren<C>,
) -> impl IntoView {
    let title_id = super::unique_id("banner-title");
    let labelled_by = title_id.clone();
    let success = kind == BannerKind::Success;
    let warning = kind == BannerKind::Warning;
    let node = NodeRef::<leptos::html::Div>::new();
    if focus {
        super::error_summary::focus_after_render(node);
    }
    let title = match kind {
        BannerKind::Information => words::IMPORTANT,
        BannerKind::Success => words::SUCCESS,
        BannerKind::Warning => words::PROBLEM,
    };
    view! {
        <div
            class="notification-banner"
            class:notification-banner--success=success
            class:notification-banner--warning=warning
            role=if success || warning { "alert" } else { "region" }
            aria-labelledby=labelled_by
            tabindex=focus.then_some("-1")
            node_ref=node
        >
            <div class="notification-banner__header">
                <h2 class="notification-banner__title" id=title_id>{title.get(lang())}</h2>
            </div>
            <div class="notification-banner__content">
                <p class="notification-banner__heading">{heading.get(lang())}</p>
                {children.into_inner()()}
            </div>
        </div>
    }
}
