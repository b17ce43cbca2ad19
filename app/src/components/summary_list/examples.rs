//! Gallery examples of the summary list.

use leptos::prelude::*;
use shared::ui::feedback as words;
use shared::ui::gallery::examples::summary_list::*;

use super::{SummaryList, SummaryRow};

crate::examples![check_answers: CHECK_ANSWERS, read_only: READ_ONLY];

/// Answers to check before sending, each with its «Изменить».
pub fn check_answers() -> AnyView {
    let rows = vec![
        SummaryRow {
            key: words::TOPIC,
            value: "Оплата госпошлины: платёж не отображается".to_owned(),
            change: Some("#topic".to_owned()),
        },
        SummaryRow {
            key: words::MESSAGE,
            value: "Оплатил пошлину 12 ноября картой.\nВ личном кабинете платёж не виден, заявление не двигается."
                .to_owned(),
            change: Some("#message".to_owned()),
        },
        SummaryRow {
            key: words::EMAIL,
            value: "konstantinopolskaya-saltykova.aleksandra@regionalnoe-otdelenie.example.ru"
                .to_owned(),
            change: Some("#email".to_owned()),
        },
    ];
    view! { <SummaryList rows=rows /> }.into_any()
}

/// Facts that cannot be changed here: no links.
pub fn read_only() -> AnyView {
    let rows = vec![
        SummaryRow {
            key: words::PHONE,
            value: "+7 912 345-67-89".to_owned(),
            change: None,
        },
        SummaryRow {
            key: words::SNILS,
            value: "123-456-789 64".to_owned(),
            change: None,
        },
    ];
    view! { <SummaryList rows=rows /> }.into_any()
}
