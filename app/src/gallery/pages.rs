//! The gallery's pages: the index of components, a component with all its examples and their
//! code, and each example alone for a clean preview.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::{use_params_map, use_query_map};
use leptos_router::path;
use shared::ui::gallery as words;

use super::registry::{self, COMPONENTS};
use super::source::module_docs;
use super::{ComponentDoc, Example};
use crate::components::back_link::BackLink;
use crate::components::layout::{FooterLink, PageLayout};
use crate::locale::{Theme, href_with_device_theme, href_with_theme, theme};
use crate::{lang, set_title};
use shared::pages::Page;

/// Where the gallery lives.
const ROOT: &str = "/gallery";
/// `?view=narrow` shows the examples in a 320 px column.
const NARROW: &str = "narrow";

fn component_href(component: &ComponentDoc) -> String {
    format!("{ROOT}/{}", component.slug())
}

fn example_href(component: &ComponentDoc, example: &Example) -> String {
    format!("{ROOT}/{}/{}", component.slug(), example.slug())
}

/// The gallery bundle's application.
#[component]
pub fn GalleryApp() -> impl IntoView {
    view! {
        <Router>
            <FlatRoutes fallback=|| view! { <Framed><NotFound /></Framed> }>
                <Route path=path!("/gallery") view=|| view! { <Framed><Index /></Framed> } />
                <Route
                    path=path!("/gallery/:component")
                    view=|| view! { <Framed><ComponentPage /></Framed> }
                />
                <Route path=path!("/gallery/:component/:example") view=ExamplePage />
            </FlatRoutes>
        </Router>
    }
}

/// The portal's own frame around the gallery's pages.
#[component]
fn Framed(children: Children) -> impl IntoView {
    view! {
        <div class="gallery">
            <PageLayout
                home=ROOT.to_owned()
                footer=vec![FooterLink { href: Page::Home.href(), text: shared::ui::HELP_CENTRE_LINK, external: true }]
            >
                {children()}
            </PageLayout>
        </div>
    }
}

/// A link to the page in a colour scheme; the scheme shown is marked as current.
fn scheme_link(href: String, text: shared::lang::Text, current: bool) -> impl IntoView {
    view! {
        <li>
            <a href=href rel="external" aria-current=current.then_some("true")>{text.get(lang())}</a>
        </li>
    }
}

/// Links that show the gallery in another scheme or width.
#[component]
fn ViewSettings(
    /// Whether the narrow-width link is offered (on a component's page).
    #[prop(optional)]
    with_width: bool,
) -> impl IntoView {
    let query = use_query_map();
    let narrow = move || query.with(|q| q.get("view").as_deref() == Some(NARROW));
    let width_link = move || {
        with_width.then(|| {
            let (href, text) = if narrow() {
                ("?".to_owned(), words::WIDE)
            } else {
                (format!("?view={NARROW}"), words::NARROW)
            };
            view! { <li><a href=href>{text.get(lang())}</a></li> }
        })
    };
    view! {
        <nav class="gallery-settings" aria-label=words::VIEW.get(lang())>
            <ul class="gallery-settings__list">
                {scheme_link(href_with_device_theme(), words::THEME_DEVICE, theme().is_none())}
                {scheme_link(href_with_theme(Theme::Light), words::THEME_LIGHT, theme() == Some(Theme::Light))}
                {scheme_link(href_with_theme(Theme::Dark), words::THEME_DARK, theme() == Some(Theme::Dark))}
                {width_link}
            </ul>
        </nav>
    }
}

/// A sentence of the documentation with its `code` spans shown as code and rustdoc's link
/// brackets dropped.
fn doc_text(text: String) -> impl IntoView {
    let text = text.replace("[`", "`").replace("`]", "`");
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            let part = part.to_owned();
            if i % 2 == 1 {
                leptos::either::Either::Left(view! { <code class="gallery-code">{part}</code> })
            } else {
                leptos::either::Either::Right(part)
            }
        })
        .collect_view()
}

