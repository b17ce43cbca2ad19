//! A fieldset groups related fields under a legend (a question, or «Документы»), with an optional
//! hint tied to the group by `aria-describedby`. Radios, checkboxes and the date input use it.
//!
//! # Manual checks
//! - A screen reader reads the legend when focus enters the first field of the group.
//! - When the legend is the page's question it is the page's `<h1>` (use `legend_is_heading`).

pub mod examples;

use leptos::either::Either;
use leptos::prelude::*;
use shared::lang::Text;

use crate::lang;

/// The group: legend, optional hint, the fields as children.
#[component]
pub fn Fieldset<C: IntoView + 'static>(
    /// Element id; the legend gets `<id>-legend`, the hint `<id>-hint`.
    id: String,
    /// The legend.
    legend: Text,
    /// One short sentence for the whole group.
    #[prop(optional)]
    hint: Option<Text>,
    /// Shows the legend as the page's heading (`<h1>` inside the legend), as GOV.UK does for
    /// one-question pages.
    #[prop(optional)]
    legend_is_heading: bool,
    /// The fields.
    children: TypedChildren<C>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described_by = hint.is_some().then(|| hint_id.clone());
    let legend_text = legend.get(lang());
    let legend_view = if legend_is_heading {
        Either::Left(view! { <h1 class="fieldset__heading">{legend_text}</h1> })
    } else {
        Either::Right(legend_text)
    };
    view! {
        <fieldset class="fieldset" id=id.clone() aria-describedby=described_by>
            <legend
                class="fieldset__legend"
                class:fieldset__legend--heading=legend_is_heading
                id=format!("{id}-legend")
            >
                {legend_view}
            </legend>
            {hint.map(|hint| view! { <super::hint::Hint id=hint_id text=hint /> })}
            {children.into_inner()()}
        </fieldset>
    }
}
