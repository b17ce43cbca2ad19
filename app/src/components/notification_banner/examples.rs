//! Gallery examples of the notification banner.

use leptos::prelude::*;
use shared::ui::gallery::examples::notification_banner::*;
use shared::ui::gallery::states;

use super::{BannerKind, NotificationBanner};
use crate::lang;

crate::examples![
    information: INFORMATION,
    success: SUCCESS_TITLE,
    warning: WARNING,
    long_text: states::LONG_TEXT,
];

/// Something to know before anything else.
pub fn information() -> AnyView {
    view! {
        <NotificationBanner heading=INFO_HEADING>
            <p class="body">{INFO_TEXT.get(lang())}</p>
        </NotificationBanner>
    }
    .into_any()
}

/// The result of an action: read at once by screen readers.
pub fn success() -> AnyView {
    view! {
        <NotificationBanner kind=BannerKind::Success heading=SUCCESS_HEADING>
            <p class="body">{SUCCESS_TEXT.get(lang())}</p>
        </NotificationBanner>
    }
    .into_any()
}

/// A fault that is not the person's doing, and what to do.
pub fn warning() -> AnyView {
    view! {
        <NotificationBanner kind=BannerKind::Warning heading=shared::ui::faults::NOT_SENT>
            <p class="body">{shared::ui::faults::NETWORK.get(lang())}</p>
        </NotificationBanner>
    }
    .into_any()
}

/// A long heading and text wrap inside the frame.
pub fn long_text() -> AnyView {
    view! {
        <NotificationBanner heading=LONG_HEADING>
            <p class="body">{INFO_TEXT.get(lang())} " " {INFO_TEXT.get(lang())}</p>
        </NotificationBanner>
    }
    .into_any()
}
