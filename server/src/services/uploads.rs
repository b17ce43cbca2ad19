//! Receiving a multipart form: its JSON `data` part and its `files` parts, streamed to disk,
//! judged by `shared`'s attachment rules as the bytes arrive, and refused as soon as a limit
//! passes. Memory stays flat whatever the size of the files.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use axum::body::to_bytes;
use axum::extract::multipart::MultipartError;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use shared::api::{Fault, MULTIPART_DATA};
use shared::attachments::{self, FileKind};
use shared::codes;
use shared::forms::{FormErrors, Problem};
use tokio::fs;
use tokio::io::AsyncWriteExt;

use crate::error::ApiError;

/// Largest JSON `data` part, or JSON body.
const DATA_PART_MAX: usize = 64 * 1024;

/// A file kept under its generated id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// Generated id, also its name on disk.
    pub id: String,
    /// The original name, cleaned, for display only.
    pub original_name: String,
    /// Its type, decided by its first bytes.
    pub kind: FileKind,
    /// Bytes.
    pub size: u64,
    /// The multipart part it came in, which names what it is for.
    pub part: String,
}

/// What a multipart form brought.
#[derive(Debug)]
pub struct Received<T> {
    /// The JSON of the `data` part.
    pub data: T,
    /// Files received whole and of an accepted kind, waiting in the incoming folder.
    pub files: Vec<StoredFile>,
    /// Problems with the files; when there are any, no file is kept.
    pub file_errors: FormErrors,
    /// SHA-256 of what was sent (the parts' names, the data, the files' names and bytes), the
    /// same for a retry of the same submission however the browser encodes it.
    pub fingerprint: String,
}

/// Reads a form sent as JSON (at most the size of a multipart form's `data` part), with the
/// fingerprint of its bytes for its idempotency key.
pub async fn receive_json<T: DeserializeOwned>(request: Request) -> Result<Received<T>, ApiError> {
    let bytes = to_bytes(request.into_body(), DATA_PART_MAX)
        .await
        .map_err(|_| ApiError::Fault(Fault::PayloadTooLarge))?;
    let data = serde_json::from_slice(&bytes).map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    Ok(Received::json(data, &bytes))
}

impl<T> Received<T> {
    /// A JSON body: its data and no files.
    pub fn json(data: T, body: &[u8]) -> Received<T> {
        let mut fingerprint = Fingerprint::default();
        fingerprint.data(body);
        Received {
            data,
            files: Vec::new(),
            file_errors: FormErrors::new(),
            fingerprint: fingerprint.finish(),
        }
    }
}

/// The fingerprint of a submission: every field goes in with its length first, so that no two
/// different submissions run together into the same bytes (two files and one file holding both,
/// say), and each file as its own digest and size. A JSON body counts as a multipart body with
/// only its `data` part.
#[derive(Default)]
struct Fingerprint(Sha256);

impl Fingerprint {
    fn field(&mut self, bytes: &[u8]) {
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    fn data(&mut self, json: &[u8]) {
        self.field(b"data");
        self.field(json);
    }

    fn file(&mut self, part: &str, name: &str, content_digest: &[u8], size: u64) {
        self.field(b"file");
        self.field(part.as_bytes());
        self.field(name.as_bytes());
        self.field(content_digest);
        self.0.update(size.to_le_bytes());
    }

    fn finish(self) -> String {
        hex(&self.0.finalize())
    }
}

/// Lower-case hex of `bytes`.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The folder of uploaded files.
#[derive(Debug, Clone)]
pub struct Uploads {
    stored: PathBuf,
    incoming: PathBuf,
}

impl Uploads {
    /// Uses `<data_dir>/uploads`, emptying its `incoming` folder of files left by a crash.
    pub async fn open(data_dir: &Path) -> std::io::Result<Uploads> {
        let stored = data_dir.join("uploads");
        let incoming = stored.join("incoming");
        if fs::try_exists(&incoming).await? {
            fs::remove_dir_all(&incoming).await?;
        }
        fs::create_dir_all(&incoming).await?;
        Ok(Uploads { stored, incoming })
    }

