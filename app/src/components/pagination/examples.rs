//! Gallery examples of pagination.

use leptos::prelude::*;
use shared::ui::gallery::examples::pagination::*;

use super::Pagination;

crate::examples![first_page: FIRST, middle: MIDDLE, last_page: LAST];

/// The first of ten pages.
pub fn first_page() -> AnyView {
    let href = Callback::new(|page: u32| format!("?page={page}"));
    view! { <Pagination current=1 total=10 href=href /> }.into_any()
}

/// The middle of a long list: the range folds.
pub fn middle() -> AnyView {
    let href = Callback::new(|page: u32| format!("?page={page}"));
    view! { <Pagination current=5 total=10 href=href /> }.into_any()
}

/// The last page.
pub fn last_page() -> AnyView {
    let href = Callback::new(|page: u32| format!("?page={page}"));
    view! { <Pagination current=10 total=10 href=href /> }.into_any()
}
