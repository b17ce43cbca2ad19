//! Gallery examples of the date input.

use leptos::prelude::*;
use shared::dates::birth_date;
use shared::ui::gallery::examples::date_input::*;
use shared::ui::gallery::states;

use super::{DateInput, DateParts};
use crate::components::error_summary::ShownError;
use crate::now;

crate::examples![empty: states::EMPTY, filled: states::FILLED, error: states::ERROR];

/// A birth date not yet given.
pub fn empty() -> AnyView {
    view! {
        <DateInput name="birth-date" legend=BIRTH_DATE hint=BIRTH_DATE_HINT value=DateParts::new() error=Signal::stored(None) birthday=true />
    }
    .into_any()
}

/// A birth date given.
pub fn filled() -> AnyView {
    let value = DateParts::of("27", "3", "1987");
    view! {
        <DateInput name="birth-date-filled" legend=BIRTH_DATE hint=BIRTH_DATE_HINT value=value error=Signal::stored(None) birthday=true />
    }
    .into_any()
}

/// A date in the future: what `shared`'s birth-date rule says.
pub fn error() -> AnyView {
    let value = DateParts::of("27", "3", "2099");
    let today = shared::dates::in_moscow(now()).date();
    let code = birth_date(&value.joined(), today).err().unwrap_or_default();
    view! {
        <DateInput
            name="birth-date-error"
            legend=BIRTH_DATE
            hint=BIRTH_DATE_HINT
            value=value
            error=Signal::stored(Some(ShownError::new("birth-date-error", code)))
            birthday=true
        />
    }
    .into_any()
}
