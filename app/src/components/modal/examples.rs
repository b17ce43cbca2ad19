//! Gallery examples of the modal dialog.

use leptos::prelude::*;
use shared::ui::gallery::examples::modal::*;
use shared::ui::gallery::states;

use super::Modal;
use crate::components::button::{Button, ButtonKind};
use crate::lang;

crate::examples![confirm: CONFIRM, long_text: states::LONG_TEXT];

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

/// Long content scrolls inside the dialog; «Закрыть» is its only control.
pub fn long_text() -> AnyView {
    let open = RwSignal::new(false);
    let paragraph = "Обращение регистрируется в день получения. Оператор отвечает в течение десяти рабочих дней; если нужны документы, срок останавливается, пока вы их не пришлёте. Ответ приходит в личный кабинет и на электронную почту.";
    view! {
        <Button label=RULES kind=ButtonKind::Secondary on_click=Callback::new(move |_| open.set(true)) />
        <Modal open=open title=RULES>
            {(0..6).map(|_| view! { <p class="body">{paragraph}</p> }).collect_view()}
        </Modal>
    }
    .into_any()
}
