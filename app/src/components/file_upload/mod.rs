//! File upload: choose several files with the button or drop them on the zone; each is listed
//! with its name, size, a progress bar while it uploads, and a remove button naming the file for
//! screen readers. The first bytes of every chosen file are read at once, so that on submit
//! `shared`'s attachment rules judge the files before anything is uploaded. Adding and removing
//! files is announced through a polite live region; errors go through the error summary and the
//! message above the input.
//!
//! # Manual checks
//! - The file chooser opens with Enter or Space on the button; several files can be chosen at once.
//! - Dropping files on the zone adds them as choosing them does; the zone is highlighted meanwhile.
//! - After a removal a screen reader says which file was removed, and focus stays in the list.
//! - Each remove button is read with its file's name («Удалить справка.pdf»).

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use shared::attachments::{self, ACCEPT, SNIFF_BYTES};
use shared::forms::{FormErrors, Problem};
use shared::lang::{FILES, Text};
use shared::ui::components::file_upload as words;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

use super::error_message::ErrorMessage;
use super::error_summary::{ShownError, field_id};
use super::field::FieldState;
use super::hint::Hint;
use crate::lang;

/// Tests in headless Chromium (`cargo test -p app --target wasm32-unknown-unknown --lib`).
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
pub mod examples;

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
    /// Percent uploaded while it is being sent; `None` before sending.
    pub progress: Option<u8>,
}

impl ChosenFile {
    /// A file chosen in the browser, with its first bytes read.
    pub async fn read(file: File) -> ChosenFile {
        let prefix = read_prefix(&file).await;
        ChosenFile {
            name: file.name(),
            size: file.size() as u64,
            prefix,
            progress: None,
            file: SendWrapper::new(file),
        }
    }

    /// Its kind by `shared`'s attachment rules, or the code of what is wrong with it.
    pub fn kind(&self) -> Result<attachments::FileKind, &'static str> {
        attachments::check_file(&self.name, self.size, &self.prefix)
    }

    /// A file made in the page from bytes: for examples and tests.
    pub fn from_bytes(name: &str, bytes: &[u8], size: u64) -> Option<ChosenFile> {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let file = File::new_with_u8_array_sequence(&parts, name).ok()?;
        let prefix = bytes[..bytes.len().min(SNIFF_BYTES)].to_vec();
        Some(ChosenFile {
            name: name.to_owned(),
            size,
            prefix,
            progress: None,
            file: SendWrapper::new(file),
        })
    }
}

/// Judges the files chosen in the field `field` with the same rules the server applies.
pub fn check_files(field: &str, files: &[ChosenFile]) -> FormErrors {
    let mut errors = FormErrors::new();
    for file in files {
        if let Err(code) = file.kind() {
            errors.push(field, Problem::about_file(code, &file.name));
        }
    }
    let sizes: Vec<u64> = files.iter().map(|f| f.size).collect();
    if let Err(code) = attachments::check_set(&sizes) {
        errors.add(field, code);
    }
    errors
}

/// What a form sends of the chosen `files`: their handles, in order, and the reporter of the
/// upload's progress (`on_progress(sent, total)`), which shows each file's own percentage.
pub fn outgoing(files: RwSignal<Vec<ChosenFile>>) -> (Vec<File>, impl Fn(f64, f64) + 'static) {
    let chosen = files.get_untracked();
    let sizes: Vec<u64> = chosen.iter().map(|file| file.size).collect();
    let handles = chosen.iter().map(|file| (*file.file).clone()).collect();
    let on_progress = move |sent: f64, total: f64| {
        let done = files_progress(&sizes, sent, total);
        files.update(|all| {
            for (file, percent) in all.iter_mut().zip(done) {
                file.progress = Some(percent);
            }
        });
    };
    (handles, on_progress)
}

/// Percent sent of each file of a multipart body, from the bytes sent of the whole body. The
/// files travel in order after the form's data; the bytes that are not file content (the data
/// and the part headers) are counted before the first file, so every file reaches 100 exactly
/// when the whole body has gone.
pub fn files_progress(sizes: &[u64], sent: f64, total: f64) -> Vec<u8> {
    let content: f64 = sizes.iter().map(|&size| size as f64).sum();
    let mut before = (total - content).max(0.0);
    sizes
        .iter()
        .map(|&size| {
            let size = size as f64;
            let done = if size == 0.0 {
                if sent >= before { 1.0 } else { 0.0 }
            } else {
                ((sent - before) / size).clamp(0.0, 1.0)
            };
            before += size;
            (done * 100.0).floor() as u8
        })
        .collect()
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

/// Chosen files, in the order chosen: announced through the live region once added.
fn add_files(chosen: Vec<File>, files: RwSignal<Vec<ChosenFile>>, announcement: RwSignal<String>) {
    spawn_local(async move {
        for file in chosen {
            let entry = ChosenFile::read(file).await;
            files.update(|all| all.push(entry));
        }
        announcement.set(count_words(files.with_untracked(Vec::len)));
    });
}

/// «Выбрано: 2 файла».
fn count_words(count: usize) -> String {
    format!(
        "{} {}",
        shared::ui::FILES_CHOSEN.get(lang()),
        FILES.count(count as u64).get(lang())
    )
}

/// The files of a `FileList`.
fn listed(list: Option<web_sys::FileList>) -> Vec<File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
}

