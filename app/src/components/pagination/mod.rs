//! Pagination: «Назад», page numbers and «Вперёд» under a long list, in a navigation landmark.
//! The current page is marked with `aria-current="page"`; long ranges fold into «…» around the
//! first, the last and the pages next to the current one ([`page_items`], tested on its own).
//! Each number is read with «Страница» before it.
//!
//! # Manual checks
//! - A screen reader announces the landmark «Страницы» and the current page.
//! - At 320 px the numbers wrap to a second line rather than overflow.

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

use leptos::prelude::*;
use shared::ui::components::pagination as words;

use crate::lang;

/// One place in the row of page links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageItem {
    /// A page number.
    Page(u32),
    /// Pages left out.
    Gap,
}

/// The items to show for `current` of `total` pages: the first, the last, the current one and its
/// neighbours, with gaps where pages are left out (a gap never stands for a single page).
pub fn page_items(current: u32, total: u32) -> Vec<PageItem> {
    let current = current.clamp(1, total.max(1));
    let mut items = Vec::new();
    let mut last_shown = 0;
    for page in 1..=total {
        let near = page.abs_diff(current) <= 1;
        let edge = page == 1 || page == total;
        // A single left-out page is shown instead of a gap standing for it.
        let fills_gap = (page == 2 && current == 4) || (page + 1 == total && current + 3 == total);
        if near || edge || fills_gap {
            if page > last_shown + 1 {
                items.push(PageItem::Gap);
            }
            items.push(PageItem::Page(page));
            last_shown = page;
        }
    }
    items
}

/// The row of links; `href(page)` makes each page's address.
#[component]
pub fn Pagination(
    /// The page shown, from 1.
    current: u32,
    /// How many pages.
    total: u32,
    /// The address of a page.
    href: Callback<u32, String>,
) -> impl IntoView {
    let previous = (current > 1).then(|| {
        view! {
            <a class="pagination__prev" href=href.run(current - 1) rel="prev">
                {words::PREVIOUS.get(lang())}
            </a>
        }
    });
    let next = (current < total).then(|| {
        view! {
            <a class="pagination__next" href=href.run(current + 1) rel="next">
                {words::NEXT.get(lang())}
            </a>
        }
    });
    let items = page_items(current, total)
        .into_iter()
        .map(|item| match item {
            PageItem::Page(page) => {
                let is_current = page == current;
                leptos::either::Either::Left(view! {
                    <li class="pagination__item" class:pagination__item--current=is_current>
                        <a href=href.run(page) aria-current=is_current.then_some("page")>
                            <span class="visually-hidden">{words::PAGE.get(lang())} " "</span>
                            {page}
                        </a>
                    </li>
                })
            }
            PageItem::Gap => leptos::either::Either::Right(view! {
                <li class="pagination__item pagination__item--gap" aria-hidden="true">"…"</li>
            }),
        })
        .collect_view();
    view! {
        <nav class="pagination" aria-label=words::LABEL.get(lang())>
            {previous}
            <ul class="pagination__list">{items}</ul>
            {next}
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::PageItem::{Gap, Page};
    use super::page_items;

    #[test]
    fn short_ranges_show_every_page() {
        assert_eq!(page_items(1, 1), vec![Page(1)]);
        assert_eq!(page_items(2, 3), vec![Page(1), Page(2), Page(3)]);
        assert_eq!(
            page_items(3, 5),
            vec![Page(1), Page(2), Page(3), Page(4), Page(5)]
        );
    }

    #[test]
    fn long_ranges_fold_around_the_current_page() {
        assert_eq!(page_items(1, 10), vec![Page(1), Page(2), Gap, Page(10)]);
        assert_eq!(
            page_items(5, 10),
            vec![Page(1), Gap, Page(4), Page(5), Page(6), Gap, Page(10)]
        );
        assert_eq!(page_items(10, 10), vec![Page(1), Gap, Page(9), Page(10)]);
    }

    #[test]
    fn a_gap_never_hides_a_single_page() {
        assert_eq!(
            page_items(4, 10),
            vec![Page(1), Page(2), Page(3), Page(4), Page(5), Gap, Page(10)]
        );
        assert_eq!(
            page_items(7, 10),
            vec![Page(1), Gap, Page(6), Page(7), Page(8), Page(9), Page(10)]
        );
    }

    #[test]
    fn out_of_range_pages_are_clamped() {
        assert_eq!(page_items(0, 3), page_items(1, 3));
        assert_eq!(page_items(9, 3), page_items(3, 3));
        assert!(page_items(1, 0).is_empty());
    }
}
