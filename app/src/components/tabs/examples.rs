//! Gallery examples of tabs.

use leptos::prelude::*;
use shared::ui::gallery::examples::tabs::*;

use super::{TabPanel, Tabs};
use crate::lang;

crate::examples![requests: REQUESTS];

/// A citizen's requests by state; use the arrow keys on the tabs.
pub fn requests() -> AnyView {
    let panels = vec![
        TabPanel {
            id: "tab-open",
            label: OPEN,
            content: ViewFn::from(|| view! { <p class="body">{OPEN_TEXT.get(lang())}</p> }),
        },
        TabPanel {
            id: "tab-answered",
            label: ANSWERED,
            content: ViewFn::from(|| view! { <p class="body">{ANSWERED_TEXT.get(lang())}</p> }),
        },
        TabPanel {
            id: "tab-closed",
            label: CLOSED,
            content: ViewFn::from(|| view! { <p class="body">{CLOSED_TEXT.get(lang())}</p> }),
        },
    ];
    view! { <Tabs label=LABEL panels=panels /> }.into_any()
}
