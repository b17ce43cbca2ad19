//! The frame of every page: skip link, header, `<main>`, footer; and the routes.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;
use shared::ui;

use crate::LANG;
use crate::page::Page;
use crate::pages::{FeedbackPage, FeedbackSentPage, HomePage, NotFoundPage};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <a href="#main-content" class="skip-link">{ui::SKIP_TO_CONTENT.get(LANG)}</a>
            <header class="header">
                <div class="width-container header__inner">
                    <a href=Page::Home.href() class="header__logo">
                        {ui::PORTAL_NAME.get(LANG)}
                    </a>
                </div>
            </header>
            <div class="width-container">
                <main class="main" id="main-content" tabindex="-1">
                    <FlatRoutes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/feedback") view=FeedbackPage />
                        <Route path=path!("/feedback/sent") view=FeedbackSentPage />
                    </FlatRoutes>
                </main>
            </div>
            <footer class="footer">
                <div class="width-container">
                    <ul class="footer__links">
                        <li>
                            <a href=Page::Home.href()>{ui::HELP_CENTRE_LINK.get(LANG)}</a>
                        </li>
                        <li>
                            <a href="/#contacts">{ui::CONTACTS_LINK.get(LANG)}</a>
                        </li>
                    </ul>
                </div>
            </footer>
        </Router>
    }
}
