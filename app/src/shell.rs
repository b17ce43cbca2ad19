//! The portal's application: the page frame and the routes.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;
use shared::ui;

use crate::components::layout::{PageLayout, SignIn};
use crate::lang;
use crate::page::Page;
use crate::pages::{FeedbackPage, FeedbackSentPage, HomePage, NotFoundPage};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            // Accounts arrive with issue 4; until then the header offers none.
            <PageLayout
                home=Page::Home.href()
                sign_in=SignIn::Hidden
                footer=ViewFn::from(|| view! {
                    <li><a href=Page::Home.href()>{ui::HELP_CENTRE_LINK.get(lang())}</a></li>
                    <li><a href="/#contacts">{ui::CONTACTS_LINK.get(lang())}</a></li>
                })
            >
                <FlatRoutes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/feedback") view=FeedbackPage />
                    <Route path=path!("/feedback/sent") view=FeedbackSentPage />
                </FlatRoutes>
            </PageLayout>
        </Router>
    }
}
