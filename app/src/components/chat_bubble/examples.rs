//! Gallery examples of the chat bubble.

use leptos::prelude::*;
use shared::ui::gallery::examples::chat_bubble::*;
use shared::ui::gallery::states;
use time::macros::datetime;

use super::{ChatBubble, ChatLog, Delivery};

crate::examples![
    conversation: CONVERSATION,
    delivery: DELIVERY,
    failed: FAILED_MESSAGE,
    empty: states::EMPTY,
];

/// A short conversation with an operator, with line breaks and a long unbroken word.
pub fn conversation() -> AnyView {
    view! {
        <ChatLog>
            <ChatBubble
                at=datetime!(2026-11-21 14:02 +03:00)
                text="Здравствуйте! Оплатил госпошлину, а заявление всё ещё ждёт оплаты.".to_owned()
                delivery=Delivery::Delivered
            />
            <ChatBubble
                author="Оператор Смирнова Е.".to_owned()
                at=datetime!(2026-11-21 14:05 +03:00)
                text="Здравствуйте! Платёж может идти до трёх рабочих дней.\nПришлите номер квитанции — проверю его статус.".to_owned()
            />
            <ChatBubble
                at=datetime!(2026-11-21 14:07 +03:00)
                text="Номер: 10428837730000000000000000000000001234567890, ссылка https://www.gosuslugi.ru/payments/history/very/long/path".to_owned()
                delivery=Delivery::Sent
            />
        </ChatLog>
    }
    .into_any()
}

/// Own messages on their way: read, delivered, sent, not sent (with its button).
pub fn delivery() -> AnyView {
    let last = RwSignal::new(Delivery::Failed);
    let retry = Callback::new(move |_| last.set(Delivery::Sent));
    view! {
        <ChatLog>
            <ChatBubble at=datetime!(2026-11-21 14:59 +03:00) text="Здравствуйте.".to_owned() delivery=Delivery::Read />
            <ChatBubble at=datetime!(2026-11-21 15:00 +03:00) text="Приложил квитанцию.".to_owned() delivery=Delivery::Delivered />
            <ChatBubble at=datetime!(2026-11-21 15:01 +03:00) text="Она в формате PDF.".to_owned() delivery=Delivery::Sent />
            <ChatBubble at=datetime!(2026-11-21 15:02 +03:00) text="Жду ответа.".to_owned() delivery=last on_retry=retry />
        </ChatLog>
    }
    .into_any()
}

/// A message that did not leave; «Отправить ещё раз» sends it.
pub fn failed() -> AnyView {
    let delivery = RwSignal::new(Delivery::Failed);
    let retry = Callback::new(move |_| delivery.set(Delivery::Sent));
    view! {
        <ChatLog>
            <ChatBubble
                at=datetime!(2026-11-21 14:09 +03:00)
                text="Спасибо!\nКвитанцию пришлю вечером.".to_owned()
                delivery=delivery
                on_retry=retry
            />
        </ChatLog>
    }
    .into_any()
}

/// No messages yet: the log says what to do.
pub fn empty() -> AnyView {
    view! { <ChatLog empty=true /> }.into_any()
}
