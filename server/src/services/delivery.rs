//! Sending the outbox: e-mail through SMTP, text messages through an HTTP SMS gateway, and — when
//! neither is configured, outside production — a development outbox that only writes the message
//! to the log (and the `/dev/outbox` page reads the outbox table). A worker sends what is due and
//! retries what failed with growing pauses, so a dead gateway delays messages and loses none;
//! after [`MAX_ATTEMPTS`] tries, or at once when the message can never leave (a bad address), a
//! message is a dead letter. Every try is recorded before the message leaves; a message is marked
//! sent only after it left, so a crash in between sends it again after the restart — with the
//! same Message-ID or SMS idempotency key, which lets the receiving side drop the second copy.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use time::OffsetDateTime;
use tokio::sync::Notify;

use crate::config::DeliveryConfig;
use crate::services::mail;
use crate::storage::Db;
use crate::storage::outbox::{Channel, Outcome, Queued};

/// How often the worker looks for messages whose retry is due, when nothing wakes it.
const POLL: Duration = Duration::from_secs(5);
/// The longest pause between two tries of one message.
const LONGEST_PAUSE: Duration = Duration::from_secs(3600);
/// Tries before a message is given up on: with the pauses of [`pause_after`], about ten hours.
pub const MAX_ATTEMPTS: u32 = 15;

/// Why a message did not leave.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// The e-mail could not be built (a bad address).
    #[error("e-mail: {0}")]
    Message(String),
    /// The SMTP server refused or could not be reached.
    #[error("SMTP: {0}")]
    Smtp(String),
    /// The SMS gateway refused or could not be reached.
    #[error("SMS gateway: {0}")]
    Gateway(String),
    /// The channel has no adapter and the development outbox is refused (production).
    #[error("no {0} delivery is configured")]
    NotConfigured(&'static str),
}

impl DeliveryError {
    /// Whether another try could succeed: a message that cannot be built never will.
    pub fn is_permanent(&self) -> bool {
        matches!(self, DeliveryError::Message(_))
    }
}

/// The SMTP adapter.
struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// The HTTP SMS gateway adapter: `POST <url>` with `{"to", "text"}` and a bearer token.
struct SmsGateway {
    url: String,
    token: String,
    client: reqwest::Client,
}

/// The configured ways out.
pub struct Delivery {
    smtp: Option<Smtp>,
    sms: Option<SmsGateway>,
    public_url: Option<String>,
    production: bool,
    wake: Notify,
}

impl Delivery {
    /// The adapters `config` names. In production every channel needs its adapter.
    pub fn new(config: &DeliveryConfig, production: bool) -> Result<Delivery, String> {
        let smtp = match &config.smtp_url {
            Some(url) => Some(Smtp {
                transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("PORTAL_SMTP_URL: {e}"))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
                from: config
                    .mail_from
                    .parse()
                    .map_err(|e| format!("PORTAL_MAIL_FROM «{}»: {e}", config.mail_from))?,
            }),
            None => None,
        };
        let sms = match (&config.sms_url, &config.sms_token) {
            (Some(url), Some(token)) => Some(SmsGateway {
                url: url.clone(),
                token: token.clone(),
                client: reqwest::Client::builder()
                    .timeout(Duration::from_secs(20))
                    .build()
                    .map_err(|e| format!("SMS gateway client: {e}"))?,
            }),
            (None, None) => None,
            _ => return Err("PORTAL_SMS_URL and PORTAL_SMS_TOKEN go together".to_owned()),
        };
        if production && (smtp.is_none() || sms.is_none()) {
            return Err(
                "production mode needs PORTAL_SMTP_URL and PORTAL_SMS_URL with PORTAL_SMS_TOKEN: \
                 the development outbox is refused"
                    .to_owned(),
            );
        }
        Ok(Delivery {
            smtp,
            sms,
            public_url: config.public_url.clone(),
            production,
            wake: Notify::new(),
        })
    }

    /// Whether messages without an adapter go to the development outbox.
    pub fn uses_dev_outbox(&self) -> bool {
        !self.production && (self.smtp.is_none() || self.sms.is_none())
    }

    /// Tells the worker there is something new to send.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Sends one message; answers how it left.
    pub async fn send(&self, queued: &Queued) -> Result<&'static str, DeliveryError> {
        match queued.message.channel {
            Channel::Email => match &self.smtp {
                Some(smtp) => smtp
                    .send(queued, self.public_url.as_deref())
                    .await
                    .map(|()| "smtp"),
                None => self.to_dev_outbox(queued, "e-mail"),
            },
            Channel::Sms => match &self.sms {
                Some(gateway) => gateway.send(queued).await.map(|()| "sms-gateway"),
                None => self.to_dev_outbox(queued, "SMS"),
            },
        }
    }

    fn to_dev_outbox(
        &self,
        queued: &Queued,
        channel: &'static str,
    ) -> Result<&'static str, DeliveryError> {
        if self.production {
            return Err(DeliveryError::NotConfigured(channel));
        }
        let message = &queued.message;
        tracing::info!(
            to = %message.recipient,
            subject = %message.subject,
            body = %message.body,
            "development outbox: {channel} not sent (see /dev/outbox)"
        );
        Ok("dev-outbox")
    }
}

