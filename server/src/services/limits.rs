//! Rate limits (SECURITY.md «Requests to the API», «Passwords and login»): sliding windows per
//! IP address and per account or login, kept in memory, and growing delays after failed
//! sign-ins. A limit answers 429 with `Retry-After`; nothing here ever locks an account for good —
//! the longest delay is a quarter of an hour, and recovery has its own, separate limits.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What is being limited: each has its own count and window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Sign-in attempts from one IP address, successful or not.
    SignIn,
    /// Registrations started from one IP address.
    Registration,
    /// Codes sent to one phone or e-mail address, or requested from one IP address.
    Codes,
    /// Anonymous feedback sent from one IP address (well-formed or not: each may carry files).
    Feedback,
    /// Codes checked in one flow or from one IP address (each flow also has five attempts).
    CodeChecks,
    /// Identity scans sent by one account (each sending may be 20 MB).
    IdentityScans,
    /// Identity scans sent from one IP address (several people may share one).
    IdentityScansFromIp,
    /// Answers to «Была ли статья полезной?» from one IP address.
    ArticleVotes,
}

impl Action {
    /// How many in how long.
    fn allowance(self) -> (usize, Duration) {
        const MINUTE: Duration = Duration::from_secs(60);
        match self {
            Action::SignIn => (30, MINUTE),
            Action::Registration => (10, 60 * MINUTE),
            Action::Codes => (5, 15 * MINUTE),
            Action::Feedback => (30, 10 * MINUTE),
            Action::CodeChecks => (30, 15 * MINUTE),
            Action::IdentityScans => (10, 60 * MINUTE),
            Action::IdentityScansFromIp => (30, 60 * MINUTE),
            Action::ArticleVotes => (60, 10 * MINUTE),
        }
    }
}

/// Failed sign-ins a login may have in an hour before delays start.
pub const FREE_FAILURES_PER_LOGIN: usize = 5;
/// Failed sign-ins an IP address may have in an hour before delays start (many people share one).
pub const FREE_FAILURES_PER_IP: usize = 50;
/// The ceiling of failures per login per hour (SECURITY.md: at most 100).
pub const MAX_FAILURES_PER_HOUR: usize = 100;
/// The longest wait between tries.
pub const LONGEST_DELAY: Duration = Duration::from_secs(15 * 60);
const HOUR: Duration = Duration::from_secs(3600);
/// Keys kept before the expired ones are swept out.
const SWEEP_AT: usize = 10_000;

/// How long to wait before trying again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub Duration);

impl RetryAfter {
    /// Whole seconds, rounded up and at least one, for the header.
    pub fn seconds(self) -> u64 {
        let whole = self.0.as_secs() + u64::from(self.0.subsec_nanos() > 0);
        whole.max(1)
    }
}

/// Every limit of the server, shared by all handlers.
#[derive(Debug, Default)]
pub struct Limits {
    hits: Mutex<HashMap<(Action, String), VecDeque<Instant>>>,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

fn forget_older_than(times: &mut VecDeque<Instant>, window: Duration, now: Instant) {
    while times
        .front()
        .is_some_and(|t| now.duration_since(*t) >= window)
    {
        times.pop_front();
    }
}

impl Limits {
    /// Counts one `action` by `key`; refuses when the window is full.
    pub fn hit(&self, action: Action, key: &str) -> Result<(), RetryAfter> {
        let (allowed, window) = action.allowance();
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        if hits.len() > SWEEP_AT {
            hits.retain(|(action, _), times| {
                forget_older_than(times, action.allowance().1, now);
                !times.is_empty()
            });
        }
        let times = hits.entry((action, key.to_owned())).or_default();
        forget_older_than(times, window, now);
        if times.len() >= allowed {
            let oldest = times.front().copied().unwrap_or(now);
            return Err(RetryAfter(
                window.saturating_sub(now.duration_since(oldest)),
            ));
        }
        times.push_back(now);
        Ok(())
    }

