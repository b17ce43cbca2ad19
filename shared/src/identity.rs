//! Identity confirmation (SPEC §7): the citizen sends scans of the passport and SNILS named in
//! «Мои данные»; an operator compares them with the profile and confirms or refuses.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::attachments::FileKind;
use crate::codes;
use crate::forms::FormErrors;
use crate::forms::profile::Profile;
use crate::text;

/// `POST` multipart: a `data` part `{}` and the scans under [`PASSPORT_SCANS`] and
/// [`SNILS_SCANS`] → [`crate::accounts::ProfileView`].
pub const IDENTITY_PATH: &str = "/api/v1/profile/identity";
/// `GET`: the people waiting for an operator, oldest first → `Vec<`[`IdentityCase`]`>`. Only
/// operators and senior operators.
pub const IDENTITY_QUEUE_PATH: &str = "/api/v1/staff/identity";

/// Multipart part (and form field) of the passport's scans.
pub const PASSPORT_SCANS: &str = "passport_scans";
/// Multipart part (and form field) of the SNILS's scans.
pub const SNILS_SCANS: &str = "snils_scans";
/// Most scans of one document: a passport's photo page and its registration page.
pub const SCANS_PER_DOCUMENT_MAX: usize = 2;

/// `GET` one waiting person → [`IdentityCase`]; `POST` [`Decision`] about their scans → `204`.
pub fn decision_path(account_id: i64) -> String {
    format!("{IDENTITY_QUEUE_PATH}/{account_id}")
}

/// `GET` one scan, as a download.
pub fn scan_path(account_id: i64, scan_id: &str) -> String {
    format!("{IDENTITY_QUEUE_PATH}/{account_id}/scans/{scan_id}")
}

/// Which document a scan shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Document {
    /// Паспорт гражданина РФ.
    Passport,
    /// СНИЛС.
    Snils,
}

impl Document {
    /// Both documents, in the order the form asks for them.
    pub const ALL: [Document; 2] = [Document::Passport, Document::Snils];

    /// Its multipart part, which is also its stored name.
    pub fn part(self) -> &'static str {
        match self {
            Document::Passport => PASSPORT_SCANS,
            Document::Snils => SNILS_SCANS,
        }
    }

    /// The document of a part name.
    pub fn of_part(part: &str) -> Option<Document> {
        Document::ALL.into_iter().find(|doc| doc.part() == part)
    }
}

/// The kinds a scan may be: a document or a photo, not a Word file.
pub const SCAN_KINDS: [FileKind; 3] = [FileKind::Pdf, FileKind::Jpeg, FileKind::Png];

/// Whether the scans may be sent: the profile names the passport and SNILS they show, each
/// document has one or two scans, and each is a PDF or an image. Run once every file has passed
/// `attachments::check_file`, which gives each its kind.
pub fn check_submission(
    profile: &Profile,
    scans: &[(Document, FileKind)],
) -> Result<(), FormErrors> {
    let mut errors = FormErrors::new();
    let documents = [
        (
            Document::Passport,
            &profile.passport,
            codes::IDENTITY_PASSPORT_NOT_IN_PROFILE,
            codes::IDENTITY_PASSPORT_SCAN_MISSING,
        ),
        (
            Document::Snils,
            &profile.snils,
            codes::IDENTITY_SNILS_NOT_IN_PROFILE,
            codes::IDENTITY_SNILS_SCAN_MISSING,
        ),
    ];
    for (document, number, not_in_profile, missing) in documents {
        let field = document.part();
        let kinds: Vec<FileKind> = scans
            .iter()
            .filter(|(of, _)| *of == document)
            .map(|(_, kind)| *kind)
            .collect();
        if number.trim().is_empty() {
            errors.add(field, not_in_profile);
        } else if kinds.is_empty() {
            errors.add(field, missing);
        } else if kinds.len() > SCANS_PER_DOCUMENT_MAX {
            errors.add(field, codes::IDENTITY_TOO_MANY_SCANS);
        } else if kinds.iter().any(|kind| !SCAN_KINDS.contains(kind)) {
            errors.add(field, codes::IDENTITY_SCAN_KIND);
        }
    }
    errors.into_result()
}

/// One scan as the operator sees it in the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scan {
    /// Its id, for [`scan_path`].
    pub id: String,
    /// What it shows.
    pub document: Document,
    /// The name it was sent with.
    pub name: String,
    /// Its type, by its content.
    pub kind: FileKind,
    /// Bytes.
    pub size: u64,
}

/// One person waiting for the confirmation of their identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityCase {
    /// The account, for [`decision_path`].
    pub account_id: i64,
    /// The profile the scans are compared with.
    pub profile: Profile,
    /// When the scans came.
    #[serde(with = "time::serde::rfc3339")]
    pub submitted_at: OffsetDateTime,
    /// The scans, passport first.
    pub scans: Vec<Scan>,
}

