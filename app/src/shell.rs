//! The portal's application: the page frame and the routes.

use leptos::either::EitherOf4;
use leptos::prelude::*;
use shared::ui;

use crate::components::layout::{FooterLink, PageLayout};
use crate::page::Page;
use crate::pages::{FeedbackPage, FeedbackSentPage, HomePage, NotFoundPage};
use crate::router::Location;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let location = Location::start();
    view! {
        <PageLayout
            home=Page::Home.href()
            footer=vec![
                FooterLink { href: Page::Home.href(), text: ui::HELP_CENTRE_LINK, external: false },
                FooterLink { href: "/#contacts".to_owned(), text: ui::CONTACTS_LINK, external: false },
            ]
        >
            {move || match location.page() {
                Some(Page::Home) => EitherOf4::A(view! { <HomePage /> }),
                Some(Page::Feedback) => EitherOf4::B(view! { <FeedbackPage /> }),
                Some(Page::FeedbackSent { number, due }) => {
                    EitherOf4::C(view! { <FeedbackSentPage number=number due=due /> })
                }
                None => EitherOf4::D(view! { <NotFoundPage /> }),
            }}
        </PageLayout>
    }
}
