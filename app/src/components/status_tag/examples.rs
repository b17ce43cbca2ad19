//! Gallery examples of the status tag.

use leptos::prelude::*;
use shared::status::Status;
use shared::ui::gallery::examples::status_tag::*;

use super::StatusTag;

crate::examples![every_status: EVERY_STATUS];

/// Each status of a request, in the order of the journey.
pub fn every_status() -> AnyView {
    view! {
        <ul class="list">
            {Status::ALL
                .into_iter()
                .map(|status| view! { <li class="list__item"><StatusTag status=status /></li> })
                .collect_view()}
        </ul>
    }
    .into_any()
}
