//! Gallery examples of the fieldset.

use leptos::prelude::*;
use shared::ui::feedback as words;
use shared::ui::gallery::states;

use super::Fieldset;
use crate::components::text_input::TextInput;

crate::examples![with_hint: states::WITH_HINT];

/// The optional documents of the feedback form, grouped under one legend and hint.
pub fn with_hint() -> AnyView {
    let snils = RwSignal::new(String::new());
    let inn = RwSignal::new(String::new());
    view! {
        <Fieldset id="documents".to_owned() legend=words::DOCUMENTS hint=words::DOCUMENTS_HINT>
            <TextInput
                name="snils"
                label=words::SNILS
                hint=words::SNILS_HINT
                inputmode="numeric"
                width="input--width-20"
                value=snils
                error=Signal::stored(None)
            />
            <TextInput
                name="inn"
                label=words::INN
                hint=words::INN_HINT
                inputmode="numeric"
                width="input--width-20"
                value=inn
                error=Signal::stored(None)
            />
        </Fieldset>
    }
    .into_any()
}
