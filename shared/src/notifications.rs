//! Notifications (SPEC §5): what the portal tells a person about, by which channels, the
//! settings «Настройки → Уведомления», the in-app feed and what operators see of the delivery.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::lang::Text;
use crate::pages::Page;
use crate::requests::Event;
use crate::status::Action;

/// The feed: `GET` (with a [`FeedFilter`] as the query) answers a [`Feed`].
pub const NOTIFICATIONS_PATH: &str = "/api/v1/notifications";
/// `POST` marks every notification of the feed read.
pub const READ_ALL_PATH: &str = "/api/v1/notifications/read-all";
/// Server-sent events: an [`Unread`] at once and after every change of the count.
pub const NOTIFICATION_EVENTS_PATH: &str = "/api/v1/notifications/events";
/// `GET` answers the [`Settings`]; `PUT` with a [`SettingsChange`] saves them.
pub const NOTIFICATION_SETTINGS_PATH: &str = "/api/v1/account/notifications";

/// One notification of the feed: `DELETE` removes it from the feed.
pub fn notification_path(id: i64) -> String {
    format!("{NOTIFICATIONS_PATH}/{id}")
}

/// `POST` marks one notification read.
pub fn notification_read_path(id: i64) -> String {
    format!("{NOTIFICATIONS_PATH}/{id}/read")
}

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A request was registered: its number and expected date.
    Registered,
    /// An operator took the request into work.
    Taken,
    /// An operator asked for documents or details.
    DocumentsRequested,
    /// An operator wrote in the thread.
    OperatorReplied,
    /// The deadline was extended.
    DeadlineExtended,
    /// The request was answered.
    Resolved,
    /// The request was rejected, with the reason.
    Rejected,
    /// The request went to a senior operator.
    Escalated,
    /// An operator set the time of a call-back.
    CallbackScheduled,
    /// Somebody signed in to the account.
    SignedIn,
    /// The password or another way of signing in changed.
    CredentialsChanged,
}

impl Kind {
    /// Every kind, in the order the settings and the filter list them.
    pub const ALL: [Kind; 11] = [
        Kind::Registered,
        Kind::Taken,
        Kind::DocumentsRequested,
        Kind::OperatorReplied,
        Kind::DeadlineExtended,
        Kind::Resolved,
        Kind::Rejected,
        Kind::Escalated,
        Kind::CallbackScheduled,
        Kind::SignedIn,
        Kind::CredentialsChanged,
    ];

    /// The code in the API, the database and addresses.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Registered => "registered",
            Kind::Taken => "taken",
            Kind::DocumentsRequested => "documents_requested",
            Kind::OperatorReplied => "operator_replied",
            Kind::DeadlineExtended => "deadline_extended",
            Kind::Resolved => "resolved",
            Kind::Rejected => "rejected",
            Kind::Escalated => "escalated",
            Kind::CallbackScheduled => "callback_scheduled",
            Kind::SignedIn => "signed_in",
            Kind::CredentialsChanged => "credentials_changed",
        }
    }

    /// The kind a code names.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// Security events: the feed always shows them, whatever the settings.
    pub fn is_security(self) -> bool {
        matches!(self, Kind::SignedIn | Kind::CredentialsChanged)
    }

    /// The kind as the settings and the feed's filter name it.
    pub fn name(self) -> Text {
        let text = |ru, en| Text { ru, en };
        match self {
            Kind::Registered => text("Обращение зарегистрировано", "Request registered"),
            Kind::Taken => text("Обращение взято в работу", "Request taken into work"),
            Kind::DocumentsRequested => text("Запрошены документы", "Documents requested"),
            Kind::OperatorReplied => text("Ответ оператора", "Operator’s reply"),
            Kind::DeadlineExtended => text("Срок продлён", "Deadline extended"),
            Kind::Resolved => text("Дан ответ", "Request answered"),
            Kind::Rejected => text("Отказ", "Request rejected"),
            Kind::Escalated => text("Передано старшему оператору", "Passed to a senior operator"),
            Kind::CallbackScheduled => text("Назначен обратный звонок", "Call-back scheduled"),
            Kind::SignedIn => text("Вход в учётную запись", "Sign-in to your account"),
            Kind::CredentialsChanged => text(
                "Изменены пароль или способ входа",
                "Password or sign-in changed",
            ),
        }
    }

    /// The notification a request's journal event brings its citizen, if any: the citizen's own
    /// replies, closings and reopenings, transfers between sections and re-assignments are not
    /// news to them.
    pub fn of_event(event: Event) -> Option<Kind> {
        match event {
            Event::Registered => Some(Kind::Registered),
            Event::Moved(Action::Take) => Some(Kind::Taken),
            Event::Moved(Action::RequestDocuments) => Some(Kind::DocumentsRequested),
            Event::Replied | Event::Upheld => Some(Kind::OperatorReplied),
            Event::Extended => Some(Kind::DeadlineExtended),
            Event::Moved(Action::Resolve) => Some(Kind::Resolved),
            Event::Moved(Action::Reject) => Some(Kind::Rejected),
            Event::Escalated => Some(Kind::Escalated),
            Event::Moved(Action::CitizenReplied | Action::CitizenClose | Action::Reopen)
            | Event::Assigned
            | Event::Transferred => None,
        }
    }
}

