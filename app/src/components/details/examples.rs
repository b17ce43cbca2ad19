//! Gallery examples of the details.

use leptos::prelude::*;
use shared::ui::gallery::examples::details::*;
use shared::ui::gallery::states;

use super::Details;
use crate::lang;

crate::examples![closed: states::DEFAULT, open: OPEN];

/// Closed: only the summary shows.
pub fn closed() -> AnyView {
    view! {
        <Details summary=SUMMARY>
            <p class="body">{TEXT.get(lang())}</p>
        </Details>
    }
    .into_any()
}

/// Open at first.
pub fn open() -> AnyView {
    view! {
        <Details summary=SUMMARY open=true>
            <p class="body">{TEXT.get(lang())}</p>
        </Details>
    }
    .into_any()
}
