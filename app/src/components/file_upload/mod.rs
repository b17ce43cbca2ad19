//! File upload: choose several files; each is listed with its name, size and a remove button.
//! The first bytes of every chosen file are read at once, so that on submit `shared`'s attachment
//! rules judge the files before anything is uploaded.

use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use shared::api::FILES_FIELD;
use shared::attachments::{self, ACCEPT, SNIFF_BYTES};
use shared::forms::{FormErrors, Problem};
use shared::lang::{FILES, Text};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

use super::error_summary::{ShownError, field_id};
use super::field::{ErrorMessage, FieldState};
use crate::LANG;

/// A file the user chose, with the bytes the rules need.
#[derive(Debug, Clone)]
pub struct ChosenFile {
    /// The browser's handle, sent on submit. Only ever touched on the browser's one thread.
    pub file: SendWrapper<File>,
    /// Its name.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its first bytes (up to [`SNIFF_BYTES`]).
    pub prefix: Vec<u8>,
}

/// Judges the chosen files with the same rules the server applies.
pub fn check_files(files: &[ChosenFile]) -> FormErrors {
    let mut errors = FormErrors::new();
    for file in files {
        if let Err(code) = attachments::check_file(&file.name, file.size, &file.prefix) {
            errors.push(FILES_FIELD, Problem::about_file(code, &file.name));
        }
    }
    let sizes: Vec<u64> = files.iter().map(|f| f.size).collect();
    if let Err(code) = attachments::check_set(&sizes) {
        errors.add(FILES_FIELD, code);
    }
    errors
}

/// Reads the first bytes of a file through the File API.
async fn read_prefix(file: &File) -> Vec<u8> {
    let Ok(blob) = file.slice_with_f64_and_f64(0.0, SNIFF_BYTES as f64) else {
        return Vec::new();
    };
    match JsFuture::from(blob.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => Vec::new(),
    }
}

/// The file input with the list of chosen files.
#[component]
pub fn FileUpload(
    /// Field name in the error map.
    name: &'static str,
    /// Visible label.
    label: Text,
    /// Allowed types and sizes.
    hint: Text,
    /// The chosen files.
    files: RwSignal<Vec<ChosenFile>>,
    /// The field's error, if any.
    error: Signal<Option<ShownError>>,
) -> impl IntoView {
    let id = field_id(name);
    let hint_id = format!("{id}-hint");
    let announcement = RwSignal::new(String::new());
    let announce_count = move || {
        let count = files.with_untracked(Vec::len) as u64;
        announcement.set(format!(
            "{} {}",
            shared::ui::FILES_CHOSEN.get(LANG),
            FILES.count(count).get(LANG)
        ));
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else { return };
        let chosen: Vec<File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // Clearing the input lets the same file be chosen again after removing it.
        input.set_value("");
        spawn_local(async move {
            for file in chosen {
                let prefix = read_prefix(&file).await;
                let entry = ChosenFile {
                    name: file.name(),
                    size: file.size() as u64,
                    prefix,
                    file: SendWrapper::new(file),
                };
                files.update(|all| all.push(entry));
            }
            announce_count();
        });
    };
    let state = FieldState::new(&id, true, error);
    view! {
        <div class="form-group" class:form-group--error=state.has_error>
            <label class="label" for=id.clone()>{label.get(LANG)}</label>
            <div class="hint" id=hint_id>{hint.get(LANG)}</div>
            <ErrorMessage id=id.clone() error=error />
            <input
                class="file-upload"
                class:file-upload--error=state.has_error
                id=id
                name=name
                type="file"
                multiple
                accept=ACCEPT
                aria-invalid=state.aria_invalid
                aria-describedby=state.described_by
                on:change=on_change
            />
            <ul class="file-list">
                {move || {
                    files
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, file)| {
                            let size = attachments::format_size(file.size);
                            view! {
                                <li class="file-list__item">
                                    <span class="file-list__name">{file.name.clone()}</span>
                                    <span class="file-list__size">{size.get(LANG).to_owned()}</span>
                                    <button
                                        type="button"
                                        class="button button--secondary button--small"
                                        on:click=move |_| {
                                            files.update(|all| {
                                                if index < all.len() {
                                                    all.remove(index);
                                                }
                                            });
                                            announce_count();
                                        }
                                    >
                                        {shared::ui::feedback::REMOVE_FILE.get(LANG)}
                                        <span class="visually-hidden">" " {file.name.clone()}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <div class="visually-hidden" aria-live="polite">{move || announcement.get()}</div>
        </div>
    }
}
