//! Gallery examples of the confirmation panel.

use leptos::prelude::*;
use shared::ui::feedback as words;
use shared::ui::gallery::states;

use super::Panel;
use crate::lang;

crate::examples![request_sent: states::DEFAULT];

/// Feedback sent: the number to keep.
pub fn request_sent() -> AnyView {
    view! {
        <Panel title=words::SENT_TITLE>
            {words::SENT_NUMBER.get(lang())}
            <br />
            <strong class="request-number">"ОБР-2026-000017"</strong>
        </Panel>
    }
    .into_any()
}
