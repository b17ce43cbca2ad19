//! «Новое обращение», second step: the topic's own fields, the subject, the description, the
//! contacts (prefilled from «Мои данные»), the reply channel, an identifier, a related request
//! and a disability; each change kept in the draft.

use std::collections::BTreeMap;

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use shared::accounts::{PROFILE_PATH, ProfileView};
use shared::categories::{self, ExtraField, ExtraKind, Subcategory};
use shared::forms::support_request::{Applicant, FIELDS, ReplyChannel, SupportRequest};
use shared::ui::requests::new as words;

use super::draft;
use crate::api;
use crate::components::button::Button;
use crate::components::checkboxes::SingleCheckbox;
use crate::components::error_message::ErrorMessage;
use crate::components::error_summary::field_id;
use crate::components::fieldset::Fieldset;
use crate::components::identifier_input::{IdentifierInput, IdentifierKind};
use crate::components::phone_input::PhoneInput;
use crate::components::radios::{Choice, Radios};
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;
use crate::lang;
use crate::pages::account::FormState;
use crate::pages::knowledge::SuggestedArticles;
use crate::router::navigate;
use shared::pages::Page;

/// The form's values, one signal each.
#[derive(Debug, Clone, Copy)]
struct Fields {
    applicant: RwSignal<String>,
    category: RwSignal<String>,
    subject: RwSignal<String>,
    description: RwSignal<String>,
    extra: RwSignal<BTreeMap<String, String>>,
    phone: RwSignal<String>,
    email: RwSignal<String>,
    reply_channel: RwSignal<String>,
    snils: RwSignal<String>,
    inn: RwSignal<String>,
    passport: RwSignal<String>,
    ogrn: RwSignal<String>,
    ogrnip: RwSignal<String>,
    related_number: RwSignal<String>,
    has_disability: RwSignal<bool>,
}

impl Fields {
    fn new() -> Fields {
        let text = || RwSignal::new(String::new());
        Fields {
            applicant: RwSignal::new("citizen".to_owned()),
            category: text(),
            subject: text(),
            description: text(),
            extra: RwSignal::new(BTreeMap::new()),
            phone: text(),
            email: text(),
            reply_channel: RwSignal::new("portal".to_owned()),
            snils: text(),
            inn: text(),
            passport: text(),
            ogrn: text(),
            ogrnip: text(),
            related_number: text(),
            has_disability: RwSignal::new(false),
        }
    }

    fn fill(self, form: SupportRequest) {
        let organisation = form.applicant == Applicant::Organisation;
        self.applicant.set(
            if organisation {
                "organisation"
            } else {
                "citizen"
            }
            .to_owned(),
        );
        self.category.set(form.category);
        self.subject.set(form.subject);
        self.description.set(form.description);
        self.extra.set(form.extra);
        self.phone.set(form.phone);
        self.email.set(form.email);
        self.reply_channel
            .set(form.reply_channel.map_or("", ReplyChannel::code).to_owned());
        self.snils.set(form.snils);
        self.inn.set(form.inn);
        self.passport.set(form.passport);
        self.ogrn.set(form.ogrn);
        self.ogrnip.set(form.ogrnip);
        self.related_number.set(form.related_number);
        self.has_disability.set(form.has_disability);
    }

    /// Contacts and identifiers from «Мои данные», into the fields that are still empty.
    fn prefill(self, view: ProfileView) {
        let profile = view.profile;
        let into = |field: RwSignal<String>, value: String| {
            if field.with_untracked(|v| v.trim().is_empty()) {
                field.set(value);
            }
        };
        if !profile.organisation_name.trim().is_empty() {
            self.applicant.set("organisation".to_owned());
        }
        into(self.phone, profile.phone);
        into(self.email, profile.email);
        into(self.snils, profile.snils);
        into(self.inn, profile.inn);
        into(self.passport, profile.passport);
        into(self.ogrn, profile.ogrn);
        into(self.ogrnip, profile.ogrnip);
        into(self.reply_channel, "portal".to_owned());
    }

    /// The form as it stands, without tracking.
    fn form_untracked(self) -> SupportRequest {
        untrack(move || self.form())
    }

