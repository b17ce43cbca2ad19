//! A page whose chunk could not be downloaded.

use leptos::prelude::*;
use shared::ui::chunk_failed;

use crate::components::button::Button;
use crate::{focus_later, lang, set_title};

/// Says the page could not be downloaded and offers to try again; `retry` downloads it anew.
#[component]
pub fn ChunkFailedPage(retry: Callback<()>) -> impl IntoView {
    set_title(chunk_failed::TITLE.get(lang()), true);
    // As an error summary would: the heading takes focus so the failure is read out at once.
    focus_later("chunk-failed".to_owned());
    view! {
        <h1 class="heading-l" id="chunk-failed" tabindex="-1">
            {chunk_failed::TITLE.get(lang())}
        </h1>
        <p class="body">{chunk_failed::TEXT.get(lang())}</p>
        <Button label=chunk_failed::RETRY on_click=retry />
    }
}