    /// Whether a sign-in for `login` from `ip` may be tried now, judged by their recent failures:
    /// free at first, then a delay doubling from a second with each failure, at most
    /// [`LONGEST_DELAY`], and never more than [`MAX_FAILURES_PER_HOUR`] an hour.
    pub fn may_try_sign_in(&self, login: &str, ip: &str) -> Result<(), RetryAfter> {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let mut longest = Duration::ZERO;
        for (key, free) in [
            (login_key(login), FREE_FAILURES_PER_LOGIN),
            (ip_key(ip), FREE_FAILURES_PER_IP),
        ] {
            let Some(times) = failures.get_mut(&key) else {
                continue;
            };
            forget_older_than(times, HOUR, now);
            let count = times.len();
            let (Some(oldest), Some(last)) = (times.front().copied(), times.back().copied()) else {
                continue;
            };
            let wait = if count >= MAX_FAILURES_PER_HOUR {
                HOUR.saturating_sub(now.duration_since(oldest))
            } else if count >= free {
                let exponent = u32::try_from(count - free).unwrap_or(u32::MAX).min(20);
                let delay = Duration::from_secs(1u64 << exponent).min(LONGEST_DELAY);
                delay.saturating_sub(now.duration_since(last))
            } else {
                Duration::ZERO
            };
            longest = longest.max(wait);
        }
        if longest.is_zero() {
            Ok(())
        } else {
            Err(RetryAfter(longest))
        }
    }

    /// Records a failed sign-in for `login` from `ip`.
    pub fn sign_in_failed(&self, login: &str, ip: &str) {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if failures.len() > SWEEP_AT {
            failures.retain(|_, times| {
                forget_older_than(times, HOUR, now);
                !times.is_empty()
            });
        }
        for key in [login_key(login), ip_key(ip)] {
            failures.entry(key).or_default().push_back(now);
        }
    }

    /// A successful sign-in clears the login's failures (not the address's).
    pub fn sign_in_succeeded(&self, login: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.remove(&login_key(login));
    }
}

fn login_key(login: &str) -> String {
    format!("login:{}", login.to_lowercase())
}

fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_window_refuses_until_it_moves() {
        let limits = Limits::default();
        for _ in 0..5 {
            assert!(limits.hit(Action::Codes, "+79123456789").is_ok());
        }
        let refused = limits.hit(Action::Codes, "+79123456789").unwrap_err();
        assert!(refused.0 > Duration::from_secs(14 * 60), "{refused:?}");
        assert!(
            limits.hit(Action::Codes, "+79120000000").is_ok(),
            "another key"
        );
    }

    #[test]
    fn failed_sign_ins_bring_growing_delays_per_login() {
        let limits = Limits::default();
        for _ in 0..FREE_FAILURES_PER_LOGIN {
            assert!(
                limits
                    .may_try_sign_in("ivan@example.ru", "10.0.0.1")
                    .is_ok()
            );
            limits.sign_in_failed("ivan@example.ru", "10.0.0.1");
        }
        let first = limits
            .may_try_sign_in("IVAN@example.ru", "10.0.0.2")
            .unwrap_err();
        assert_eq!(first.seconds(), 1);
        limits.sign_in_failed("ivan@example.ru", "10.0.0.1");
        limits.sign_in_failed("ivan@example.ru", "10.0.0.1");
        let third = limits
            .may_try_sign_in("ivan@example.ru", "10.0.0.2")
            .unwrap_err();
        assert_eq!(third.seconds(), 4, "doubles with each failure");
        assert!(
            limits
                .may_try_sign_in("petr@example.ru", "10.0.0.2")
                .is_ok()
        );
        limits.sign_in_succeeded("ivan@example.ru");
        assert!(
            limits
                .may_try_sign_in("ivan@example.ru", "10.0.0.2")
                .is_ok()
        );
    }

    #[test]
    fn delays_stop_growing_at_a_quarter_of_an_hour() {
        let limits = Limits::default();
        for _ in 0..60 {
            limits.sign_in_failed("ivan@example.ru", "10.0.0.1");
        }
        let wait = limits
            .may_try_sign_in("ivan@example.ru", "10.0.0.9")
            .unwrap_err();
        assert_eq!(wait.seconds(), LONGEST_DELAY.as_secs());
    }
}