    /// The form as it stands (tracked, so the draft follows every keystroke).
    fn form(self) -> SupportRequest {
        let organisation = self.applicant.get() == "organisation";
        let category = self.category.get();
        // Only the chosen topic's own fields go with the request.
        let own: Vec<&str> = categories::find(&category)
            .map(|(_, sub)| sub.fields.iter().map(|f| f.code()).collect())
            .unwrap_or_default();
        let extra = self.extra.with(|all| {
            all.iter()
                .filter(|(code, value)| own.contains(&code.as_str()) && !value.trim().is_empty())
                .map(|(code, value)| (code.clone(), value.clone()))
                .collect()
        });
        SupportRequest {
            applicant: if organisation {
                Applicant::Organisation
            } else {
                Applicant::Citizen
            },
            category,
            subject: self.subject.get(),
            description: self.description.get(),
            extra,
            phone: self.phone.get(),
            email: self.email.get(),
            reply_channel: ReplyChannel::from_code(&self.reply_channel.get()),
            snils: self.snils.get(),
            inn: self.inn.get(),
            passport: self.passport.get(),
            // Hidden unless the applicant is an organisation: then neither judged nor sent.
            ogrn: if organisation {
                self.ogrn.get()
            } else {
                String::new()
            },
            ogrnip: if organisation {
                self.ogrnip.get()
            } else {
                String::new()
            },
            related_number: self.related_number.get(),
            has_disability: self.has_disability.get(),
            attached_files: 0,
            // Added when it is sent (the check page), from what this tab read.
            read_articles: Vec::new(),
        }
    }
}

