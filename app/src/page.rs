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
