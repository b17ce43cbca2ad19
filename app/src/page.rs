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
    /// Sign-in.
    SignIn {
        /// Shown after an idle session ended: says why.
        timed_out: bool,
    },
    /// Registration.
    Register,
    /// Password recovery.
    Recover,
    /// «Личный кабинет».
    Account {
        /// Just registered: a welcome banner.
        welcome: bool,
    },
    /// «Безопасность»: sessions, password, second factor.
    Security,
    /// «Мои данные».
    Profile,
    /// A new phone (`phone`) or e-mail, confirmed by a code.
    ChangeContact {
        /// The phone rather than the e-mail.
        phone: bool,
    },
    /// «Подтверждение личности»: scans of the passport and SNILS.
    Identity,
    /// «Сотрудники»: an administrator lists and creates contact-centre accounts.
    StaffAccounts,
    /// The people waiting for the confirmation of their identity.
    IdentityQueue {
        /// A decision was just saved: a banner says so.
        decided: bool,
    },
    /// One person's scans and the decision about them.
    IdentityCase {
        /// Their account.
        account_id: i64,
    },
}

/// Which bundle shows a page. Each is its own download, so a citizen reading the help centre never
/// loads the account pages' code, and each stays within the size budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The help centre and feedback (`index.html`).
    HelpCentre,
    /// Sign-in, registration and recovery (`access.html`).
    Access,
    /// «Личный кабинет» and «Безопасность» (`account.html`).
    Account,
    /// «Мои данные» and changing a contact (`profile.html`).
    Profile,
    /// «Подтверждение личности» (`identity.html`): the file upload is a bundle's worth of code.
    Identity,
    /// The operators' pages (`staff.html`).
    Staff,
    /// The administrator's pages (`admin.html`).
    Admin,
}

impl Area {
    /// The bundle's folder in `dist`, as `shared::accounts::BUNDLES` names it.
    pub fn folder(self) -> Option<&'static str> {
        match self {
            Area::HelpCentre => None,
            Area::Access => Some("access-app"),
            Area::Account => Some("account-app"),
            Area::Profile => Some("profile-app"),
            Area::Identity => Some("identity-app"),
            Area::Staff => Some("staff-app"),
            Area::Admin => Some("admin-app"),
        }
    }
}

impl Page {
    /// The bundle that shows the page.
    pub fn area(&self) -> Area {
        match self {
            Page::Home | Page::Feedback | Page::FeedbackSent { .. } => Area::HelpCentre,
            Page::SignIn { .. } | Page::Register | Page::Recover => Area::Access,
            Page::Account { .. } | Page::Security => Area::Account,
            Page::Profile | Page::ChangeContact { .. } => Area::Profile,
            Page::Identity => Area::Identity,
            Page::IdentityQueue { .. } | Page::IdentityCase { .. } => Area::Staff,
            Page::StaffAccounts => Area::Admin,
        }
    }

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
            Page::SignIn { timed_out: false } => "/sign-in".to_owned(),
            Page::SignIn { timed_out: true } => "/sign-in?timeout=1".to_owned(),
            Page::Register => "/register".to_owned(),
            Page::Recover => "/recover".to_owned(),
            Page::Account { welcome: false } => "/account".to_owned(),
            Page::Account { welcome: true } => "/account?welcome=1".to_owned(),
            Page::Security => "/account/security".to_owned(),
            Page::Profile => "/account/profile".to_owned(),
            Page::ChangeContact { phone: true } => {
                "/account/profile/contact?channel=phone".to_owned()
            }
            Page::ChangeContact { phone: false } => {
                "/account/profile/contact?channel=email".to_owned()
            }
            Page::Identity => "/account/profile/identity".to_owned(),
            Page::StaffAccounts => "/admin/staff".to_owned(),
            Page::IdentityQueue { decided: false } => "/staff/identity".to_owned(),
            Page::IdentityQueue { decided: true } => "/staff/identity?decided=1".to_owned(),
            Page::IdentityCase { account_id } => {
                format!("/staff/identity/case?account={account_id}")
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
            "/sign-in" => Some(Page::SignIn {
                timed_out: query("timeout").is_some(),
            }),
            "/register" => Some(Page::Register),
            "/recover" => Some(Page::Recover),
            "/account" => Some(Page::Account {
                welcome: query("welcome").is_some(),
            }),
            "/account/security" => Some(Page::Security),
            "/account/profile" => Some(Page::Profile),
            "/account/profile/contact" => Some(Page::ChangeContact {
                phone: query("channel").as_deref() == Some("phone"),
            }),
            "/account/profile/identity" => Some(Page::Identity),
            "/admin/staff" => Some(Page::StaffAccounts),
            "/staff/identity" => Some(Page::IdentityQueue {
                decided: query("decided").is_some(),
            }),
            "/staff/identity/case" => Some(Page::IdentityCase {
                account_id: query("account")?.parse().ok()?,
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
            Page::SignIn { timed_out: false },
            Page::SignIn { timed_out: true },
            Page::Register,
            Page::Recover,
            Page::Account { welcome: false },
            Page::Account { welcome: true },
            Page::Security,
            Page::Profile,
            Page::ChangeContact { phone: true },
            Page::ChangeContact { phone: false },
            Page::Identity,
            Page::StaffAccounts,
            Page::IdentityQueue { decided: false },
            Page::IdentityQueue { decided: true },
            Page::IdentityCase { account_id: 42 },
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

    #[test]
    fn the_server_serves_each_page_the_bundle_that_shows_it() {
        for page in [
            Page::Home,
            Page::Feedback,
            Page::SignIn { timed_out: true },
            Page::Register,
            Page::Recover,
            Page::Account { welcome: false },
            Page::Security,
            Page::Profile,
            Page::ChangeContact { phone: false },
            Page::Identity,
            Page::StaffAccounts,
            Page::IdentityQueue { decided: true },
            Page::IdentityCase { account_id: 7 },
        ] {
            let href = page.href();
            let path = href.split('?').next().unwrap();
            assert_eq!(
                shared::accounts::bundle_of(path),
                page.area().folder(),
                "{href}"
            );
        }
    }
}