/// A part of an e-mail in base64, which keeps Cyrillic text intact through any relay.
fn base64_part(content_type: ContentType, text: String) -> Result<SinglePart, DeliveryError> {
    let body = Body::new_with_encoding(text, ContentTransferEncoding::Base64)
        .map_err(|_| DeliveryError::Message("the text cannot be encoded".to_owned()))?;
    Ok(SinglePart::builder().header(content_type).body(body))
}

impl Smtp {
    async fn send(&self, queued: &Queued, public_url: Option<&str>) -> Result<(), DeliveryError> {
        let message = &queued.message;
        let to: Mailbox = message
            .recipient
            .parse()
            .map_err(|e| DeliveryError::Message(format!("{e}")))?;
        let composed = mail::compose(queued, public_url);
        // The same Message-ID on every try: a second copy after a crash is recognisably the same.
        let message_id = format!("<{}@{}>", queued.dedup_key, self.from.email.domain());
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .message_id(Some(message_id))
            .multipart(
                MultiPart::alternative()
                    .singlepart(base64_part(ContentType::TEXT_PLAIN, composed.text)?)
                    .singlepart(base64_part(ContentType::TEXT_HTML, composed.html)?),
            )
            .map_err(|e| DeliveryError::Message(e.to_string()))?;
        self.transport
            .send(email)
            .await
            .map(|_| ())
            .map_err(|e| DeliveryError::Smtp(e.to_string()))
    }
}

/// The header that lets the SMS gateway drop a second copy of a message.
pub const SMS_IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

impl SmsGateway {
    async fn send(&self, queued: &Queued) -> Result<(), DeliveryError> {
        let message = &queued.message;
        let answer = self
            .client
            .post(&self.url)
            .bearer_auth(&self.token)
            .header(SMS_IDEMPOTENCY_HEADER, &queued.dedup_key)
            .json(&serde_json::json!({
                "id": queued.dedup_key,
                "to": message.recipient,
                "text": message.body,
            }))
            .send()
            .await
            .map_err(|e| DeliveryError::Gateway(e.to_string()))?;
        if answer.status().is_success() {
            Ok(())
        } else {
            Err(DeliveryError::Gateway(format!(
                "answered {}",
                answer.status()
            )))
        }
    }
}

/// The pause before try number `attempts + 1`: 30 s, doubling, at most an hour.
pub fn pause_after(attempts: u32) -> Duration {
    let seconds = 30u64.saturating_mul(1u64 << attempts.min(20));
    Duration::from_secs(seconds).min(LONGEST_PAUSE)
}

/// Sends every message due at `now`; answers how many left.
pub async fn send_due(
    db: &Db,
    delivery: &Delivery,
    now: OffsetDateTime,
) -> Result<usize, sqlx::Error> {
    let due = db.due_messages(now, 50).await?;
    let Some(first) = due.first() else {
        return Ok(0);
    };
    let mut attempt = db
        .start_attempt(first.id, OffsetDateTime::now_utc())
        .await?;
    let mut sent = 0;
    for (index, queued) in due.iter().enumerate() {
        let outcome = delivery.send(queued).await;
        let finished = OffsetDateTime::now_utc();
        // The next message's try is recorded with this one's end, before the next leaves.
        let next = due.get(index + 1).map(|next| next.id);
        let failure;
        let outcome = match outcome {
            Ok(via) => {
                sent += 1;
                Outcome::Sent(via)
            }
            Err(error) => {
                let tries = queued.attempts.saturating_add(1);
                let retry_at = (!error.is_permanent() && tries < MAX_ATTEMPTS)
                    .then(|| now + pause_after(queued.attempts));
                match retry_at {
                    Some(retry_at) => {
                        tracing::warn!(id = queued.id, %error, %retry_at, "message not sent; will retry");
                    }
                    None => {
                        tracing::error!(id = queued.id, %error, tries, "message given up: a dead letter");
                    }
                }
                failure = error.to_string();
                Outcome::Failed(&failure, retry_at)
            }
        };
        let next_attempt = db
            .finish_attempt(queued.id, attempt, outcome, next, finished)
            .await?;
        if let Some(started) = next_attempt {
            attempt = started;
        }
    }
    Ok(sent)
}

/// The worker: closes the tries a stopped server left open (their messages are due again), then
/// sends what is due whenever woken, and every few seconds for retries.
pub fn spawn_worker(db: Db, delivery: Arc<Delivery>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        match db
            .close_interrupted_attempts(OffsetDateTime::now_utc())
            .await
        {
            Ok(0) => {}
            Ok(interrupted) => {
                tracing::warn!(
                    interrupted,
                    "tries cut short by a stop; their messages go again"
                );
            }
            Err(error) => tracing::error!(%error, "outbox unreadable"),
        }
        loop {
            if let Err(error) = send_due(&db, &delivery, OffsetDateTime::now_utc()).await {
                tracing::error!(%error, "outbox unreadable");
            }
            let _ = tokio::time::timeout(POLL, delivery.wake.notified()).await;
        }
    })
}

#[cfg(test)]
mod tests {
    use super::pause_after;
    use std::time::Duration;

    #[test]
    fn pauses_double_up_to_an_hour() {
        assert_eq!(pause_after(0), Duration::from_secs(30));
        assert_eq!(pause_after(1), Duration::from_secs(60));
        assert_eq!(pause_after(5), Duration::from_secs(960));
        assert_eq!(pause_after(7), Duration::from_secs(3600));
        assert_eq!(pause_after(u32::MAX), Duration::from_secs(3600));
    }
}
