//! Gallery examples of the chat bubble.

use leptos::prelude::*;
use shared::ui::gallery::examples::chat_bubble::*;

use super::{ChatBubble, ChatLog, Delivery};

crate::examples![conversation: CONVERSATION, failed: FAILED_MESSAGE];

/// A short conversation with an operator, including a long message.
pub fn conversation() -> AnyView {
    view! {
        <ChatLog>
            <ChatBubble
                time="14:02".to_owned()
                text="Здравствуйте! Оплатил госпошлину, а заявление всё ещё ждёт оплаты.".to_owned()
                delivery=Delivery::Delivered
            />
            <ChatBubble
                author="Оператор Смирнова Е.".to_owned()
                time="14:05".to_owned()
                text="Здравствуйте! Платёж может идти до трёх рабочих дней.\nПришлите номер квитанции — проверю его статус.".to_owned()
            />
            <ChatBubble
                time="14:07".to_owned()
                text="Номер: 10428837730000000000000000000000001234567890, ссылка https://www.gosuslugi.ru/payments/history/very/long/path".to_owned()
                delivery=Delivery::Sent
            />
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
            {move || view! {
                <ChatBubble
                    time="14:09".to_owned()
                    text="Спасибо!".to_owned()
                    delivery=delivery.get()
                    on_retry=retry
                />
            }}
        </ChatLog>
    }
    .into_any()
}
