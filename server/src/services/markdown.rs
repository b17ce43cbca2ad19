//! Article bodies: a small, safe Markdown subset rendered on the server. Headings (`##`–`####`;
//! a `#` becomes `##`, as the page's title is its only first-level heading), paragraphs, lists,
//! emphasis, quotes, code and links. Raw HTML and images are dropped while the Markdown is read,
//! links go only where [`shared::articles::link_allowed`] lets them, and the HTML made is then
//! cleaned by `ammonia` against the same list, so a mistake in one pass is caught by the other.

use std::collections::HashSet;
use std::sync::LazyLock;

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use shared::articles::link_allowed;

/// The elements an article may hold.
const TAGS: &[&str] = &[
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "blockquote",
    "a",
    "code",
    "pre",
    "br",
    "hr",
];

static CLEANER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut builder = Builder::empty();
    builder
        .tags(TAGS.iter().copied().collect::<HashSet<_>>())
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("ol", ["start"])
        .url_schemes(["https", "mailto", "tel"].into_iter().collect())
        .url_relative(UrlRelative::PassThrough)
        .attribute_filter(|_, attribute, value| {
            (attribute != "href" || link_allowed(value)).then_some(value.into())
        })
        .link_rel(Some("noopener noreferrer"));
    builder
});

/// The events of `markdown` with everything outside the subset taken out.
fn subset(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    let mut dropped_link = false;
    Parser::new_ext(markdown, Options::empty()).filter_map(move |event| match event {
        Event::Html(_) | Event::InlineHtml(_) => None,
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::Link { ref dest_url, .. }) if !link_allowed(dest_url) => {
            dropped_link = true;
            None
        }
        Event::End(TagEnd::Link) if dropped_link => {
            dropped_link = false;
            None
        }
        Event::Start(Tag::Heading { level, .. }) => Some(Event::Start(Tag::Heading {
            level: within_subset(level),
            id: None,
            classes: Vec::new(),
            attrs: Vec::new(),
        })),
        Event::End(TagEnd::Heading(level)) => {
            Some(Event::End(TagEnd::Heading(within_subset(level))))
        }
        other => Some(other),
    })
}

/// Headings from the second level to the fourth.
fn within_subset(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => HeadingLevel::H2,
        HeadingLevel::H3 => HeadingLevel::H3,
        HeadingLevel::H4 | HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H4,
    }
}

/// `markdown` as clean HTML.
pub fn render(markdown: &str) -> String {
    let mut html = String::with_capacity(markdown.len() * 5 / 4);
    pulldown_cmark::html::push_html(&mut html, subset(markdown));
    CLEANER.clean(&html).to_string()
}

/// The words of `markdown` without its markup, a line for each block: what search indexes and
/// snippets quote.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in subset(markdown) {
        match event {
            Event::Text(words) | Event::Code(words) => text.push_str(&words),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => text.push('\n'),
            _ => {}
        }
    }
    text.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::{plain_text, render};

    #[test]
    fn the_subset_renders() {
        let html = render(
            "# Заголовок\n\nАбзац с **жирным** и *курсивом*.\n\n- один\n- два\n\n1. первый\n\n> Совет\n",
        );
        assert_eq!(
            html,
            "<h2>Заголовок</h2>\n<p>Абзац с <strong>жирным</strong> и <em>курсивом</em>.</p>\n\
             <ul>\n<li>один</li>\n<li>два</li>\n</ul>\n<ol>\n<li>первый</li>\n</ol>\n\
             <blockquote>\n<p>Совет</p>\n</blockquote>\n"
        );
    }

    #[test]
    fn scripts_and_raw_html_are_dropped() {
        let html = render(
            "До\n\n<script>alert(1)</script>\n\nтекст <img src=x onerror=alert(1)> и \
             <iframe src=\"https://evil.example\"></iframe> после\n\n<div onclick=\"x()\">блок</div>\n",
        );
        for forbidden in [
            "<script", "alert", "<img", "onerror", "<iframe", "onclick", "<div",
        ] {
            assert!(!html.contains(forbidden), "{forbidden} in {html}");
        }
        assert!(html.contains("<p>До</p>"), "{html}");
        assert!(html.contains("после"), "{html}");
    }

    #[test]
    fn only_safe_links_are_kept() {
        let html = render(
            "[портал](/account/requests/new) [сайт](https://www.gosuslugi.ru) \
             [почта](mailto:support@gosuslugi.ru) [звонок](tel:115) [плохо](javascript:alert(1)) \
             [данные](data:text/html;base64,PHNjcmlwdD4=) [чужой](//evil.example) \
             [открытый](http://example.org) <javascript:alert(2)>",
        );
        assert!(
            html.contains(
                r#"<a href="/account/requests/new" rel="noopener noreferrer">портал</a>"#
            ),
            "{html}"
        );
        assert!(
            html.contains(r#"href="https://www.gosuslugi.ru""#),
            "{html}"
        );
        assert!(
            html.contains(r#"href="mailto:support@gosuslugi.ru""#),
            "{html}"
        );
        assert!(html.contains(r#"href="tel:115""#), "{html}");
        assert_eq!(html.matches("<a ").count(), 4, "{html}");
        for forbidden in [
            "href=\"javascript",
            "href=\"data:",
            "evil.example",
            "http://",
        ] {
            assert!(!html.contains(forbidden), "{forbidden} in {html}");
        }
        assert!(
            html.contains("плохо") && html.contains("чужой"),
            "the text stays: {html}"
        );
    }

    #[test]
    fn images_leave_their_description() {
        let html = render("![схема входа](https://example.org/a.png)");
        assert_eq!(html, "<p>схема входа</p>\n");
    }

    #[test]
    fn plain_text_has_the_words_without_the_markup() {
        let text =
            plain_text("## Шаг 1\n\nОткройте **страницу** [входа](/sign-in).\n\n- Введите код\n");
        assert_eq!(text, "Шаг 1\nОткройте страницу входа.\nВведите код");
    }
}
