//! The frame of every page: a skip link, the header with the portal's name, the sign-in state and
//! the language switch, `<main>` and the footer.
//!
//! The language switch is a pair of links, not a select: the current language is marked with
//! `aria-current`, the other is a link with its own `lang` and `hreflang` that reloads the page in
//! that language. The header, footer and main are size containers, so components inside them
//! adapt to the space they have (container queries), on a phone and in the gallery's narrow view.
//!
//! # Manual checks
//! - The skip link is the first thing Tab reaches; it appears on focus and moves focus to the main
//!   content.
//! - A screen reader reads «English» in English and «Русский» in Russian.
//! - At 320 px and at 400 % zoom the header wraps without hiding the name, the sign-in state or the
//!   language switch.
//! - The signed-in name is read as «Вы вошли как …».

pub mod examples;

use leptos::prelude::*;
use shared::lang::Lang;
use shared::ui;
use shared::ui::components::layout as words;

use crate::lang;
use crate::locale::href_in;

/// Who is using the portal, as the header shows it.
#[derive(Clone)]
pub enum SignIn {
    /// The page does not offer accounts.
    Hidden,
    /// Nobody is signed in: a link to sign in.
    SignedOut {
        /// Where the sign-in link goes.
        href: String,
    },
    /// Someone is signed in: their name and a sign-out button.
    SignedIn {
        /// The name shown.
        name: String,
        /// Signs out.
        sign_out: Callback<()>,
    },
}

/// The skip link: the first stop of the keyboard, to the main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a href="#main-content" class="skip-link">{ui::SKIP_TO_CONTENT.get(lang())}</a>
    }
}

/// The language switch: the current language marked, the other a link.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let item = |option: Lang, name: &'static str| {
        if option == lang() {
            view! {
                <li class="language-switch__item">
                    <span aria-current="true" lang=option.tag()>{name}</span>
                </li>
            }
            .into_any()
        } else {
            view! {
                <li class="language-switch__item">
                    <a href=href_in(option) rel="external" lang=option.tag() hreflang=option.tag()>
                        {name}
                    </a>
                </li>
            }
            .into_any()
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

/// The header: the portal's name linking home, the sign-in state, the language switch.
#[component]
pub fn Header(
    /// Where the portal's name links.
    home: String,
    /// The sign-in state.
    sign_in: SignIn,
) -> impl IntoView {
    let account = match sign_in {
        SignIn::Hidden => None,
        SignIn::SignedOut { href } => Some(
            view! {
                <a class="header__link" href=href>{words::SIGN_IN.get(lang())}</a>
            }
            .into_any(),
        ),
        SignIn::SignedIn { name, sign_out } => Some(
            view! {
                <span class="header__name">
                    <span class="visually-hidden">{words::SIGNED_IN_AS.get(lang())} " "</span>
                    {name}
                </span>
                <button type="button" class="header__button" on:click=move |_| sign_out.run(())>
                    {words::SIGN_OUT.get(lang())}
                </button>
            }
            .into_any(),
        ),
    };
    view! {
        <header class="header">
            <div class="width-container header__inner">
                <a href=home class="header__logo">{ui::PORTAL_NAME.get(lang())}</a>
                <div class="header__tools">
                    {account.map(|account| view! {
                        <nav class="header__account" aria-label=words::ACCOUNT_NAV.get(lang())>
                            {account}
                        </nav>
                    })}
                    <LanguageSwitch />
                </div>
            </div>
        </header>
    }
}

/// Whether the portal runs on this computer: only then does the footer link the gallery.
pub fn is_development() -> bool {
    let host = window().location().hostname().unwrap_or_default();
    matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]")
}

/// The footer: the page's links (as `<li>` children), and the gallery's in development.
#[component]
pub fn Footer(children: Children) -> impl IntoView {
    view! {
        <footer class="footer">
            <div class="width-container">
                <nav aria-label=words::FOOTER_NAV.get(lang())>
                    <ul class="footer__links">
                        {children()}
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
pub fn PageLayout(
    /// Where the portal's name links.
    home: String,
    /// The sign-in state.
    sign_in: SignIn,
    /// The footer's links, as `<li>` elements.
    footer: ViewFn,
    /// The page's content.
    children: Children,
) -> impl IntoView {
    view! {
        <SkipLink />
        <Header home=home sign_in=sign_in />
        <div class="width-container">
            <main class="main" id="main-content" tabindex="-1">
                {children()}
            </main>
        </div>
        <Footer>{footer.run()}</Footer>
    }
}