/// The details page.
#[component]
pub fn DetailsPage() -> impl IntoView {
    let form = FormState::new(FIELDS);
    crate::router::show_place_in_address();
    form.keep_title(words::TITLE);
    let request = draft::load();
    let Some((section, sub)) = categories::find(&request.category) else {
        return Either::Left(view! {
            <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
            <p class="body"><a href=Page::new_request().href()>{words::CATEGORY.get(lang())}</a></p>
        });
    };
    let fields = Fields::new();
    let ready = RwSignal::new(false);
    let untouched = request.phone.is_empty() && request.email.is_empty();
    fields.fill(request);
    if untouched {
        // Contacts and identifiers from «Мои данные», into the fields still empty: what the
        // citizen typed meanwhile stays.
        leptos::task::spawn_local(async move {
            if let Ok(view) = api::get::<ProfileView>(PROFILE_PATH).await {
                fields.prefill(view);
            }
            ready.set(true);
        });
    } else {
        ready.set(true);
    }
    // The draft follows every change once the form has its starting values.
    Effect::new(move |_| {
        let current = fields.form();
        if ready.get() {
            draft::save(&current);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = fields.form_untracked();
        // Files come next, on their own page.
        if form.passes(draft::problems(&request, |field| field != "files").into_result()) {
            draft::save_checked(&request);
            navigate(&Page::RequestFiles);
        }
    };
    let identifier = move |name: &'static str, kind: IdentifierKind, value: RwSignal<String>| {
        view! { <IdentifierInput name=name kind=kind value=value error=form.error(name) optional=true /> }
    };
    let channels = ReplyChannel::ALL
        .into_iter()
        .map(|channel| Choice {
            value: channel.code(),
            label: channel.name(),
            hint: None,
        })
        .collect::<Vec<_>>();
    let applicants = vec![
        Choice {
            value: "citizen",
            label: words::APPLICANT_CITIZEN,
            hint: None,
        },
        Choice {
            value: "organisation",
            label: words::APPLICANT_ORGANISATION,
            hint: None,
        },
    ];
    let organisation = move || fields.applicant.get() == "organisation";
    let topic = format!("{} — {}", section.name.get(lang()), sub.name.get(lang()));
    Either::Right(view! {
        {form.top()}
        <h1 class="heading-l">{words::TITLE.get(lang())}</h1>
        <p class="body">
            {words::CATEGORY.get(lang())} ": " <strong>{topic}</strong> " "
            <a href=Page::new_request().href()>{words::CHANGE.get(lang())}</a>
        </p>
        <form novalidate on:submit=on_submit>
            {(!sub.fields.is_empty()).then(|| view! { <ExtraFields sub=sub extra=fields.extra form=form /> })}
            <TextInput name="subject" label=words::SUBJECT hint=words::SUBJECT_HINT value=fields.subject error=form.error("subject") />
            <SuggestedArticles typed=fields.subject />
            <TextArea
                name="description"
                label=words::DESCRIPTION
                hint=words::DESCRIPTION_HINT
                rule=shared::text::DESCRIPTION
                value=fields.description
                error=form.error("description")
            />
            <Fieldset id="contacts".to_owned() legend=words::CONTACTS hint=words::CONTACTS_HINT>
                <PhoneInput name="phone" label=words::PHONE value=fields.phone error=form.error("phone") />
                <TextInput name="email" label=words::EMAIL input_type="email" autocomplete="email" value=fields.email error=form.error("email") />
            </Fieldset>
            <Radios name="reply_channel" legend=words::REPLY_CHANNEL choices=channels value=fields.reply_channel error=form.error("reply_channel") />
            <Radios name="applicant" legend=words::APPLICANT choices=applicants value=fields.applicant error=form.error("applicant") />
            // Focusable (not by tabbing) for the error summary's link to the group's problem.
            <Fieldset id=field_id("identifier") legend=words::IDENTIFIER hint=words::IDENTIFIER_HINT attr:tabindex="-1">
                <ErrorMessage id=field_id("identifier") error=form.error("identifier") />
                {identifier("snils", IdentifierKind::Snils, fields.snils)}
                {identifier("inn", IdentifierKind::Inn, fields.inn)}
                {identifier("passport", IdentifierKind::Passport, fields.passport)}
            </Fieldset>
            {move || organisation().then(|| view! {
                <Fieldset id=field_id("organisation_id") legend=words::APPLICANT_ORGANISATION attr:tabindex="-1">
                    <ErrorMessage id=field_id("organisation_id") error=form.error("organisation_id") />
                    {identifier("ogrn", IdentifierKind::Ogrn, fields.ogrn)}
                    {identifier("ogrnip", IdentifierKind::Ogrnip, fields.ogrnip)}
                </Fieldset>
            })}
            <TextInput name="related_number" label=words::RELATED hint=words::RELATED_HINT value=fields.related_number error=form.error("related_number") />
            <SingleCheckbox name="has_disability" label=words::DISABILITY value=fields.has_disability error=form.error("has_disability") />
            <Button label=words::CONTINUE submit=true />
        </form>
    })
}

/// The chosen topic's own fields.
#[component]
fn ExtraFields(
    sub: &'static Subcategory,
    extra: RwSignal<BTreeMap<String, String>>,
    form: FormState,
) -> impl IntoView {
    let fields = sub
        .fields
        .iter()
        .map(|field| view! { <ExtraInput field=field extra=extra form=form /> })
        .collect_view();
    view! {
        <Fieldset id="details".to_owned() legend=words::DETAILS>
            {fields}
        </Fieldset>
    }
}

/// One of a topic's own fields, kept in the form's `extra` map.
#[component]
fn ExtraInput(
    field: &'static ExtraField,
    extra: RwSignal<BTreeMap<String, String>>,
    form: FormState,
) -> impl IntoView {
    let name = field.key;
    let value = RwSignal::new(
        extra.with_untracked(|all| all.get(field.code()).cloned().unwrap_or_default()),
    );
    Effect::new(move |_| {
        let typed = value.get();
        extra.update(|all| {
            all.insert(field.code().to_owned(), typed);
        });
    });
    let label = field.label;
    // A field without a hint has none: its label says it all.
    let choices = |options: &'static [categories::Choice]| {
        options
            .iter()
            .map(|o| Choice {
                value: o.code,
                label: o.label,
                hint: None,
            })
            .collect::<Vec<_>>()
    };
    match (field.kind, field.hint) {
        (ExtraKind::Choice { options }, Some(hint)) => EitherOf4::A(view! {
            <Radios name=name legend=label hint=hint choices=choices(options) value=value error=form.error(name) />
        }),
        (ExtraKind::Choice { options }, None) => EitherOf4::B(view! {
            <Radios name=name legend=label choices=choices(options) value=value error=form.error(name) />
        }),
        (_, Some(hint)) => EitherOf4::C(view! {
            <TextInput name=name label=label hint=hint value=value error=form.error(name) />
        }),
        (_, None) => EitherOf4::D(view! {
            <TextInput name=name label=label value=value error=form.error(name) />
        }),
    }
}
