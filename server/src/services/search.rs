//! Full-text search, one module for every corpus (knowledge-base articles, requests): how text
//! becomes index terms, how a query is read, and the snippet shown under a result. Nothing here
//! knows the database: `storage::fulltext` turns a [`Query`] into SQLite FTS5's syntax, and a
//! PostgreSQL backend would turn the same [`Query`] into a `tsquery` over the same terms.
//!
//! Text is split into words (runs of letters and digits), lower-cased, «ё» read as «е», and each
//! word stemmed by the Snowball algorithm of its alphabet (Russian for Cyrillic, English for
//! Latin) from `rust-stemmers`: the stemmer tantivy uses, pure Rust, a few hundred kilobytes, and
//! Snowball Russian is what PostgreSQL's `russian` configuration uses too, so both backends find
//! the same articles. The index keeps both the stems (for words: «паролем» finds «пароль») and
//! the plain words (for quoted phrases, which match exactly and in order, and for prefixes while
//! a title is typed).

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::services::mail::escape;

/// Bumped whenever what the index holds for a text changes (tokenising, normalising,
/// stemming): an index written by another version is rebuilt at start.
pub const ANALYZER_VERSION: i64 = 1;

/// Most words and phrases of one query that are looked for; the rest are ignored.
const TERMS_MAX: usize = 12;
/// The shortest word of a question that is looked for.
const QUESTION_WORD_MIN: usize = 3;

static RUSSIAN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Russian));
static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// A word as searching compares it: lower-case, «ё» as «е».
pub fn normalize(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// The stem of a normalised word: Russian Snowball for a Cyrillic word, English for a Latin
/// one; numbers and other scripts as they are.
pub fn stem(word: &str) -> Cow<'_, str> {
    if word.chars().any(|c| matches!(c, 'а'..='я')) {
        RUSSIAN.stem(word)
    } else if word.chars().any(|c| c.is_ascii_alphabetic()) {
        ENGLISH.stem(word)
    } else {
        Cow::Borrowed(word)
    }
}

/// The words of `text` with where each lies (byte range), in order.
fn spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// What the index keeps of one text: its stems and its plain words, each joined by spaces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    /// The stems, in order, for word searches.
    pub stems: String,
    /// The normalised words, in order, for phrases and prefixes.
    pub words: String,
}

impl Terms {
    /// The terms of `text`.
    pub fn of(text: &str) -> Terms {
        let mut terms = Terms::default();
        for (_, word) in spans(text) {
            let word = normalize(word);
            if !terms.words.is_empty() {
                terms.words.push(' ');
                terms.stems.push(' ');
            }
            terms.stems.push_str(&stem(&word));
            terms.words.push_str(&word);
        }
        terms
    }
}

/// One thing a query asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// A word in any of its forms: its stem.
    Word(String),
    /// Words exactly as typed (normalised), next to each other in this order.
    Phrase(Vec<String>),
}

/// A query as typed into a search box: words (any form, all of them) and `"quoted phrases"`
/// (exactly, in order). Anything but letters and digits outside quotes only separates words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// What every result must hold.
    pub terms: Vec<Term>,
}

impl Query {
    /// Reads a query; an unclosed quote runs to the end.
    pub fn parse(typed: &str) -> Query {
        let mut terms = Vec::new();
        for (index, part) in typed.split('"').enumerate() {
            let words: Vec<String> = spans(part).map(|(_, word)| normalize(word)).collect();
            if index % 2 == 1 && words.len() > 1 {
                terms.push(Term::Phrase(words));
            } else {
                terms.extend(words.iter().map(|word| Term::Word(stem(word).into_owned())));
            }
        }
        terms.dedup();
        terms.truncate(TERMS_MAX);
        Query { terms }
    }

    /// The words of a question put in plain language (the chat's first message), for a search
    /// of any of them: words shorter than [`QUESTION_WORD_MIN`] letters («в», «не», «на») say
    /// nothing of the topic and are left out, quotes mean nothing.
    pub fn question(typed: &str) -> Query {
        let mut terms: Vec<Term> = Vec::new();
        let words = spans(typed)
            .map(|(_, word)| normalize(word))
            .filter(|word| word.chars().count() >= QUESTION_WORD_MIN);
        for word in words {
            let term = Term::Word(stem(&word).into_owned());
            if !terms.contains(&term) {
                terms.push(term);
            }
            if terms.len() == TERMS_MAX {
                break;
            }
        }
        Query { terms }
    }

