//! Gallery examples of the modal dialog.

use leptos::prelude::*;
use shared::ui::gallery::examples::modal::*;

use super::Modal;
use crate::components::button::{Button, ButtonKind};
use crate::lang;

crate::examples![confirm: CONFIRM];

/// Confirming what cannot be undone: open it, then Tab, Esc or a button.
pub fn confirm() -> AnyView {
    let open = RwSignal::new(false);
    view! {
        <Button label=WITHDRAW kind=ButtonKind::Warning on_click=Callback::new(move |_| open.set(true)) />
        <Modal open=open title=QUESTION>
            <p class="body">{EXPLANATION.get(lang())}</p>
            <div class="button-group">
                <Button label=WITHDRAW kind=ButtonKind::Warning on_click=Callback::new(move |_| open.set(false)) />
                <Button label=KEEP kind=ButtonKind::Secondary on_click=Callback::new(move |_| open.set(false)) />
            </div>
        </Modal>
    }
    .into_any()
}
