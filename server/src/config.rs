//! How the server is started: address, data folder, built SPA.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Everything the server needs to know at start.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen.
    pub addr: SocketAddr,
    /// Folder of the SQLite file and the uploaded files; created when missing.
    pub data_dir: PathBuf,
    /// Folder of the SPA built by trunk (`index.html` and its assets).
    pub dist_dir: PathBuf,
}

impl Config {
    /// The defaults of the README's run command: `127.0.0.1:8080`, `./data`, `./app/dist`,
    /// each overridable by `PORTAL_ADDR`, `PORTAL_DATA_DIR`, `PORTAL_DIST_DIR`.
    pub fn from_env() -> Result<Config, String> {
        let addr = std::env::var("PORTAL_ADDR").unwrap_or_else(|_| "127.0.0.1:8080".to_owned());
        Ok(Config {
            addr: addr
                .parse()
                .map_err(|e| format!("PORTAL_ADDR «{addr}»: {e}"))?,
            data_dir: std::env::var_os("PORTAL_DATA_DIR")
                .map_or_else(|| "data".into(), PathBuf::from),
            dist_dir: std::env::var_os("PORTAL_DIST_DIR")
                .map_or_else(|| "app/dist".into(), PathBuf::from),
        })
    }
}