/// After a removal the focus would fall to the page's start: it goes to the remove button now in
/// the removed one's place, else the last one, else the file input.
fn keep_focus_in_list(
    list: NodeRef<leptos::html::Ul>,
    input: NodeRef<leptos::html::Input>,
    index: usize,
) {
    request_animation_frame(move || {
        let buttons = list
            .get_untracked()
            .and_then(|list| list.query_selector_all("button").ok());
        let count = buttons.as_ref().map_or(0, |b| b.length());
        let target = buttons
            .filter(|_| count > 0)
            .and_then(|b| b.get((index as u32).min(count - 1)))
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok());
        match target {
            Some(button) => {
                let _ = button.focus();
            }
            None => {
                if let Some(input) = input.get_untracked() {
                    let _ = input.focus();
                }
            }
        }
    });
}

/// The file input in its drop zone, with the list of chosen files.
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
    let dragging = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let chosen = listed(input.files());
        // Clearing the input lets the same file be chosen again after removing it.
        input.set_value("");
        add_files(chosen, files, announcement);
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let chosen = listed(ev.data_transfer().and_then(|data| data.files()));
        add_files(chosen, files, announcement);
    };
    let list = NodeRef::<leptos::html::Ul>::new();
    let input = NodeRef::<leptos::html::Input>::new();
    let remove = move |index: usize| {
        let mut removed = None;
        files.update(|all| {
            if index < all.len() {
                removed = Some(all.remove(index).name);
            }
        });
        if let Some(name) = removed {
            announcement.set(format!(
                "{} {name}. {}",
                words::REMOVED.get(lang()),
                count_words(files.with_untracked(Vec::len))
            ));
            keep_focus_in_list(list, input, index);
        }
    };
    let state = FieldState::new(&id, true, error);
    view! {
        <div class="form-group" class:form-group--error=state.has_error>
            <label class="label" for=id.clone()>{label.get(lang())}</label>
            <Hint id=hint_id text=hint />
            <ErrorMessage id=id.clone() error=error />
            <div
                class="file-upload__drop-zone"
                class:file-upload__drop-zone--active=dragging
                on:dragenter=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <input
                    node_ref=input
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
                <span class="file-upload__drop-hint">{words::DROP_HERE.get(lang())}</span>
            </div>
            <ul class="file-list" aria-label=words::CHOSEN_FILES.get(lang()) node_ref=list>
                {move || {
                    files
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, file)| view! { <FileRow file=file on_remove=Callback::new(move |_| remove(index)) /> })
                        .collect_view()
                }}
            </ul>
            <div class="visually-hidden" aria-live="polite">{announcement}</div>
        </div>
    }
}

/// One chosen file: name, size, progress while uploading, remove button.
#[component]
fn FileRow(file: ChosenFile, on_remove: Callback<()>) -> impl IntoView {
    let size = attachments::format_size(file.size).get(lang()).to_owned();
    let progress = file.progress.map(|percent| {
        if percent >= 100 {
            Either::Left(
                view! { <span class="file-list__done">{words::UPLOADED.get(lang())}</span> },
            )
        } else {
            let label = format!("{} {}", words::UPLOADING.get(lang()), file.name);
            Either::Right(view! {
                <progress class="file-list__progress" max="100" value=percent aria-label=label>
                    {format!("{percent}%")}
                </progress>
            })
        }
    });
    view! {
        <li class="file-list__item">
            <span class="file-list__name">{file.name.clone()}</span>
            <span class="file-list__size">{size}</span>
            {progress}
            <button
                type="button"
                class="button button--secondary button--small"
                on:click=move |_| on_remove.run(())
            >
                {words::REMOVE.get(lang())}
                <span class="visually-hidden">" " {file.name.clone()}</span>
            </button>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::files_progress;

    #[test]
    fn files_fill_up_in_order_and_end_at_a_hundred() {
        // 100 bytes of data and headers, then files of 1000 and 500 bytes.
        let sizes = [1000, 500];
        assert_eq!(files_progress(&sizes, 0.0, 1600.0), vec![0, 0]);
        assert_eq!(files_progress(&sizes, 100.0, 1600.0), vec![0, 0]);
        assert_eq!(files_progress(&sizes, 600.0, 1600.0), vec![50, 0]);
        assert_eq!(files_progress(&sizes, 1100.0, 1600.0), vec![100, 0]);
        assert_eq!(files_progress(&sizes, 1350.0, 1600.0), vec![100, 50]);
        assert_eq!(files_progress(&sizes, 1600.0, 1600.0), vec![100, 100]);
    }
}