/// The portal page a notification links to: its request's (`number`), or the call-backs' page.
pub fn page_of(kind: Kind, number: &str) -> Option<String> {
    if kind == Kind::CallbackScheduled {
        Some(Page::Callbacks { booked: false }.href())
    } else {
        (!number.is_empty()).then(|| {
            Page::Request {
                number: number.to_owned(),
            }
            .href()
        })
    }
}

/// A way a notification reaches its person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The feed on the portal, under the bell.
    Feed,
    /// E-mail to the account's address.
    Email,
    /// A text message to the account's confirmed phone.
    Sms,
}

impl Channel {
    /// Every channel, in the order the settings show them.
    pub const ALL: [Channel; 3] = [Channel::Feed, Channel::Email, Channel::Sms];

    /// The code in the API and the database.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Feed => "feed",
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }

    /// The channel a code names.
    pub fn from_code(code: &str) -> Option<Channel> {
        Channel::ALL
            .into_iter()
            .find(|channel| channel.code() == code)
    }

    /// The channel as the settings and the operator's list name it.
    pub fn name(self) -> Text {
        match self {
            Channel::Feed => Text {
                ru: "На портале",
                en: "On the portal",
            },
            Channel::Email => Text {
                ru: "Электронная почта",
                en: "Email",
            },
            Channel::Sms => Text {
                ru: "СМС",
                en: "SMS",
            },
        }
    }
}

/// Whether `kind` goes by `channel` for a person who chose nothing: the feed and e-mail carry
/// everything; text messages, which cost and interrupt, only what the person switches on.
pub fn on_by_default(_kind: Kind, channel: Channel) -> bool {
    channel != Channel::Sms
}

/// Whether `kind` goes by `channel`, given the person's choice (`None`: none made) and whether
/// the account has a confirmed phone: security events always reach the feed, and text messages
/// go only to a confirmed phone.
pub fn goes_by(kind: Kind, channel: Channel, chosen: Option<bool>, has_phone: bool) -> bool {
    if channel == Channel::Feed && kind.is_security() {
        return true;
    }
    if channel == Channel::Sms && !has_phone {
        return false;
    }
    chosen.unwrap_or_else(|| on_by_default(kind, channel))
}

/// Whether the person may change `kind` by `channel` in the settings.
pub fn can_change(kind: Kind, channel: Channel, has_phone: bool) -> bool {
    !(channel == Channel::Feed && kind.is_security()) && (channel != Channel::Sms || has_phone)
}

/// One box of the settings: a kind by a channel, on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// What about.
    pub kind: Kind,
    /// Which way.
    pub channel: Channel,
    /// Whether it goes.
    pub on: bool,
}

/// «Настройки → Уведомления» as the server keeps them: every kind by every channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Every kind by every channel, in the order of [`Kind::ALL`] and [`Channel::ALL`].
    pub choices: Vec<Choice>,
    /// Whether the account has a confirmed phone (text messages need one).
    pub has_phone: bool,
}

/// What saving the settings sends: the boxes as the person left them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsChange {
    /// The boxes; those that cannot change are ignored.
    pub choices: Vec<Choice>,
}

