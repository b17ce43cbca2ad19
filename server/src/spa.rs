//! Hosting the built SPA (`scripts/build-portal.sh`): its files, and its `index.html` for the
//! address of every page so the application's router can take over — with `404` for an address
//! that is no page of `shared::pages`, which the application then shows as not found. The
//! component gallery is a build of its own in `dist/gallery`, with its own `index.html`.

use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use tower_http::services::ServeDir;

use crate::security::{content_security_policy, inline_script_hashes};

/// Where the gallery's bundle is served, and its folder in `dist`.
pub const GALLERY_PREFIX: &str = "/gallery";

/// The built SPA, read once at start.
#[derive(Debug, Clone)]
pub struct Spa {
    /// `index.html`, or `None` when the SPA has not been built.
    pub index: Option<String>,
    /// The gallery's `index.html`, or `None` when it has not been built.
    pub gallery_index: Option<String>,
    /// The CSP allowing exactly the pages' inline start-up scripts.
    pub csp: HeaderValue,
    dist: PathBuf,
}

impl Spa {
    /// Reads both `index.html` files from `dist` and derives the CSP from them.
    pub fn load(dist: &Path) -> Spa {
        let index = std::fs::read_to_string(dist.join("index.html")).ok();
        if index.is_none() {
            tracing::warn!(dist = %dist.display(), "no built SPA: pages will say how to build it");
        }
        let gallery_index = std::fs::read_to_string(dist.join("gallery/index.html")).ok();
        let hashes: Vec<String> = [&index, &gallery_index]
            .into_iter()
            .flatten()
            .flat_map(|html| inline_script_hashes(html))
            .collect();
        let csp = HeaderValue::from_str(&content_security_policy(&hashes))
            .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));
        Spa {
            index,
            gallery_index,
            csp,
            dist: dist.to_path_buf(),
        }
    }

    /// The routes serving the SPA's files with the right `index.html` as fallback.
    pub fn router<S: Clone + Send + Sync + 'static>(&self) -> Router<S> {
        let index = self.index.clone();
        let gallery_index = self.gallery_index.clone();
        let fallback = get(move |request: Request| {
            let path = request.uri().path();
            // A built file that is not there (an older build's chunk, say) is not a page: the
            // browser must see it fail rather than get a page's HTML in its place.
            let missing_asset = is_content_hashed(path);
            let (status, html) = if is_gallery_path(path) {
                (StatusCode::OK, gallery_index.clone())
            } else if shared::pages::route_at(path).is_some() {
                (StatusCode::OK, index.clone())
            } else {
                (StatusCode::NOT_FOUND, index.clone())
            };
            async move {
                if missing_asset {
                    return StatusCode::NOT_FOUND.into_response();
                }
                match html {
                    Some(html) => {
                        let mut response = (status, Html(html)).into_response();
                        response
                            .headers_mut()
                            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
                        response
                    }
                    None => (
                        StatusCode::SERVICE_UNAVAILABLE,
                        "The SPA is not built yet: start the portal with ./run.sh (see README.md).",
                    )
                        .into_response(),
                }
            }
        });
        // The build's files come with brotli at its best quality beside them
        // (scripts/build-portal.sh); compressing on the fly uses a faster, weaker level.
        let files = ServeDir::new(&self.dist)
            .precompressed_br()
            .append_index_html_on_directories(false)
            .fallback(fallback);
        Router::new()
            .fallback_service(files)
            .layer(middleware::from_fn(cache_assets))
    }
}

/// Whether a path belongs to the gallery's bundle: `/gallery` and everything under it.
fn is_gallery_path(path: &str) -> bool {
    path.strip_prefix(GALLERY_PREFIX)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Marks an answer that is one of the build's content-hashed files, for the layers around the
/// SPA's routes (the security headers leave out what acts on documents only).
#[derive(Debug, Clone, Copy)]
pub struct BuiltFile;

/// Trunk names assets with a content hash (`app-0123abcd….js`, `app-0123abcd…_bg.wasm`): those
/// may be cached for a year, and need no date to revalidate by nor byte ranges (the split build
/// is hundreds of such files, and every header is received again with each).
async fn cache_assets(request: Request, next: Next) -> Response<Body> {
    let hashed = is_content_hashed(request.uri().path());
    let mut response = next.run(request).await;
    if hashed && response.status().is_success() {
        let headers = response.headers_mut();
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
        headers.remove(header::LAST_MODIFIED);
        headers.remove(header::ACCEPT_RANGES);
        response.extensions_mut().insert(BuiltFile);
    }
    response
}

/// Whether the file carries a content hash: trunk's `name-<16+ hex>[_bg].ext`, or any file in
/// the split build's folder `portal-<16+ hex>/` (its chunks find each other by fixed names, so
/// the folder is named by the hash of them all).
fn is_content_hashed(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    let first = segments.next().unwrap_or_default();
    let in_hashed_folder =
        segments.next().is_some() && first.starts_with("portal-") && hashed(first);
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    in_hashed_folder || (name.contains('.') && hashed(stem))
}

/// Whether `name` ends in `-` and a hash of at least 16 hexadecimal digits.
fn hashed(name: &str) -> bool {
    name.rsplit_once('-').is_some_and(|(_, hash)| {
        hash.len() >= 16 && hash.bytes().all(|byte| byte.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::{is_content_hashed, is_gallery_path};

    #[test]
    fn gallery_paths_are_the_gallery_and_below() {
        assert!(is_gallery_path("/gallery"));
        assert!(is_gallery_path("/gallery/"));
        assert!(is_gallery_path("/gallery/button/busy"));
        assert!(!is_gallery_path("/gallery-old"));
        assert!(!is_gallery_path("/feedback"));
    }

    #[test]
    fn trunk_asset_names_are_recognised_as_hashed() {
        assert!(is_content_hashed("/app-d3e0c82163c7b14f.js"));
        assert!(is_content_hashed("/app-d3e0c82163c7b14f_bg.wasm"));
        assert!(is_content_hashed("/main-7603926153514a90.css"));
        assert!(!is_content_hashed("/index.html"));
        assert!(!is_content_hashed("/feedback/sent"));
        assert!(!is_content_hashed("/my-page.js"));
        assert!(is_content_hashed("/portal-228a458b3bb86561/chunk_17.wasm"));
        assert!(is_content_hashed(
            "/portal-228a458b3bb86561/__wasm_split.js"
        ));
        assert!(!is_content_hashed("/portal-228a458b3bb86561"));
        assert!(!is_content_hashed("/account/portal-228a458b3bb86561/x.js"));
    }
}