/// Every component, with how many examples it has.
#[component]
fn Index() -> impl IntoView {
    set_title(words::TITLE.get(lang()), false);
    view! {
        <h1 class="heading-xl">{words::TITLE.get(lang())}</h1>
        <p class="lead">{words::LEAD.get(lang())}</p>
        <ViewSettings />
        <ul class="gallery-index">
            {COMPONENTS
                .iter()
                .map(|component| {
                    let (about, _) = module_docs(component.module_source);
                    view! {
                        <li class="gallery-index__item">
                            <h2 class="heading-s">
                                <a href=component_href(component)>{component.title.get(lang())}</a>
                            </h2>
                            <p class="gallery-index__about" lang="en">
                                {doc_text(about.into_iter().next().unwrap_or_default())}
                            </p>
                            <p class="gallery-index__count">
                                {words::EXAMPLES.get(lang())} ": " {component.examples.len()}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A component: what it is, what to check by hand, every example with its code.
#[component]
fn ComponentPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let narrow = Signal::derive(move || query.with(|q| q.get("view").as_deref() == Some(NARROW)));
    move || {
        let slug = params.with(|p| p.get("component")).unwrap_or_default();
        let Some(component) = registry::find(&slug) else {
            return view! { <NotFound /> }.into_any();
        };
        let title = component.title.get(lang());
        set_title(&format!("{title} — {}", words::TITLE.get(lang())), false);
        let (about, checks) = module_docs(component.module_source);
        view! {
            <BackLink href=ROOT.to_owned() text=words::ALL_COMPONENTS />
            <h1 class="heading-xl">{title}</h1>
            <div lang="en">
                {about.into_iter().map(|p| view! { <p class="body">{doc_text(p)}</p> }).collect_view()}
            </div>
            <h2 class="heading-m">{words::MANUAL_CHECKS.get(lang())}</h2>
            <ul class="list list--bullet" lang="en">
                {checks.into_iter().map(|c| view! { <li>{doc_text(c)}</li> }).collect_view()}
            </ul>
            <ViewSettings with_width=true />
            {component
                .examples
                .iter()
                .map(|example| view! { <ExampleSection component=component example=example narrow=narrow /> })
                .collect_view()}
        }
        .into_any()
    }
}

/// One example: its heading, its own link, the rendered component and its code.
#[component]
fn ExampleSection(
    component: &'static ComponentDoc,
    example: &'static Example,
    narrow: Signal<bool>,
) -> impl IntoView {
    let heading_id = format!("example-{}", example.slug());
    let labelled_by = heading_id.clone();
    let code_label = format!("{}: {}", words::CODE.get(lang()), example.title.get(lang()));
    view! {
        <section class="gallery-example" aria-labelledby=labelled_by>
            <h2 class="heading-m" id=heading_id>{example.title.get(lang())}</h2>
            <p class="body">
                <a href=example_href(component, example) rel="external">{words::OPEN_ALONE.get(lang())}</a>
            </p>
            <div class="gallery-example__body">
                <div
                    class="gallery-example__preview"
                    class:gallery-example__preview--narrow=narrow
                    data-example=example_href(component, example)
                >
                    {(example.render)()}
                </div>
                <pre class="gallery-example__code" tabindex="0" aria-label=code_label>
                    <code>{component.source_of(example)}</code>
                </pre>
            </div>
        </section>
    }
}

/// One example alone: the clean preview its own URL gives.
#[component]
fn ExamplePage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let (component, example) = params.with(|p| {
            (
                p.get("component").unwrap_or_default(),
                p.get("example").unwrap_or_default(),
            )
        });
        let found = registry::find(&component).and_then(|c| c.example(&example).map(|e| (c, e)));
        match found {
            Some((component, example)) => {
                let heading = format!(
                    "{} — {}",
                    component.title.get(lang()),
                    example.title.get(lang())
                );
                set_title(&heading, false);
                view! {
                    <main class="gallery-preview" id="main-content" tabindex="-1">
                        <h1 class="visually-hidden">{heading}</h1>
                        <div class="gallery-preview__example" data-example=example_href(component, example)>
                            {(example.render)()}
                        </div>
                    </main>
                }
                .into_any()
            }
            None => view! { <Framed><NotFound /></Framed> }.into_any(),
        }
    }
}

/// An address that names no component or example.
#[component]
fn NotFound() -> impl IntoView {
    set_title(words::NOT_FOUND.get(lang()), false);
    view! {
        <h1 class="heading-l">{words::NOT_FOUND.get(lang())}</h1>
        <p class="body"><a href=ROOT>{words::ALL_COMPONENTS.get(lang())}</a></p>
    }
}