/// The operator's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The scans match the profile: «Личность подтверждена».
    Confirm,
    /// They do not; the reason tells the citizen what to send instead.
    Refuse,
}

/// An operator's decision about one person's scans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// Confirm or refuse; `None` until chosen.
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// Why not, and what to send instead: required for a refusal.
    #[serde(default)]
    pub reason: String,
    /// When the scans decided about were sent ([`IdentityCase::submitted_at`]): a decision
    /// about scans the person has since replaced is refused.
    #[serde(with = "time::serde::rfc3339")]
    pub submitted_at: OffsetDateTime,
}

impl Decision {
    /// A verdict is chosen; a refusal says why, within [`text::REFUSAL_REASON`]'s limits; a
    /// confirmation needs no reason.
    pub fn check(&self) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        match self.verdict {
            None => errors.add("verdict", codes::VERDICT_REQUIRED),
            Some(Verdict::Refuse) => {
                errors.take("reason", text::REFUSAL_REASON.check(&self.reason));
            }
            Some(Verdict::Confirm) => {}
        }
        errors.into_result()
    }

    /// The reason to tell the person, for a refusal.
    pub fn refusal(&self) -> Option<&str> {
        (self.verdict == Some(Verdict::Refuse)).then(|| self.reason.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(passport: &str, snils: &str) -> Profile {
        Profile {
            passport: passport.to_owned(),
            snils: snils.to_owned(),
            ..Profile::default()
        }
    }

    const PASSPORT_JPEG: (Document, FileKind) = (Document::Passport, FileKind::Jpeg);
    const SNILS_PDF: (Document, FileKind) = (Document::Snils, FileKind::Pdf);

    #[test]
    fn scans_need_their_documents_in_the_profile() {
        let errors = check_submission(&profile("", ""), &[PASSPORT_JPEG, SNILS_PDF]).unwrap_err();
        assert_eq!(
            errors.codes(PASSPORT_SCANS),
            [codes::IDENTITY_PASSPORT_NOT_IN_PROFILE]
        );
        assert_eq!(
            errors.codes(SNILS_SCANS),
            [codes::IDENTITY_SNILS_NOT_IN_PROFILE]
        );
    }

    #[test]
    fn each_document_has_one_or_two_scans_of_pdf_or_images() {
        let filled = profile("4510 123456", "112-233-445 95");
        assert!(check_submission(&filled, &[PASSPORT_JPEG, SNILS_PDF]).is_ok());
        assert!(check_submission(&filled, &[PASSPORT_JPEG, PASSPORT_JPEG, SNILS_PDF]).is_ok());
        let errors = check_submission(&filled, &[SNILS_PDF, SNILS_PDF, SNILS_PDF]).unwrap_err();
        assert_eq!(
            errors.codes(PASSPORT_SCANS),
            [codes::IDENTITY_PASSPORT_SCAN_MISSING]
        );
        assert_eq!(errors.codes(SNILS_SCANS), [codes::IDENTITY_TOO_MANY_SCANS]);
        let word = check_submission(&filled, &[(Document::Passport, FileKind::Docx), SNILS_PDF]);
        assert_eq!(
            word.unwrap_err().codes(PASSPORT_SCANS),
            [codes::IDENTITY_SCAN_KIND]
        );
    }

    #[test]
    fn a_refusal_says_why() {
        let refusal = |reason: &str| Decision {
            verdict: Some(Verdict::Refuse),
            reason: reason.to_owned(),
            submitted_at: OffsetDateTime::UNIX_EPOCH,
        };
        assert_eq!(
            refusal("  ").check().unwrap_err().codes("reason"),
            [codes::REASON_REQUIRED]
        );
        assert!(refusal("Скан паспорта нечитаем").check().is_ok());
        assert_eq!(
            refusal(&"я".repeat(text::REFUSAL_REASON.max + 1))
                .check()
                .unwrap_err()
                .codes("reason"),
            [codes::REASON_TOO_LONG]
        );
        let confirm = Decision {
            verdict: Some(Verdict::Confirm),
            reason: String::new(),
            submitted_at: OffsetDateTime::UNIX_EPOCH,
        };
        assert!(confirm.check().is_ok());
        let undecided = Decision {
            verdict: None,
            reason: String::new(),
            submitted_at: OffsetDateTime::UNIX_EPOCH,
        };
        assert_eq!(
            undecided.check().unwrap_err().codes("verdict"),
            [codes::VERDICT_REQUIRED]
        );
    }

    #[test]
    fn parts_name_their_documents() {
        for document in Document::ALL {
            assert_eq!(Document::of_part(document.part()), Some(document));
        }
        assert_eq!(Document::of_part("files"), None);
    }
}
