//! The component gallery for designers: every component in every state, in both languages and
//! schemes, each example with the code that renders it. It is its own bundle (`gallery.html`,
//! served under `/gallery`) so citizens never download it; the components are the portal's own.

pub mod pages;
pub mod registry;
pub mod source;

use leptos::prelude::*;
use shared::lang::Text;

/// One example of a component: a named state and the function that renders it.
#[derive(Clone, Copy)]
pub struct Example {
    /// The rendering function's name; its URL slug is the same with dashes.
    pub name: &'static str,
    /// What the example shows, for the heading.
    pub title: Text,
    /// Renders the example.
    pub render: fn() -> AnyView,
}

impl Example {
    /// The example's part of the URL: `error-state` for `error_state`.
    pub fn slug(&self) -> String {
        self.name.replace('_', "-")
    }
}

/// A component as the gallery shows it.
#[derive(Clone, Copy)]
pub struct ComponentDoc {
    /// The component's folder in `app/src/components`.
    pub folder: &'static str,
    /// Name in both languages.
    pub title: Text,
    /// The component's `mod.rs`: its documentation comes from here.
    pub module_source: &'static str,
    /// The component's `examples.rs`: the code shown next to each example.
    pub examples_source: &'static str,
    /// The examples, in the order shown.
    pub examples: &'static [Example],
}

impl ComponentDoc {
    /// The component's part of the URL: its folder name with dashes.
    pub fn slug(&self) -> String {
        self.folder.replace('_', "-")
    }

    /// The example with this slug.
    pub fn example(&self, slug: &str) -> Option<&'static Example> {
        self.examples.iter().find(|e| e.slug() == slug)
    }

    /// The source of one example, as shown next to it.
    pub fn source_of(&self, example: &Example) -> &'static str {
        source::function_source(self.examples_source, example.name).unwrap_or_default()
    }
}

/// Lists a component's examples: `examples![default: states::DEFAULT, error: states::ERROR]`
/// makes `pub const EXAMPLES` from functions of the same names.
#[macro_export]
macro_rules! examples {
    ($($name:ident: $title:expr),* $(,)?) => {
        /// The examples the gallery shows, in order.
        pub const EXAMPLES: &[$crate::gallery::Example] = &[
            $($crate::gallery::Example { name: stringify!($name), title: $title, render: $name }),*
        ];
    };
}

/// Starts the gallery bundle.
pub fn start() {
    crate::locale::apply_to_document();
    leptos::mount::mount_to_body(pages::GalleryApp);
}
