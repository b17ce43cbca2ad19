//! Gallery examples of the file upload. The files are real browser `File`s made from bytes.

use leptos::prelude::*;
use shared::attachments::FILE_MAX_BYTES;
use shared::ui::feedback as words;
use shared::ui::gallery::examples::file_upload::*;
use shared::ui::gallery::states;

use super::{ChosenFile, FileUpload, check_files};
use crate::components::error_summary::{ShownError, from_form};

crate::examples![
    empty: states::EMPTY,
    chosen: CHOSEN,
    uploading: UPLOADING,
    error: states::ERROR,
    long_names: states::LONG_TEXT,
];

/// The start of a PDF file, enough for `shared` to recognise it.
const PDF: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
/// The start of a PNG image.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

/// Nothing chosen yet: choose files or drop them on the zone.
pub fn empty() -> AnyView {
    let files = RwSignal::new(Vec::new());
    view! {
        <FileUpload name="files" label=words::FILES hint=words::FILES_HINT files=files error=Signal::stored(None) />
    }
    .into_any()
}

/// Two files chosen: each with its name, size and a remove button.
pub fn chosen() -> AnyView {
    let files = RwSignal::new(
        [
            ChosenFile::from_bytes("справка.pdf", PDF, 245_760),
            ChosenFile::from_bytes("скриншот ошибки.png", PNG, 1_153_434),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>(),
    );
    view! {
        <FileUpload name="files-chosen" label=words::FILES hint=words::FILES_HINT files=files error=Signal::stored(None) />
    }
    .into_any()
}

/// Sending: one file done, one on its way.
pub fn uploading() -> AnyView {
    let mut done = ChosenFile::from_bytes("справка.pdf", PDF, 245_760);
    let mut going = ChosenFile::from_bytes("скриншот ошибки.png", PNG, 1_153_434);
    if let (Some(done), Some(going)) = (&mut done, &mut going) {
        done.progress = Some(100);
        going.progress = Some(40);
    }
    let files = RwSignal::new([done, going].into_iter().flatten().collect::<Vec<_>>());
    view! {
        <FileUpload name="files-uploading" label=words::FILES hint=words::FILES_HINT files=files error=Signal::stored(None) />
    }
    .into_any()
}

/// A file over the size limit: `shared`'s attachment rule names it.
pub fn error() -> AnyView {
    let files = RwSignal::new(
        ChosenFile::from_bytes("скан паспорта.pdf", PDF, FILE_MAX_BYTES + 1)
            .into_iter()
            .collect::<Vec<_>>(),
    );
    let shown: Vec<ShownError> =
        from_form(&check_files("files", &files.get_untracked()), &["files"]);
    let error = Signal::stored(shown.into_iter().next().map(|mut e| {
        e.field = "files-error".to_owned();
        e
    }));
    view! {
        <FileUpload name="files-error" label=words::FILES hint=words::FILES_HINT files=files error=error />
    }
    .into_any()
}

/// Long file names wrap instead of pushing the remove button off the screen.
pub fn long_names() -> AnyView {
    let files = RwSignal::new(
        ChosenFile::from_bytes(
            "заявление_о_перерасчёте_пенсии_по_случаю_потери_кормильца_с_приложениями_2026.pdf",
            PDF,
            3_565_158,
        )
        .into_iter()
        .collect::<Vec<_>>(),
    );
    view! {
        <FileUpload name="files-long" label=words::FILES hint=words::FILES_HINT files=files error=Signal::stored(None) />
    }
    .into_any()
}
