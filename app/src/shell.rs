//! The portal as one application: the page frame with the sign-in state and the idle warning,
//! the router over every page of `shared::pages`, and each page's chunk loaded when it is first
//! shown.

use leptos::either::Either;
use leptos::prelude::*;
use shared::pages::{Audience, Page};
use shared::ui;
use shared::ui::account::idle;

use crate::components::button::{Button, ButtonKind};
use crate::components::layout::{Bell, FooterLink, PageLayout, SignInLink, SignedInAs};
use crate::components::modal::Modal;
use crate::lang;
use crate::pages::{ChunkFailedPage, NotFoundPage, RefusedPage};
use crate::router::{Location, navigate};
use crate::session::Session;

/// The frame of every page: header with the sign-in state (and the bell for someone signed in),
/// footer, and while someone is signed in the idle warning.
#[component]
fn Frame(children: Children) -> impl IntoView {
    let session = Session::start();
    let account = move || {
        view! {
            {move || match session.me() {
                Some(me) => Either::Left(view! {
                    <Bell href=Page::Notifications { filter: Default::default() }.href() unread=session.unread() />
                    <a class="header__link" href=Page::Account { welcome: false }.href()>
                        {ui::account::home::TITLE.get(lang())}
                    </a>
                    <SignedInAs name=me.name on_sign_out=Callback::new(move |()| session.sign_out()) />
                }),
                None => Either::Right(view! { <SignInLink href=Page::sign_in().href() /> }),
            }}
        }
        .into_any()
    };
    view! {
        <PageLayout
            home=Page::Home.href()
            account=Box::new(account)
            footer=vec![
                FooterLink { href: Page::Home.href(), text: ui::HELP_CENTRE_LINK, external: false },
                FooterLink { href: "/#contacts".to_owned(), text: ui::CONTACTS_LINK, external: false },
            ]
        >
            {children()}
            <IdleWarning session=session />
        </PageLayout>
    }
}

/// GOV.UK's timeout warning: before an idle session ends, a dialog offers to stay signed in.
#[component]
fn IdleWarning(session: Session) -> impl IntoView {
    view! {
        <Modal open=session.warning() title=idle::TITLE>
            <p class="body">{idle::TEXT.get(lang())}</p>
            <div class="button-group">
                <Button label=idle::EXTEND on_click=Callback::new(move |()| session.extend()) />
                <Button label=idle::SIGN_OUT kind=ButtonKind::Link on_click=Callback::new(move |()| session.sign_out()) />
            </div>
        </Modal>
    }
}

/// The whole portal as one application: the frame, the router and the session load once; each
/// page's chunk ([`crate::chunks`]) is downloaded the first time one of its pages is shown.
#[component]
pub fn PortalApp() -> impl IntoView {
    let location = Location::start();
    view! {
        <Frame>
            <CurrentPage location=location />
        </Frame>
    }
}

/// Whether the page may be drawn for whoever is signed in.
enum Admission {
    /// Draw it.
    Admitted,
    /// Wait until the session is known (a staff page draws nothing for the wrong role).
    Waiting,
    /// Say who it is for instead.
    Refused(Audience),
}

/// The page the address names. Someone signed out who opens a page that is not for anyone is
/// sent to sign in; someone whose role a staff page is not for is told so, and its chunk is
/// not downloaded. A chunk that fails to download says so and offers to try again.
#[component]
fn CurrentPage(location: Location) -> impl IntoView {
    let session = Session::get();
    // The role alone decides: extending the session sets the account again, which must not draw
    // the page anew and lose what is typed.
    let role = Memo::new(move |_| session.me().map(|me| me.role));
    Effect::new(move |_| {
        let needs_sign_in = location
            .page()
            .is_some_and(|page| !page.route().audience.admits(None));
        if needs_sign_in && session.loaded() && session.me().is_none() {
            navigate(&crate::router::sign_in_and_return(session.timed_out()));
        }
    });
    let kept = crate::chunks::Kept {
        files: RwSignal::new(Vec::new()),
    };
    // Bumped by «Попробовать ещё раз»: the page's chunk is asked for again.
    let attempt = RwSignal::new(0_u32);
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    view! {
        <Suspense>
            {move || {
                attempt.track();
                let page = location.page();
                let audience = page.as_ref().map(|page| page.route().audience);
                let admission = match audience.filter(|audience| audience.depends_on_role()) {
                    None => Admission::Admitted,
                    // Only staff pages read the role: the others are not drawn anew when it
                    // becomes known.
                    Some(staff) => match role.get() {
                        None => Admission::Waiting,
                        Some(role) if staff.admits(Some(role)) => Admission::Admitted,
                        Some(_) => Admission::Refused(staff),
                    },
                };
                Suspend::new(async move {
                    let Some(page) = page else {
                        return view! { <NotFoundPage /> }.into_any();
                    };
                    match admission {
                        Admission::Admitted => {}
                        Admission::Waiting => return ().into_any(),
                        Admission::Refused(audience) => {
                            return view! { <RefusedPage audience=audience /> }.into_any();
                        }
                    }
                    match crate::chunks::view_of(page, kept).await {
                        Ok(view) => view,
                        Err(_) => view! { <ChunkFailedPage retry=retry /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