/// Which notifications of the feed to show, as the feed's address carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedFilter {
    /// Only those not yet read.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unread: bool,
    /// Only those of the last seven days.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub week: bool,
    /// One kind, or all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
}

/// How many days «за последние 7 дней» covers.
pub const WEEK_DAYS: i64 = 7;

/// The most notifications one look at the feed shows.
pub const FEED_LIMIT: u32 = 100;

/// One notification of the feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedItem {
    /// Its id.
    pub id: i64,
    /// What about.
    pub kind: Kind,
    /// When.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The headline, in the reader's language.
    pub title: String,
    /// The text, in the reader's language.
    pub text: String,
    /// The request it is about, if any: the item links to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Whether it was read.
    pub read: bool,
}

/// The feed: the notifications that pass the filter, newest first, and how many are unread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feed {
    /// Newest first, at most [`FEED_LIMIT`].
    pub items: Vec<FeedItem>,
    /// Unread notifications in the whole feed.
    pub unread: u32,
}

/// The bell's number, as the live stream sends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unread {
    /// Unread notifications in the feed.
    pub unread: u32,
}

/// Where a notification by e-mail or SMS stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryState {
    /// Waiting for its first try.
    Waiting,
    /// Tried and failed; it will be tried again.
    Retrying,
    /// Handed to the mail server or the SMS gateway.
    Sent,
    /// Given up after the last try, or refused for good (a bad address).
    Failed,
}

impl DeliveryState {
    /// The state as the operator's list names it.
    pub fn name(self) -> Text {
        let text = |ru, en| Text { ru, en };
        match self {
            DeliveryState::Waiting => text("Ожидает отправки", "Waiting"),
            DeliveryState::Retrying => text("Повторная попытка", "Retrying"),
            DeliveryState::Sent => text("Отправлено", "Sent"),
            DeliveryState::Failed => text("Не доставлено", "Failed"),
        }
    }
}

/// A notification about a request as its operator sees it: to whom, which way, and what became
/// of it. The feed's copy counts as delivered when written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentNotification {
    /// When it was written.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// What about.
    pub kind: Kind,
    /// Which way.
    pub channel: Channel,
    /// The address or phone number (empty for the feed).
    pub recipient: String,
    /// Where it stands (the feed's copy: sent).
    pub state: DeliveryState,
    /// Tries so far.
    pub attempts: u32,
    /// Whether the person read it (the feed's copy only).
    pub read: bool,
}

#[cfg(test)]
mod tests {
    use super::{Channel, Kind, can_change, goes_by};
    use crate::requests::Event;
    use crate::status::Action;

    #[test]
    fn codes_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
        }
        for channel in Channel::ALL {
            assert_eq!(Channel::from_code(channel.code()), Some(channel));
        }
    }

    #[test]
    fn security_events_always_reach_the_feed() {
        for kind in [Kind::SignedIn, Kind::CredentialsChanged] {
            assert!(goes_by(kind, Channel::Feed, Some(false), false));
            assert!(!can_change(kind, Channel::Feed, true));
            assert!(!goes_by(kind, Channel::Email, Some(false), true));
        }
        assert!(!goes_by(Kind::Taken, Channel::Feed, Some(false), true));
        assert!(can_change(Kind::Taken, Channel::Feed, true));
    }

    #[test]
    fn text_messages_need_a_confirmed_phone_and_a_choice() {
        assert!(!goes_by(Kind::Resolved, Channel::Sms, None, true));
        assert!(goes_by(Kind::Resolved, Channel::Sms, Some(true), true));
        assert!(!goes_by(Kind::Resolved, Channel::Sms, Some(true), false));
        assert!(!can_change(Kind::Resolved, Channel::Sms, false));
        assert!(goes_by(Kind::Resolved, Channel::Email, None, false));
    }

    #[test]
    fn the_citizen_hears_of_what_others_do() {
        assert_eq!(Kind::of_event(Event::Registered), Some(Kind::Registered));
        assert_eq!(
            Kind::of_event(Event::Moved(Action::Reject)),
            Some(Kind::Rejected)
        );
        assert_eq!(Kind::of_event(Event::Moved(Action::CitizenReplied)), None);
        assert_eq!(Kind::of_event(Event::Transferred), None);
    }
}
