//! The frame of every page: a skip link, the header with the portal's name, the sign-in state and
//! the language switch, `<main>` and the footer.
//!
//! The language switch is a pair of links, not a select, each with its own `lang` and `hreflang`,
//! the current one marked with `aria-current`; following one reloads the page in that language.
//! The sign-in state is the header's child ([`SignInLink`], [`SignedInAs`], and for someone
//! signed in the [`Bell`]), so pages without accounts carry none of its code. The header, footer
//! and main are size containers, so components inside them adapt to the space they have
//! (container queries), on a phone and in the gallery's narrow view.
//!
//! # Manual checks
//! - The skip link is the first thing Tab reaches; it appears on focus and moves focus to the main
//!   content.
//! - A screen reader reads «English» in English and «Русский» in Russian.
//! - At 320 px and at 400 % zoom the header wraps without hiding the name, the sign-in state or the
//!   language switch.
//! - The signed-in name is read as «Вы вошли как …».
//! - The bell is read as «Уведомления, 3 непрочитанных»; its number is visible as a badge that
//!   keeps its contrast in both schemes and at 400 % zoom, and is not the only sign (the link's
//!   words stay).

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::lang::{Lang, Text};
use shared::ui;
use shared::ui::components::layout as words;
use shared::ui::notifications::bell;

use crate::lang;
use crate::locale::href_in;

/// The skip link: the first stop of the keyboard, to the main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a href="#main-content" class="skip-link">{ui::SKIP_TO_CONTENT.get(lang())}</a>
    }
}

/// The language switch: a link per language, the current one marked with `aria-current`.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let item = |option: Lang, name: &'static str| {
        view! {
            <li class="language-switch__item">
                <a
                    href=href_in(option)
                    rel="external"
                    lang=option.tag()
                    hreflang=option.tag()
                    aria-current=(option == lang()).then_some("true")
                    on:click=move |ev| {
                        // The page may have changed since the header was drawn: switch the page
                        // shown now, not the one the portal opened on.
                        ev.prevent_default();
                        let _ = window().location().set_href(&href_in(option));
                    }
                >
                    {name}
                </a>
            </li>
        }
    };
    view! {
        <nav class="language-switch" aria-label=words::LANGUAGE_NAV.get(lang())>
            <ul class="language-switch__list">
                {item(Lang::Ru, "Русский")}
                {item(Lang::En, "English")}
            </ul>
        </nav>
    }
}

/// The header: the portal's name linking home, the sign-in state (its children, when the page
/// offers accounts), the language switch.
#[component]
pub fn Header(
    /// Where the portal's name links.
    home: String,
    /// The sign-in state: [`SignInLink`] or [`SignedInAs`].
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <header class="header">
            <div class="width-container header__inner">
                <a href=home class="header__logo">{ui::PORTAL_NAME.get(lang())}</a>
                <div class="header__tools">
                    {children.map(|account| view! {
                        <nav class="header__account" aria-label=words::ACCOUNT_NAV.get(lang())>
                            {account()}
                        </nav>
                    })}
                    <LanguageSwitch />
                </div>
            </div>
        </header>
    }
}

/// The header's sign-in link, for someone not signed in.
#[component]
pub fn SignInLink(
    /// Where signing in starts.
    href: String,
) -> impl IntoView {
    view! { <a class="header__link" href=href>{words::SIGN_IN.get(lang())}</a> }
}

/// The header's link to the notifications, with how many are unread: a visible badge, and words
/// for a screen reader («Уведомления, 3 непрочитанных»). With none unread (or none known yet)
/// both are empty, and the badge is not shown.
#[component]
pub fn Bell(
    /// The feed's address.
    href: String,
    /// Unread notifications; `None` while not known.
    unread: RwSignal<Option<u32>>,
) -> impl IntoView {
    let count = move || unread.get().unwrap_or(0);
    let words = move || match count() {
        0 => String::new(),
        n => format!(", {}", bell::unread(n).get(lang())),
    };
    let badge = move || match count() {
        0 => String::new(),
        n => n.to_string(),
    };
    view! {
        <a class="header__link header__bell" href=href>
            {bell::NAME.get(lang())}
            <span class="visually-hidden">{words}</span>
            <span class="header__badge" aria-hidden="true">{badge}</span>
        </a>
    }
}

/// The header's account state for someone signed in: their name and a sign-out button.
#[component]
pub fn SignedInAs(
    /// The name shown.
    name: String,
    /// Signs out.
    on_sign_out: Callback<()>,
) -> impl IntoView {
    view! {
        <span class="header__name">
            <span class="visually-hidden">{words::SIGNED_IN_AS.get(lang())} " "</span>
            {name}
        </span>
        <button type="button" class="header__button" on:click=move |_| on_sign_out.run(())>
            {words::SIGN_OUT.get(lang())}
        </button>
    }
}

/// Whether the portal runs on this computer: only then does the footer link the gallery.
pub fn is_development() -> bool {
    let host = window().location().hostname().unwrap_or_default();
    matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]")
}

/// A link in the footer.
#[derive(Debug, Clone)]
pub struct FooterLink {
    /// Where it goes.
    pub href: String,
    /// Its words.
    pub text: Text,
    /// Leaves this single-page application (`rel="external"`): a link from the gallery's bundle
    /// to the portal's, which the gallery's router must not try to show itself.
    pub external: bool,
}

/// The footer: the page's links, and the gallery's in development.
#[component]
pub fn Footer(
    /// The links, in order.
    links: Vec<FooterLink>,
) -> impl IntoView {
    view! {
        <footer class="footer">
            <div class="width-container">
                <nav aria-label=words::FOOTER_NAV.get(lang())>
                    <ul class="footer__links">
                        {links
                            .into_iter()
                            .map(|link| {
                                let rel = link.external.then_some("external");
                                view! { <li><a href=link.href rel=rel>{link.text.get(lang())}</a></li> }
                            })
                            .collect_view()}
                        {is_development().then(|| view! {
                            <li>
                                <a href="/gallery" rel="external">{words::GALLERY_LINK.get(lang())}</a>
                            </li>
                        })}
                    </ul>
                </nav>
            </div>
        </footer>
    }
}

/// A whole page: skip link, header, the content in `<main>`, footer.
#[component]
pub fn PageLayout<C: IntoView + 'static>(
    /// Where the portal's name links.
    home: String,
    /// The footer's links.
    footer: Vec<FooterLink>,
    /// The header's sign-in state, when the page offers accounts.
    #[prop(optional)]
    account: Option<Children>,
    /// The page's content.
    children: TypedChildren<C>,
) -> impl IntoView {
    let header = Header(HeaderProps {
        home,
        children: account,
    });
    view! {
        <SkipLink />
        {header}
        <div class="width-container">
            <main class="main" id="main-content" tabindex="-1">
                {children.into_inner()()}
            </main>
        </div>
        <Footer links=footer />
    }
}
