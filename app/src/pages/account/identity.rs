//! «Подтверждение личности»: scans of the passport and SNILS named in «Мои данные», judged by
//! `shared`'s attachment and identity rules before they are sent, each with its progress.

use leptos::either::Either;
use leptos::prelude::*;
use shared::accounts::{Identity, NoBody, PROFILE_PATH, ProfileView};
use shared::attachments::FileKind;
use shared::forms::profile::Profile;
use shared::identity::{self, Document, IDENTITY_PATH, PASSPORT_SCANS, SNILS_SCANS};
use shared::lang::Lang;
use shared::messages::describe;
use shared::ui::account::profile as words;

use super::form::FormState;
use crate::api;
use crate::components::button::Button;
use crate::components::file_upload::{ChosenFile, FileUpload, check_files, files_progress};
use crate::components::notification_banner::NotificationBanner;
use crate::router::navigate;
use crate::{lang, set_title};
use shared::pages::Page;

/// The identity page.
#[component]
pub fn IdentityPage() -> impl IntoView {
    let loaded = RwSignal::new(None::<ProfileView>);
    leptos::task::spawn_local(async move {
        if let Ok(view) = api::get::<ProfileView>(PROFILE_PATH).await {
            loaded.set(Some(view));
        }
    });
    view! {
        {move || loaded.get().map(|view| match view.identity {
            Identity::None | Identity::Refused => Either::Left(view! { <ScansForm profile=view.profile /> }),
            Identity::Pending | Identity::Confirmed => Either::Right(view! { <AlreadySent identity=view.identity /> }),
        })}
    }
}

/// Scans are waiting, or the identity is confirmed already: nothing to send.
#[component]
fn AlreadySent(identity: Identity) -> impl IntoView {
    set_title(words::IDENTITY.get(lang()), false);
    let state = if identity == Identity::Confirmed {
        words::IDENTITY_CONFIRMED
    } else {
        words::IDENTITY_PENDING
    };
    view! {
        <h1 class="heading-l">{words::IDENTITY.get(lang())}</h1>
        <p class="body">{state.get(lang())}</p>
        <p class="body"><a href=Page::Profile.href()>{words::TITLE.get(lang())}</a></p>
    }
}

/// The problems the profile itself causes (no passport or SNILS in it), asked of `shared` with
/// a stand-in scan of each document: shown before anything is chosen.
fn missing_documents(profile: &Profile, lang: Lang) -> Vec<String> {
    let stand_in = [
        (Document::Passport, FileKind::Pdf),
        (Document::Snils, FileKind::Pdf),
    ];
    let Err(problems) = identity::check_submission(profile, &stand_in) else {
        return Vec::new();
    };
    problems
        .fields()
        .values()
        .flatten()
        .map(|problem| describe(&problem.code, None).get(lang).to_owned())
        .collect()
}

#[component]
fn ScansForm(profile: Profile) -> impl IntoView {
    let passport = RwSignal::new(Vec::<ChosenFile>::new());
    let snils = RwSignal::new(Vec::<ChosenFile>::new());
    let form = FormState::new(&[PASSPORT_SCANS, SNILS_SCANS]);
    form.keep_title(words::IDENTITY);
    let missing = missing_documents(&profile, lang());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (passport_files, snils_files) = (passport.get_untracked(), snils.get_untracked());
        let mut problems = check_files(PASSPORT_SCANS, &passport_files);
        problems.extend(check_files(SNILS_SCANS, &snils_files));
        if problems.is_empty() {
            let kinds: Vec<(Document, FileKind)> = [
                (Document::Passport, &passport_files),
                (Document::Snils, &snils_files),
            ]
            .into_iter()
            .flat_map(|(document, files)| {
                files
                    .iter()
                    .filter_map(move |file| Some((document, file.kind().ok()?)))
            })
            .collect();
            if let Err(more) = identity::check_submission(&profile, &kinds) {
                problems.extend(more);
            }
        }
        if !form.passes(problems.into_result()) {
            return;
        }
        let passport_count = passport_files.len();
        let sizes: Vec<u64> = passport_files
            .iter()
            .chain(&snils_files)
            .map(|file| file.size)
            .collect();
        let show_progress = move |sent: f64, total: f64| {
            let done = files_progress(&sizes, sent, total);
            let (of_passport, of_snils) = done.split_at(passport_count.min(done.len()));
            set_progress(passport, of_passport);
            set_progress(snils, of_snils);
        };
        let handles = |files: Vec<ChosenFile>| -> Vec<web_sys::File> {
            files.into_iter().map(|file| file.file.take()).collect()
        };
        let (passport_handles, snils_handles) = (handles(passport_files), handles(snils_files));
        form.send(
            async move {
                let parts = [
                    (PASSPORT_SCANS, passport_handles.as_slice()),
                    (SNILS_SCANS, snils_handles.as_slice()),
                ];
                let answer = api::post_files::<_, ProfileView>(
                    IDENTITY_PATH,
                    &NoBody {},
                    &parts,
                    show_progress,
                )
                .await;
                // Progress belongs to this attempt; a refused one starts the next afresh.
                if answer.is_err() {
                    set_progress(passport, &[]);
                    set_progress(snils, &[]);
                }
                answer
            },
            |_| navigate(&Page::Profile),
        );
    };
    view! {
        {form.top()}
        <h1 class="heading-l">{words::IDENTITY.get(lang())}</h1>
        <p class="lead">{words::IDENTITY_LEAD.get(lang())}</p>
        {(!missing.is_empty()).then(|| view! {
            <NotificationBanner heading=words::IDENTITY_PROFILE_FIRST>
                {missing.into_iter().map(|words| view! { <p class="body">{words}</p> }).collect_view()}
                <p class="body"><a href=Page::Profile.href()>{words::TITLE.get(lang())}</a></p>
            </NotificationBanner>
        })}
        <form novalidate on:submit=on_submit>
            <FileUpload
                name=PASSPORT_SCANS
                label=words::PASSPORT_SCANS
                hint=words::PASSPORT_SCANS_HINT
                files=passport
                error=form.error(PASSPORT_SCANS)
            />
            <FileUpload
                name=SNILS_SCANS
                label=words::SNILS_SCANS
                hint=words::SNILS_SCANS_HINT
                files=snils
                error=form.error(SNILS_SCANS)
            />
            <Button label=words::SEND_SCANS busy_label=words::SENDING_SCANS submit=true busy=form.busy />
        </form>
    }
}

/// Shows each file's percent sent; an empty `percents` clears them.
fn set_progress(files: RwSignal<Vec<ChosenFile>>, percents: &[u8]) {
    files.update(|all| {
        for (index, file) in all.iter_mut().enumerate() {
            file.progress = percents.get(index).copied();
        }
    });
}
