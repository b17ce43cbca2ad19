//! The pages of the SPA as a type, so links and redirects never spell paths by hand.

/// A page of the portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// Help centre home.
    Home,
    /// Anonymous feedback form.
    Feedback,
    /// Confirmation after feedback was sent.
    FeedbackSent {
        /// The request number.
        number: String,
        /// When the answer is due, `ДД.ММ.ГГГГ`.
        due: String,
    },
}

impl Page {
    /// The page's path with its query.
    pub fn href(&self) -> String {
        match self {
            Page::Home => "/".to_owned(),
            Page::Feedback => "/feedback".to_owned(),
            Page::FeedbackSent { number, due } => {
                format!(
                    "/feedback/sent?number={}&due={}",
                    encode(number),
                    encode(due)
                )
            }
        }
    }
}

impl Page {
    /// The page an address names: its path and a way to read its query; `None` when there is no
    /// such page.
    pub fn from_address(path: &str, query: impl Fn(&str) -> Option<String>) -> Option<Page> {
        match path.trim_end_matches('/') {
            "" => Some(Page::Home),
            "/feedback" => Some(Page::Feedback),
            "/feedback/sent" => Some(Page::FeedbackSent {
                number: query("number").unwrap_or_default(),
                due: query("due").unwrap_or_default(),
            }),
            _ => None,
        }
    }
}

/// Percent-encodes a query value (numbers and dates need little, but nothing is left to chance).
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Page;

    fn query_of(href: &str) -> impl Fn(&str) -> Option<String> + '_ {
        move |key| {
            let (_, query) = href.split_once('?')?;
            query.split('&').find_map(|pair| {
                let (k, v) = pair.split_once('=')?;
                (k == key).then(|| decode(v))
            })
        }
    }

    fn decode(value: &str) -> String {
        let bytes = value.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&value[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_page_is_found_at_its_own_address() {
        let pages = [
            Page::Home,
            Page::Feedback,
            Page::FeedbackSent {
                number: "ОБР-2026-000017".to_owned(),
                due: "03.12.2026".to_owned(),
            },
        ];
        for page in pages {
            let href = page.href();
            let path = href.split('?').next().unwrap();
            assert_eq!(
                Page::from_address(path, query_of(&href)),
                Some(page),
                "{href}"
            );
        }
        assert_eq!(
            Page::from_address("/feedback/", |_| None),
            Some(Page::Feedback)
        );
        assert_eq!(Page::from_address("/no/such/page", |_| None), None);
    }
}
