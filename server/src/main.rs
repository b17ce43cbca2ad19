//! `portal`: starts the support portal's server.

use std::process::ExitCode;

use server::config::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("portal: {error}");
            return ExitCode::FAILURE;
        }
    };
    let (app, _state) = match server::build(&config).await {
        Ok(built) => built,
        Err(error) => {
            eprintln!("portal: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(config.addr).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("portal: cannot listen on {}: {error}", config.addr);
            return ExitCode::FAILURE;
        }
    };
    tracing::info!(
        "the portal is at http://{} (data in {})",
        config.addr,
        config.data_dir.display()
    );
    match server::serve(listener, app).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("portal: {error}");
            ExitCode::FAILURE
        }
    }
}
