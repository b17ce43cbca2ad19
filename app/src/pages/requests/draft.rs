//! The draft of «Новое обращение», kept in the browser between its steps (each its own bundle)
//! and across reloads until it is sent.

use shared::forms::support_request::SupportRequest;
use shared::forms::{Form, FormErrors};

use crate::{draft, now};

use crate::draft::REQUEST_DRAFT as DRAFT_KEY;

/// The draft, if one is kept.
pub fn kept() -> Option<SupportRequest> {
    draft::load(DRAFT_KEY)
}

/// The draft, or an empty form.
pub fn load() -> SupportRequest {
    kept().unwrap_or_default()
}

/// Keeps the draft as it is being typed (not yet checked).
pub fn save(request: &SupportRequest) {
    draft::save(DRAFT_KEY, request);
    draft::clear(draft::REQUEST_CHECKED);
}

/// Keeps the draft that passed the details step's check: the check page shows only such.
pub fn save_checked(request: &SupportRequest) {
    draft::save(DRAFT_KEY, request);
    draft::save(draft::REQUEST_CHECKED, &true);
}

/// The draft, if the details step passed it and nothing changed it since.
pub fn checked() -> Option<SupportRequest> {
    draft::load::<bool>(draft::REQUEST_CHECKED)
        .filter(|checked| *checked)
        .and_then(|_| kept())
}

/// Forgets the draft and its submission's key (it was sent, or the citizen starts again).
pub fn clear() {
    draft::clear(DRAFT_KEY);
    draft::clear(draft::REQUEST_KEY);
    draft::clear(draft::REQUEST_CHECKED);
}

/// The problems of `request` with the fields `shown` passes: each step judges its own fields
/// by the one rule of the whole form.
pub fn problems(request: &SupportRequest, shown: impl Fn(&str) -> bool) -> FormErrors {
    let mut kept = FormErrors::new();
    if let Err(all) = request.check(now()) {
        for (field, problems) in all.fields() {
            if shown(field) {
                for problem in problems {
                    kept.push(field, problem.clone());
                }
            }
        }
    }
    kept
}
