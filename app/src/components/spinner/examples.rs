//! Gallery examples of the spinner and the skeleton.

use leptos::prelude::*;
use shared::ui::gallery::examples::spinner::*;

use super::{Skeleton, Spinner};

crate::examples![spinner: SPINNER, large_spinner: LARGE_SPINNER, skeleton: SKELETON];

/// Something small is loading.
pub fn spinner() -> AnyView {
    view! { <Spinner /> }.into_any()
}

/// A whole panel is loading.
pub fn large_spinner() -> AnyView {
    view! { <Spinner large=true /> }.into_any()
}

/// The shape of a request card while it loads.
pub fn skeleton() -> AnyView {
    view! { <Skeleton heading=true lines=4 /> }.into_any()
}
