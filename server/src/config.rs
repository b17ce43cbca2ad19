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
    /// Folder of the built SPA (`scripts/build-spa.sh`: `index.html`, the portal's chunks, the
    /// gallery).
    pub dist_dir: PathBuf,
    /// Production mode: the development outbox and page are refused.
    pub production: bool,
    /// Where e-mail and text messages go.
    pub delivery: DeliveryConfig,
}

/// The ways messages leave. Without SMTP or an SMS gateway, outside production, messages go to
/// the development outbox (the log and `/dev/outbox`).
#[derive(Debug, Clone, Default)]
pub struct DeliveryConfig {
    /// `smtp://host:port` (plain, for a local relay), `smtp://host:587?tls=required` (STARTTLS)
    /// or `smtps://user:password@host` (TLS), as lettre reads it.
    pub smtp_url: Option<String>,
    /// The sender of e-mail.
    pub mail_from: String,
    /// The SMS gateway's URL.
    pub sms_url: Option<String>,
    /// The SMS gateway's bearer token.
    pub sms_token: Option<String>,
    /// The portal's address as people open it (`https://support.example.ru`): e-mails link to
    /// its pages. Without it e-mails carry no links.
    pub public_url: Option<String>,
}

/// The sender of e-mail unless `PORTAL_MAIL_FROM` says otherwise.
pub const DEFAULT_MAIL_FROM: &str = "Поддержка Госуслуг <support@localhost>";

impl Config {
    /// The defaults of the README's run command: `127.0.0.1:8080`, `./data`, `./app/dist`,
    /// development mode, messages to the development outbox; each overridable by `PORTAL_ADDR`,
    /// `PORTAL_DATA_DIR`, `PORTAL_DIST_DIR`, `PORTAL_MODE=production`, `PORTAL_SMTP_URL`,
    /// `PORTAL_MAIL_FROM`, `PORTAL_SMS_URL`, `PORTAL_SMS_TOKEN`, `PORTAL_PUBLIC_URL` (by default
    /// `http://` and the address when it is this computer's).
    pub fn from_env() -> Result<Config, String> {
        let addr = std::env::var("PORTAL_ADDR").unwrap_or_else(|_| "127.0.0.1:8080".to_owned());
        Ok(Config {
            addr: addr
                .parse()
                .map_err(|e| format!("PORTAL_ADDR «{addr}»: {e}"))?,
            data_dir: std::env::var_os("PORTAL_DATA_DIR")
                .map_or_else(|| "data".into(), PathBuf::from),
            dist_dir: std::env::var_os("PORTAL_DIST_DIR")
                .map_or_else(|| "target/portal/dist".into(), PathBuf::from),
            production: match std::env::var("PORTAL_MODE").as_deref() {
                Ok("production") => true,
                Ok("development") | Err(_) => false,
                Ok(other) => {
                    return Err(format!("PORTAL_MODE «{other}»: production or development"));
                }
            },
            delivery: DeliveryConfig {
                smtp_url: std::env::var("PORTAL_SMTP_URL").ok(),
                mail_from: std::env::var("PORTAL_MAIL_FROM")
                    .unwrap_or_else(|_| DEFAULT_MAIL_FROM.to_owned()),
                sms_url: std::env::var("PORTAL_SMS_URL").ok(),
                sms_token: std::env::var("PORTAL_SMS_TOKEN").ok(),
                public_url: std::env::var("PORTAL_PUBLIC_URL").ok().or_else(|| {
                    addr.parse::<SocketAddr>()
                        .ok()
                        .filter(|parsed| parsed.ip().is_loopback())
                        .map(|parsed| format!("http://{parsed}"))
                }),
            },
        })
    }
}
