//! The support portal's server: the HTTP API over `shared`'s rules, SQLite storage, and the host
//! of the built SPA.

pub mod config;
pub mod error;
pub mod routes;
pub mod security;
pub mod services;
pub mod spa;
pub mod storage;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::services::delivery::{self, Delivery};
use crate::services::limits::Limits;
use crate::services::live::Live;
use crate::services::sessions::CookiePolicy;
use crate::services::uploads::Uploads;
use crate::spa::Spa;
use crate::storage::Db;

/// A slow client gets this long to send its whole body.
const BODY_DEADLINE: Duration = Duration::from_secs(60);

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub db: Db,
    /// The uploaded files.
    pub uploads: Uploads,
    /// The ways messages leave; handlers wake its worker after writing to the outbox.
    pub delivery: Arc<Delivery>,
    /// Rate limits and sign-in delays.
    pub limits: Arc<Limits>,
    /// How the session cookie is written.
    pub cookies: CookiePolicy,
    /// Live updates of the operator console.
    pub live: Live,
    /// The chat's open connections.
    pub chats: services::chats::ChatHub,
}

impl AppState {
    /// After a write that may have put messages in the outbox or notifications in feeds: the
    /// delivery worker sends at once, and open feeds recount their unread.
    pub fn notified(&self) {
        self.delivery.wake();
        self.live.feeds_changed();
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The data folder could not be prepared.
    #[error("data folder: {0}")]
    Io(#[from] std::io::Error),
    /// The database could not be opened or migrated.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// Development mode asked to listen beyond this computer.
    #[error(
        "development mode shows every outgoing message at /dev/outbox, so it listens only on a \
         loopback address; {0} is not one (set PORTAL_MODE=production with SMTP and an SMS gateway)"
    )]
    DevelopmentExposed(std::net::SocketAddr),
    /// The delivery settings are wrong or incomplete.
    #[error("delivery: {0}")]
    Delivery(String),
    /// Migrations failed.
    #[error("migrations: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
}

/// Prepares the data folder and the database, and builds the whole application.
pub async fn build(config: &Config) -> Result<(Router, AppState), StartError> {
    if !config.production && !config.addr.ip().is_loopback() {
        return Err(StartError::DevelopmentExposed(config.addr));
    }
    tokio::fs::create_dir_all(&config.data_dir).await?;
    let db = Db::open(&config.data_dir).await?;
    let uploads = Uploads::open(&config.data_dir).await?;
    // Files kept just before a crash, or whose removal a crash interrupted, belong to nothing.
    let orphans = uploads.sweep(&db.referenced_files().await?).await?;
    if orphans > 0 {
        tracing::warn!(orphans, "removed uploaded files that nothing refers to");
    }
    // Nothing is being created before the server starts: keys held by creations a stop cut
    // short are free again at once, not after their ten minutes.
    db.release_keys_in_flight().await?;
    let loaded =
        services::knowledge::load_repository_articles(&db, time::OffsetDateTime::now_utc()).await?;
    if loaded > 0 {
        tracing::info!(loaded, "knowledge-base articles loaded from the repository");
    }
    for rebuilt in db.rebuild_stale_indexes().await? {
        tracing::info!(corpus = ?rebuilt.corpus, rows = rebuilt.rows, took = ?rebuilt.took, "search index rebuilt");
    }
    let delivery =
        Arc::new(Delivery::new(&config.delivery, config.production).map_err(StartError::Delivery)?);
    if delivery.uses_dev_outbox() {
        tracing::warn!("no SMTP server or SMS gateway configured: messages go to /dev/outbox");
    }
    delivery::spawn_worker(db.clone(), delivery.clone());
    let state = AppState {
        db,
        uploads,
        delivery,
        limits: Arc::new(Limits::default()),
        cookies: CookiePolicy {
            secure: config.production,
        },
        live: Live::default(),
        chats: services::chats::ChatHub::default(),
    };
    let spa = Spa::load(&config.dist_dir);
    let csp = spa.csp.clone();
    let api = routes::api()
        .layer(middleware::from_fn(security::no_store))
        .layer(middleware::from_fn(security::guard_state_changes))
        .layer(middleware::from_fn(error::render_in_client_language))
        .layer(RequestBodyTimeoutLayer::new(BODY_DEADLINE))
        .with_state(state.clone());
    let app = Router::new()
        .merge(api)
        .merge(if config.production {
            Router::new()
        } else {
            routes::dev::router().with_state(state.clone())
        })
        .merge(spa.router())
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            let csp = csp.clone();
            async move {
                let mut response: Response = next.run(request).await;
                let built_file = response.extensions().get::<spa::BuiltFile>().is_some();
                security::add_common_headers(response.headers_mut(), &csp, built_file);
                response
            }
        }))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http());
    Ok((app, state))
}

/// Serves `app` on `listener` until Ctrl-C or SIGTERM, then finishes the requests in flight.
pub async fn serve(listener: TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        shutdown_signal().await;
        services::live::stop_all();
    })
    .await
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}
