//! A page that is not for the role of the person signed in.

use leptos::prelude::*;
use shared::pages::{Audience, Page};
use shared::ui::refused;

use crate::{lang, set_title};

/// Says who the page is for, with the way back to the person's own pages.
#[component]
pub fn RefusedPage(
    /// Who may open the page.
    audience: Audience,
) -> impl IntoView {
    set_title(refused::TITLE.get(lang()), false);
    view! {
        <h1 class="heading-l">{refused::TITLE.get(lang())}</h1>
        {refused::who_may(audience).map(|who| view! { <p class="body">{who.get(lang())}</p> })}
        <p class="body">
            <a href=Page::Account { welcome: false }.href()>{shared::ui::account::home::TITLE.get(lang())}</a>
        </p>
    }
}
