//! Page not found.

use leptos::prelude::*;
use shared::ui::not_found;

use crate::{lang, set_title};
use shared::pages::Page;

/// Shown for any path the portal does not have.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_title(not_found::TITLE.get(lang()), false);
    view! {
        <h1 class="heading-l">{not_found::TITLE.get(lang())}</h1>
        <p class="body">{not_found::TEXT.get(lang())}</p>
        <p class="body">
            <a href=Page::Home.href()>{shared::ui::HELP_CENTRE_LINK.get(lang())}</a>
        </p>
    }
}