    /// Removes kept files whose ids are not in `referenced`; answers how many went.
    pub async fn sweep(&self, referenced: &HashSet<String>) -> std::io::Result<usize> {
        let mut removed = 0;
        let mut entries = fs::read_dir(&self.stored).await?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().await?.is_file() && !referenced.contains(&name) {
                fs::remove_file(entry.path()).await?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Where a kept file lives.
    pub fn path_of(&self, id: &str) -> PathBuf {
        self.stored.join(id)
    }

    /// Reads a form sent as JSON (no files) or as multipart (see [`Uploads::receive`]).
    pub async fn receive_json_or_multipart<T: DeserializeOwned>(
        &self,
        request: Request,
        file_parts: &[&str],
    ) -> Result<Received<T>, ApiError> {
        let is_multipart = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
        if is_multipart {
            let multipart = Multipart::from_request(request, &())
                .await
                .map_err(|_| ApiError::Fault(Fault::BadRequest))?;
            self.receive(multipart, file_parts).await
        } else {
            receive_json(request).await
        }
    }

    /// Reads the form, streaming each file of the parts named in `file_parts` to the incoming
    /// folder. Stops reading at the first file that breaks a limit; its problem is reported
    /// under its part's name.
    pub async fn receive<T: DeserializeOwned>(
        &self,
        multipart: Multipart,
        file_parts: &[&str],
    ) -> Result<Received<T>, ApiError> {
        let mut files: Vec<StoredFile> = Vec::new();
        let read = self.read_parts(multipart, file_parts, &mut files).await;
        let (data, file_errors, fingerprint) = match read {
            Ok(read) => read,
            Err(error) => {
                // A broken or refused body keeps none of the files it brought.
                self.discard(&files).await;
                return Err(error);
            }
        };
        if !file_errors.is_empty() {
            self.discard(&files).await;
            files.clear();
        }
        let Some(data) = data else {
            self.discard(&files).await;
            return Err(ApiError::Fault(Fault::BadRequest));
        };
        Ok(Received {
            data,
            files,
            file_errors,
            fingerprint,
        })
    }

    /// Reads every part, adding each file kept to `files` as soon as it is on disk, so that the
    /// caller can remove them whatever happens next.
    async fn read_parts<T: DeserializeOwned>(
        &self,
        mut multipart: Multipart,
        file_parts: &[&str],
        files: &mut Vec<StoredFile>,
    ) -> Result<(Option<T>, FormErrors, String), ApiError> {
        let mut data: Option<T> = None;
        let mut fingerprint = Fingerprint::default();
        let mut file_errors = FormErrors::new();
        let mut total: u64 = 0;
        while let Some(mut field) = multipart.next_field().await.map_err(multipart_fault)? {
            match field.name() {
                Some(MULTIPART_DATA) => {
                    let mut bytes = Vec::new();
                    while let Some(chunk) = field.chunk().await.map_err(multipart_fault)? {
                        if bytes.len() + chunk.len() > DATA_PART_MAX {
                            return Err(ApiError::Fault(Fault::PayloadTooLarge));
                        }
                        bytes.extend_from_slice(&chunk);
                    }
                    fingerprint.data(&bytes);
                    data = Some(
                        serde_json::from_slice(&bytes)
                            .map_err(|_| ApiError::Fault(Fault::BadRequest))?,
                    );
                }
                Some(part) if file_parts.contains(&part) => {
                    let part = part.to_owned();
                    let name = attachments::clean_file_name(field.file_name().unwrap_or(""));
                    let no_file_chosen = field.file_name().is_none_or(str::is_empty);
                    if files.len() == attachments::FILES_MAX {
                        file_errors.add(&part, codes::FILES_TOO_MANY);
                        break;
                    }
                    let mut content = Sha256::new();
                    let streamed = self
                        .stream_file(&mut field, &name, &mut total, &mut content)
                        .await?;
                    let size = streamed.as_ref().map_or(0, |file| file.size);
                    fingerprint.file(&part, &name, &content.finalize(), size);
                    match streamed {
                        Ok(file) => files.push(StoredFile { part, ..file }),
                        Err(_) if no_file_chosen => {}
                        Err(problem) => {
                            file_errors.push(&part, problem);
                            break;
                        }
                    }
                }
                _ => {
                    // Unknown parts are drained and ignored.
                    while field.chunk().await.map_err(multipart_fault)?.is_some() {}
                }
            }
        }
        Ok((data, file_errors, fingerprint.finish()))
    }

    /// Streams one file part to disk; `Ok(Err(problem))` when the file breaks a rule.
    async fn stream_file(
        &self,
        field: &mut axum::extract::multipart::Field<'_>,
        name: &str,
        total: &mut u64,
        hasher: &mut Sha256,
    ) -> Result<Result<StoredFile, Problem>, ApiError> {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let path = self.incoming.join(&id);
        let mut out = fs::File::create(&path).await?;
        let mut prefix: Vec<u8> = Vec::with_capacity(attachments::SNIFF_BYTES);
        let mut size: u64 = 0;
        let verdict = loop {
            let chunk = match field.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break None,
                Err(error) => {
                    drop(out);
                    let _ = fs::remove_file(&path).await;
                    return Err(multipart_fault(error));
                }
            };
            size += chunk.len() as u64;
            *total += chunk.len() as u64;
            if size > attachments::FILE_MAX_BYTES {
                break Some(codes::FILE_TOO_BIG);
            }
            if *total > attachments::TOTAL_MAX_BYTES {
                break Some(codes::FILES_TOTAL_TOO_BIG);
            }
            let wanted = attachments::SNIFF_BYTES.saturating_sub(prefix.len());
            prefix.extend_from_slice(&chunk[..wanted.min(chunk.len())]);
            // A file whose first bytes are already of no accepted kind need not be read further.
            if prefix.len() >= 8
                && attachments::sniff(&prefix).is_none()
                && !prefix.starts_with(b"PK\x03\x04")
            {
                break Some(codes::FILE_TYPE);
            }
            hasher.update(&chunk);
            if let Err(error) = out.write_all(&chunk).await {
                drop(out);
                let _ = fs::remove_file(&path).await;
                return Err(error.into());
            }
        };
        let checked = match verdict {
            Some(code) => Err(code),
            None => attachments::check_file(name, size, &prefix),
        };
        match checked {
            Ok(kind) => {
                if let Err(error) = out.sync_all().await {
                    drop(out);
                    let _ = fs::remove_file(&path).await;
                    return Err(error.into());
                }
                Ok(Ok(StoredFile {
                    id,
                    original_name: name.to_owned(),
                    kind,
                    size,
                    part: String::new(),
                }))
            }
            Err(code) => {
                drop(out);
                fs::remove_file(&path).await?;
                let problem = if code == codes::FILES_TOTAL_TOO_BIG {
                    Problem::new(code)
                } else {
                    Problem::about_file(code, name)
                };
                Ok(Err(problem))
            }
        }
    }

    /// Moves received files to their permanent place, durably, before the database refers to
    /// them. When that fails, every one of them is removed.
    pub async fn keep(&self, files: &[StoredFile]) -> std::io::Result<()> {
        let moved = async {
            for file in files {
                fs::rename(self.incoming.join(&file.id), self.path_of(&file.id)).await?;
            }
            if !files.is_empty() {
                fs::File::open(&self.stored).await?.sync_all().await?;
            }
            Ok(())
        }
        .await;
        if moved.is_err() {
            self.discard(files).await;
        }
        moved
    }

    /// Removes kept files that nothing refers to any more.
    pub async fn remove(&self, ids: &[String]) {
        for id in ids {
            let _ = fs::remove_file(self.path_of(id)).await;
        }
    }

    /// Removes files that will not be kept, wherever they are.
    pub async fn discard(&self, files: &[StoredFile]) {
        for file in files {
            let _ = fs::remove_file(self.incoming.join(&file.id)).await;
            let _ = fs::remove_file(self.path_of(&file.id)).await;
        }
    }
}

/// A kept file as a download: its media type, and `attachment` with its original name so that
/// the browser saves it instead of showing it inside the portal's origin. The API's answers are
/// never cached (security.rs), downloads included. Files are at most 5 MB, so one is read whole.
pub async fn download(path: &Path, name: &str, kind: FileKind) -> Result<Response, ApiError> {
    let bytes = match fs::read(path).await {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(ApiError::Fault(Fault::NotFound));
        }
        Err(error) => return Err(error.into()),
    };
    let disposition = format!(
        "attachment; filename=\"{}\"; filename*=UTF-8''{}",
        ascii_fallback(name),
        rfc5987_encode(name)
    );
    let headers = [
        (header::CONTENT_TYPE, kind.media_type().to_owned()),
        (header::CONTENT_DISPOSITION, disposition),
    ];
    Ok((headers, bytes).into_response())
}

/// The name for browsers that ignore `filename*`: ASCII letters, digits and `.-_` kept, the rest
/// as `_`, and the type's extension kept.
fn ascii_fallback(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `filename*`'s value (RFC 5987): UTF-8 bytes, each outside `attr-char` as `%XX`.
fn rfc5987_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn multipart_fault(error: MultipartError) -> ApiError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::Fault(Fault::PayloadTooLarge)
    } else {
        ApiError::Fault(Fault::BadRequest)
    }
}

#[cfg(test)]
mod tests {
    use super::{ascii_fallback, rfc5987_encode};

    #[test]
    fn download_names_survive_every_browser() {
        assert_eq!(
            rfc5987_encode("скан 1.pdf"),
            "%D1%81%D0%BA%D0%B0%D0%BD%201.pdf"
        );
        assert_eq!(ascii_fallback("скан \"1\".pdf"), "______1_.pdf");
    }
}
