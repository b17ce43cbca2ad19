//! Gallery examples of the page frame.

use leptos::prelude::*;
use shared::ui::gallery::examples::layout::*;

use super::{Bell, Footer, FooterLink, Header, SignInLink, SignedInAs, SkipLink};
use crate::lang;

crate::examples![
    signed_out: SIGNED_OUT,
    signed_in: SIGNED_IN,
    signed_in_long_name: SIGNED_IN_LONG_NAME,
    signed_in_unread: SIGNED_IN_UNREAD,
    skip_link: SKIP_LINK,
    footer_only: FOOTER,
];

/// The header for someone who has not signed in.
pub fn signed_out() -> AnyView {
    view! {
        <Header home="#".to_owned()>
            <SignInLink href="#".to_owned() />
        </Header>
    }
    .into_any()
}

/// The header of a signed-in citizen.
pub fn signed_in() -> AnyView {
    let sign_out = Callback::new(|_| ());
    view! {
        <Header home="#".to_owned()>
            <SignedInAs name="Иванова А. П.".to_owned() on_sign_out=sign_out />
        </Header>
    }
    .into_any()
}

/// A long name wraps instead of pushing the language switch away.
pub fn signed_in_long_name() -> AnyView {
    let sign_out = Callback::new(|_| ());
    let name = "Константинопольская-Салтыкова Александра Вячеславовна".to_owned();
    view! {
        <Header home="#".to_owned()>
            <SignedInAs name=name on_sign_out=sign_out />
        </Header>
    }
    .into_any()
}

/// The bell with three unread notifications, as the portal's header shows it.
pub fn signed_in_unread() -> AnyView {
    let sign_out = Callback::new(|_| ());
    let unread = RwSignal::new(Some(3));
    view! {
        <Header home="#".to_owned()>
            <Bell href="#".to_owned() unread=unread />
            <a class="header__link" href="#">{shared::ui::account::home::TITLE.get(lang())}</a>
            <SignedInAs name="Иванова А. П.".to_owned() on_sign_out=sign_out />
        </Header>
    }
    .into_any()
}

/// The skip link, shown as it is on focus (press Tab on the example's own page).
pub fn skip_link() -> AnyView {
    view! {
        <SkipLink />
        <p class="body">{shared::ui::home::LEAD.get(lang())}</p>
    }
    .into_any()
}

/// The footer on its own.
pub fn footer_only() -> AnyView {
    view! {
        <Footer links=vec![FooterLink { href: "#".to_owned(), text: shared::ui::CONTACTS_LINK, external: false }] />
    }
    .into_any()
}
