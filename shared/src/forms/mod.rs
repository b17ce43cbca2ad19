//! Every form of SPEC §3 as a type with one `check` that reports, per field, each problem as a
//! stable code with its words in Russian and English.

pub mod article;
pub mod callback;
pub mod canned_reply;
pub mod chat;
pub mod escalation;
pub mod extension;
pub mod feedback;
pub mod login;
pub mod on_behalf;
pub mod password_change;
pub mod profile;
pub mod rating;
pub mod recovery;
pub mod registration;
pub mod rejection;
pub mod reply;
pub mod rules;
pub mod support_request;
pub mod transfer;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use validator::{ValidationErrors, ValidationErrorsKind};

use crate::lang::{Lang, Message};
use crate::messages::describe;

/// A form that can judge itself. `now` is for rules about dates and times.
pub trait Form {
    /// Every problem of every field, or `Ok` when the form may be sent.
    fn check(&self, now: OffsetDateTime) -> Result<(), FormErrors>;
}

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Stable code, e.g. `snils.checksum`.
    pub code: String,
    /// What to do about it, in both languages.
    pub message: Message,
}

impl Problem {
    /// The problem of `code`, worded by the catalogue.
    pub fn new(code: &str) -> Problem {
        Problem {
            code: code.to_owned(),
            message: describe(code, None),
        }
    }

    /// The problem of `code` with the file `name`, worded by the catalogue.
    pub fn about_file(code: &str, name: &str) -> Problem {
        Problem {
            code: code.to_owned(),
            message: describe(code, Some(name)),
        }
    }
}

/// Everything wrong with one submitted form: field name → its problems.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormErrors {
    fields: BTreeMap<String, Vec<Problem>>,
}

impl FormErrors {
    /// No problems yet.
    pub fn new() -> FormErrors {
        FormErrors::default()
    }

    /// Records `code` against `field`, worded by the catalogue.
    pub fn add(&mut self, field: &str, code: &str) {
        self.push(field, Problem::new(code));
    }

    /// Records a problem with its own words against `field`. An empty required field gets only
    /// the instruction to fill it in: other problems of the same field are dropped.
    pub fn push(&mut self, field: &str, problem: Problem) {
        let problems = self.fields.entry(field.to_owned()).or_default();
        let is_required = |p: &Problem| p.code.ends_with(".required");
        if problems
            .iter()
            .any(|p| p.code == problem.code || is_required(p))
        {
            return;
        }
        if is_required(&problem) {
            problems.clear();
        }
        problems.push(problem);
    }

    /// Records the result of a single-value rule against `field`; returns the value when good.
    pub fn take<T>(&mut self, field: &str, result: Result<T, &'static str>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(code) => {
                self.add(field, code);
                None
            }
        }
    }

    /// Adds everything a `validator` derive found.
    pub fn absorb(&mut self, errors: &ValidationErrors) {
        self.absorb_prefixed("", errors);
    }

    fn absorb_prefixed(&mut self, prefix: &str, errors: &ValidationErrors) {
        for (field, kind) in errors.errors() {
            let name = format!("{prefix}{field}");
            match kind {
                ValidationErrorsKind::Field(list) => {
                    for error in list {
                        self.add(&name, &error.code);
                    }
                }
                ValidationErrorsKind::Struct(inner) => {
                    self.absorb_prefixed(&format!("{name}."), inner);
                }
                ValidationErrorsKind::List(items) => {
                    for (index, inner) in items {
                        self.absorb_prefixed(&format!("{name}[{index}]."), inner);
                    }
                }
            }
        }
    }

    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// `Ok` when nothing is wrong, otherwise the errors.
    pub fn into_result(self) -> Result<(), FormErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }

    /// Field name → problems.
    pub fn fields(&self) -> &BTreeMap<String, Vec<Problem>> {
        &self.fields
    }

    /// The problems of one field.
    pub fn problems(&self, field: &str) -> &[Problem] {
        self.fields.get(field).map_or(&[], Vec::as_slice)
    }

    /// The codes of one field, for tests and comparisons.
    pub fn codes(&self, field: &str) -> Vec<&str> {
        self.problems(field)
            .iter()
            .map(|p| p.code.as_str())
            .collect()
    }

    /// The first message of `field` in `lang`, if the field has a problem.
    pub fn first_message(&self, field: &str, lang: Lang) -> Option<&str> {
        self.problems(field).first().map(|p| p.message.get(lang))
    }

    /// Merges another set of errors in.
    pub fn extend(&mut self, other: FormErrors) {
        for (field, problems) in other.fields {
            for problem in problems {
                self.push(&field, problem);
            }
        }
    }
}

/// Runs the `validator` derive of a form and returns what it found.
pub(crate) fn derived<T: validator::Validate>(form: &T) -> FormErrors {
    let mut errors = FormErrors::new();
    if let Err(found) = form.validate() {
        errors.absorb(&found);
    }
    errors
}