    /// Whether nothing is searched for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether the word at `words[at]` begins a match of one of the terms; the matched words'
    /// count.
    fn matches_at(&self, words: &[TextWord<'_>], at: usize) -> Option<usize> {
        self.terms.iter().find_map(|term| match term {
            Term::Word(wanted) => (&words[at].stem == wanted).then_some(1),
            Term::Phrase(phrase) => {
                let here = words.get(at..at + phrase.len())?;
                here.iter()
                    .zip(phrase)
                    .all(|(word, wanted)| &word.word == wanted)
                    .then_some(phrase.len())
            }
        })
    }
}

/// What a query typed into a box with suggestions asks for: every word but the last whole (any
/// form), the last one a prefix of a word as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefix {
    /// Stems of the words already typed.
    pub stems: Vec<String>,
    /// The start of the word being typed, normalised.
    pub start: String,
}

impl Prefix {
    /// The prefix query of `typed`; `None` until the word being typed has `min_chars`.
    pub fn parse(typed: &str, min_chars: usize) -> Option<Prefix> {
        let mut words: Vec<String> = spans(typed).map(|(_, word)| normalize(word)).collect();
        let start = words.pop()?;
        if start.chars().count() < min_chars {
            return None;
        }
        words.truncate(TERMS_MAX);
        Some(Prefix {
            stems: words.iter().map(|word| stem(word).into_owned()).collect(),
            start,
        })
    }
}

/// A word of a text a snippet quotes, read once.
struct TextWord<'a> {
    /// Where it starts (bytes).
    at: usize,
    /// As written.
    text: &'a str,
    /// Normalised.
    word: String,
    /// Its stem.
    stem: String,
}

