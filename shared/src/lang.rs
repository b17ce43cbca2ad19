//! Languages of the portal and the small grammar the messages need.

use serde::{Deserialize, Serialize};

/// A language the portal speaks: Russian first, English second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Русский: the default.
    #[default]
    Ru,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag of the language, for `lang` attributes and `Accept-Language`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// Picks the language from an `Accept-Language` header: English only when English is
    /// preferred over Russian, Russian otherwise.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut best: Option<(Lang, f32)> = None;
        for item in header.split(',') {
            let mut parts = item.trim().split(';');
            let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let lang = match tag.split('-').next() {
                Some("ru") => Lang::Ru,
                Some("en") => Lang::En,
                _ => continue,
            };
            if best.is_none_or(|(_, q)| quality > q) {
                best = Some((lang, quality));
            }
        }
        best.map_or(Lang::Ru, |(lang, _)| lang)
    }
}

/// A fixed text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Russian.
    pub ru: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in the given language.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ru => self.ru,
            Lang::En => self.en,
        }
    }
}

/// A composed text in both languages (a message with numbers or names put in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Russian.
    pub ru: String,
    /// English.
    pub en: String,
}

impl Message {
    /// The message in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }
}

impl From<Text> for Message {
    fn from(text: Text) -> Self {
        Message {
            ru: text.ru.to_owned(),
            en: text.en.to_owned(),
        }
    }
}

/// The three Russian forms of a counted noun: for 1 (файл), for 2–4 (файла), for 5–20 (файлов).
#[derive(Debug, Clone, Copy)]
pub struct RuPlural {
    /// 1, 21, 31…: «файл».
    pub one: &'static str,
    /// 2–4, 22–24…: «файла».
    pub few: &'static str,
    /// 0, 5–20, 25–30…: «файлов».
    pub many: &'static str,
}

impl RuPlural {
    /// The form that goes with `n`.
    pub fn pick(self, n: u64) -> &'static str {
        let (last, last_two) = (n % 10, n % 100);
        if (11..=14).contains(&last_two) {
            self.many
        } else if last == 1 {
            self.one
        } else if (2..=4).contains(&last) {
            self.few
        } else {
            self.many
        }
    }

    /// `n` followed by the right form: «3 файла».
    pub fn count(self, n: u64) -> String {
        format!("{n} {}", self.pick(n))
    }
}

/// The English singular and plural of a counted noun.
#[derive(Debug, Clone, Copy)]
pub struct EnPlural {
    /// For 1: «file».
    pub one: &'static str,
    /// For everything else: «files».
    pub other: &'static str,
}

impl EnPlural {
    /// `n` followed by the right form: «3 files».
    pub fn count(self, n: u64) -> String {
        format!("{n} {}", if n == 1 { self.one } else { self.other })
    }
}

/// A noun counted in both languages.
#[derive(Debug, Clone, Copy)]
pub struct Counted {
    /// Russian forms.
    pub ru: RuPlural,
    /// English forms.
    pub en: EnPlural,
}

impl Counted {
    /// «3 файла» / «3 files».
    pub fn count(self, n: u64) -> Message {
        Message {
            ru: self.ru.count(n),
            en: self.en.count(n),
        }
    }
}

/// Characters: «символ, символа, символов».
pub const CHARACTERS: Counted = Counted {
    ru: RuPlural {
        one: "символ",
        few: "символа",
        many: "символов",
    },
    en: EnPlural {
        one: "character",
        other: "characters",
    },
};

/// Files: «файл, файла, файлов».
pub const FILES: Counted = Counted {
    ru: RuPlural {
        one: "файл",
        few: "файла",
        many: "файлов",
    },
    en: EnPlural {
        one: "file",
        other: "files",
    },
};

/// Business days: «рабочий день, рабочих дня, рабочих дней».
pub const BUSINESS_DAYS: Counted = Counted {
    ru: RuPlural {
        one: "рабочий день",
        few: "рабочих дня",
        many: "рабочих дней",
    },
    en: EnPlural {
        one: "business day",
        other: "business days",
    },
};
