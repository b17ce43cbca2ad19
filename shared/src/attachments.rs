//! Attachment rules: allowed types decided by the file's first bytes, agreement of the name's
//! extension, and the size and count limits. The browser runs them before uploading; the server
//! runs them again while it streams the upload.

use serde::{Deserialize, Serialize};

use crate::codes;

/// Largest single file: 5 MB.
pub const FILE_MAX_BYTES: u64 = 5 * 1024 * 1024;
/// Largest total of one submission's files: 20 MB.
pub const TOTAL_MAX_BYTES: u64 = 20 * 1024 * 1024;
/// Most files in one submission.
pub const FILES_MAX: usize = 10;
/// How many first bytes [`sniff`] needs to decide every type (a DOCX names its `word/` part
/// within them).
pub const SNIFF_BYTES: usize = 64 * 1024;
/// Longest original file name kept for display, in characters.
pub const FILE_NAME_MAX: usize = 120;

/// A type of file the portal accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    /// PDF document.
    Pdf,
    /// Word 97–2003 document (OLE2 compound file).
    Doc,
    /// Word document (Office Open XML, a ZIP with a `word/` part).
    Docx,
    /// JPEG image.
    Jpeg,
    /// PNG image.
    Png,
}

impl FileKind {
    /// Every accepted kind.
    pub const ALL: [FileKind; 5] = [
        FileKind::Pdf,
        FileKind::Doc,
        FileKind::Docx,
        FileKind::Jpeg,
        FileKind::Png,
    ];

    /// The media type to store and serve it with.
    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Doc => "application/msword",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
        }
    }

    /// The kind stored or served as `media_type`.
    pub fn from_media_type(media_type: &str) -> Option<FileKind> {
        FileKind::ALL
            .into_iter()
            .find(|kind| kind.media_type() == media_type)
    }

    /// How people name the type: «PDF», «JPG».
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Doc => "DOC",
            FileKind::Docx => "DOCX",
            FileKind::Jpeg => "JPG",
            FileKind::Png => "PNG",
        }
    }

    /// The kind a file name's extension claims, ignoring case.
    pub fn from_file_name(name: &str) -> Option<FileKind> {
        let (_, extension) = name.rsplit_once('.')?;
        match extension.to_ascii_lowercase().as_str() {
            "pdf" => Some(FileKind::Pdf),
            "doc" => Some(FileKind::Doc),
            "docx" => Some(FileKind::Docx),
            "jpg" | "jpeg" => Some(FileKind::Jpeg),
            "png" => Some(FileKind::Png),
            _ => None,
        }
    }
}

/// The `accept` attribute for file inputs.
pub const ACCEPT: &str = ".pdf,.doc,.docx,.jpg,.jpeg,.png";

const PDF_MAGIC: &[u8] = b"%PDF-";
const OLE2_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
const ZIP_LOCAL_HEADER: &[u8] = b"PK\x03\x04";
/// Offset of the file name in a ZIP local file header.
const ZIP_NAME_OFFSET: usize = 30;

/// The kind of a file judged by its first bytes (give at least [`SNIFF_BYTES`] when the file is
/// that long), or `None` when it is none of the accepted kinds.
pub fn sniff(prefix: &[u8]) -> Option<FileKind> {
    if prefix.starts_with(PDF_MAGIC) {
        Some(FileKind::Pdf)
    } else if prefix.starts_with(OLE2_MAGIC) {
        Some(FileKind::Doc)
    } else if prefix.starts_with(JPEG_MAGIC) {
        Some(FileKind::Jpeg)
    } else if prefix.starts_with(PNG_MAGIC) {
        Some(FileKind::Png)
    } else if prefix.starts_with(ZIP_LOCAL_HEADER) && zip_has_word_part(prefix) {
        Some(FileKind::Docx)
    } else {
        None
    }
}

/// Whether a local file header in the ZIP's first bytes names an entry under `word/`. Only the
/// headers are read: nothing is decompressed.
fn zip_has_word_part(prefix: &[u8]) -> bool {
    let mut start = 0;
    while let Some(found) = find(&prefix[start..], ZIP_LOCAL_HEADER) {
        let header = start + found;
        let name_len_at = header + 26;
        if let Some(len_bytes) = prefix.get(name_len_at..name_len_at + 2) {
            let name_len = usize::from(u16::from_le_bytes([len_bytes[0], len_bytes[1]]));
            let name_at = header + ZIP_NAME_OFFSET;
            if let Some(name) = prefix.get(name_at..name_at + name_len)
                && name.starts_with(b"word/")
            {
                return true;
            }
        }
        start = header + ZIP_LOCAL_HEADER.len();
    }
    false
}

/// Position of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Judges one file by its name, size and first bytes: not empty, within 5 MB, of an accepted
/// kind, and with an extension that agrees with the content.
pub fn check_file(name: &str, size: u64, prefix: &[u8]) -> Result<FileKind, &'static str> {
    if size == 0 {
        return Err(codes::FILE_EMPTY);
    }
    if size > FILE_MAX_BYTES {
        return Err(codes::FILE_TOO_BIG);
    }
    let claimed = FileKind::from_file_name(name).ok_or(codes::FILE_TYPE)?;
    let actual = sniff(prefix).ok_or(codes::FILE_TYPE)?;
    if claimed == actual {
        Ok(actual)
    } else {
        Err(codes::FILE_EXTENSION_MISMATCH)
    }
}

/// Judges the set of files of one submission: at most 10, at most 20 MB together.
pub fn check_set(sizes: &[u64]) -> Result<(), &'static str> {
    if sizes.len() > FILES_MAX {
        Err(codes::FILES_TOO_MANY)
    } else if sizes.iter().sum::<u64>() > TOTAL_MAX_BYTES {
        Err(codes::FILES_TOTAL_TOO_BIG)
    } else {
        Ok(())
    }
}

/// The original name cleaned for display: no folders, no control or reserved characters, at
/// most [`FILE_NAME_MAX`] characters with the extension kept. Never used to store the file.
pub fn clean_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*'))
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if cleaned.is_empty() {
        return "file".to_owned();
    }
    if cleaned.chars().count() <= FILE_NAME_MAX {
        return cleaned.to_owned();
    }
    let (stem, extension) = match cleaned.rsplit_once('.') {
        Some((stem, extension)) if extension.chars().count() <= 5 => (stem, Some(extension)),
        _ => (cleaned, None),
    };
    let keep = FILE_NAME_MAX - extension.map_or(0, |e| e.chars().count() + 1);
    let stem: String = stem.chars().take(keep).collect();
    match extension {
        Some(extension) => format!("{stem}.{extension}"),
        None => stem,
    }
}

/// A size as people read it: «512 байт», «34 КБ», «4,8 МБ».
pub fn format_size(bytes: u64) -> crate::lang::Message {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes < KB {
        crate::lang::Message {
            ru: format!("{bytes} Б"),
            en: format!("{bytes} B"),
        }
    } else if bytes < MB {
        let kb = bytes.div_ceil(KB);
        crate::lang::Message {
            ru: format!("{kb} КБ"),
            en: format!("{kb} KB"),
        }
    } else {
        let tenths = (bytes * 10).div_ceil(MB);
        let (whole, fraction) = (tenths / 10, tenths % 10);
        crate::lang::Message {
            ru: format!("{whole},{fraction} МБ"),
            en: format!("{whole}.{fraction} MB"),
        }
    }
}