/// A passage of `text` around the best match of `query`, about `max_chars` long, as HTML: the
/// text escaped, each matched word in `<mark>`, «…» where the passage is cut. Without a match,
/// the text's start.
pub fn snippet(text: &str, query: &Query, max_chars: usize) -> String {
    let words: Vec<TextWord<'_>> = spans(text)
        .map(|(at, written)| {
            let word = normalize(written);
            let stem = stem(&word).into_owned();
            TextWord {
                at,
                text: written,
                word,
                stem,
            }
        })
        .collect();
    // The length of the match starting at each word, if one does.
    let lengths: Vec<Option<usize>> = (0..words.len())
        .map(|at| query.matches_at(&words, at))
        .collect();
    let matches: Vec<(usize, usize)> = lengths
        .iter()
        .enumerate()
        .filter_map(|(at, len)| len.map(|len| (at, len)))
        .collect();
    // The passage starts a few words before the match that has most other matches after it.
    let window = max_chars / 8;
    let best = matches
        .iter()
        .max_by_key(|(at, _)| {
            let close = matches
                .iter()
                .filter(|(other, _)| *other >= *at && *other < at + window)
                .count();
            (close, std::cmp::Reverse(*at))
        })
        .map_or(0, |(at, _)| *at);
    // From the text's start when the match is near it; else from a few words before it.
    let near_start = words
        .get(best)
        .is_none_or(|word| text[..word.at].chars().count() < max_chars * 2 / 3);
    let first_word = if near_start {
        0
    } else {
        best.saturating_sub(4)
    };
    let start = if first_word == 0 {
        0
    } else {
        words[first_word].at
    };
    // Cut after `max_chars` characters, at the last word boundary inside them.
    let end = match text[start..].char_indices().nth(max_chars) {
        Some((over, _)) => {
            start
                + text[start..start + over]
                    .rfind(char::is_whitespace)
                    .unwrap_or(over)
        }
        None => text.len(),
    };
    let mut html = String::new();
    if start > 0 {
        html.push('…');
    }
    let mut written = start;
    let mut index = first_word;
    while index < words.len() && words[index].at < end {
        let at = words[index].at;
        if let Some(len) = lengths[index] {
            let last = &words[(index + len - 1).min(words.len() - 1)];
            let match_end = (last.at + last.text.len()).min(end);
            html.push_str(&escape(&text[written..at]));
            html.push_str("<mark>");
            html.push_str(&escape(&text[at..match_end]));
            html.push_str("</mark>");
            written = match_end;
            index += len;
        } else {
            index += 1;
        }
    }
    html.push_str(&escape(text[written..end].trim_end()));
    if end < text.len() {
        html.push('…');
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(stem: &str) -> Term {
        Term::Word(stem.to_owned())
    }

    #[test]
    fn word_forms_share_a_stem() {
        let stems: Vec<String> = ["пароль", "паролем", "пароля", "пароли", "ПАРОЛЯМИ"]
            .iter()
            .map(|w| stem(&normalize(w)).into_owned())
            .collect();
        assert!(stems.iter().all(|s| s == &stems[0]), "{stems:?}");
        assert_eq!(stem("passwords"), stem("password"));
        assert_eq!(stem("2026"), "2026");
    }

    #[test]
    fn yo_is_read_as_ye_in_any_case() {
        assert_eq!(normalize("Ёлка ЗАЧЁТ"), "елка зачет");
        assert_eq!(Terms::of("Учётная запись").words, "учетная запись");
        assert_eq!(Query::parse("учётной"), Query::parse("УЧЕТНОЙ"));
    }

    #[test]
    fn terms_keep_stems_and_words_in_order() {
        let terms = Terms::of("Вход по паролю, e-mail и СНИЛС!");
        assert_eq!(terms.words, "вход по паролю e mail и снилс");
        assert_eq!(terms.stems.split(' ').count(), 7);
        assert!(terms.stems.starts_with("вход по парол "));
    }

    #[test]
    fn quotes_make_a_phrase_and_the_rest_are_words() {
        let query = Query::parse(r#"сменить "номер телефона" Почту"#);
        assert_eq!(
            query.terms,
            [
                word(&stem("сменить")),
                Term::Phrase(vec!["номер".to_owned(), "телефона".to_owned()]),
                word(&stem("почту")),
            ]
        );
        assert_eq!(
            Query::parse(r#""одно""#).terms,
            [word(&stem("одно"))],
            "a quoted single word is a word"
        );
        assert_eq!(
            Query::parse(r#"код "не приходит"#).terms[1],
            Term::Phrase(vec!["не".to_owned(), "приходит".to_owned()]),
            "an unclosed quote runs to the end"
        );
        assert!(Query::parse(" ,.;\"\" ").is_empty());
    }

    #[test]
    fn a_query_holds_a_bounded_number_of_terms() {
        let long = (0..50).map(|n| format!("слово{n}")).collect::<Vec<_>>();
        assert_eq!(Query::parse(&long.join(" ")).terms.len(), TERMS_MAX);
    }

    #[test]
    fn a_prefix_waits_for_enough_letters() {
        assert_eq!(Prefix::parse("п", 2), None);
        assert_eq!(Prefix::parse("  ", 2), None);
        assert_eq!(
            Prefix::parse("восстановить ПАРо", 2),
            Some(Prefix {
                stems: vec![stem("восстановить").into_owned()],
                start: "паро".to_owned(),
            })
        );
    }

    #[test]
    fn a_snippet_marks_every_form_and_escapes_the_rest() {
        let text = "Если вы забыли пароль <от> портала, восстановите его: новый пароль \
                    придёт на почту. Паролем & кодом не делитесь.";
        let html = snippet(text, &Query::parse("паролями"), 400);
        assert_eq!(
            html,
            "Если вы забыли <mark>пароль</mark> &lt;от&gt; портала, восстановите его: новый \
             <mark>пароль</mark> придёт на почту. <mark>Паролем</mark> &amp; кодом не делитесь."
        );
    }

    #[test]
    fn a_snippet_marks_a_phrase_only_in_its_order() {
        let text = "Телефона номер не нужен. Укажите номер телефона в профиле.";
        let html = snippet(text, &Query::parse(r#""номер телефона""#), 400);
        assert_eq!(
            html,
            "Телефона номер не нужен. Укажите <mark>номер телефона</mark> в профиле."
        );
    }

    #[test]
    fn a_long_text_is_cut_around_the_match() {
        let text = format!(
            "{} Двухфакторный вход защищает учётную запись. {}",
            "Вступление без нужных слов. ".repeat(20),
            "Окончание тоже без них. ".repeat(20)
        );
        let html = snippet(&text, &Query::parse("двухфакторного"), 120);
        assert!(html.starts_with('…') && html.ends_with('…'), "{html}");
        assert!(html.contains("<mark>Двухфакторный</mark> вход"), "{html}");
        assert!(html.chars().count() < 150, "{html}");
        let start = snippet(&text, &Query::parse("отсутствует"), 60);
        assert!(start.starts_with("Вступление без нужных слов."), "{start}");
        assert!(start.ends_with('…'));
    }
}
