-- Notifications (issue 7, SPEC §5): each event a person is told of, the feed that shows them, the
-- person's choice of channels, and every try of every e-mail and text message.

-- One notification of one account. The feed shows those with `in_feed` (the settings decide,
-- security events always) until the person deletes them; deleted ones stay for the operator's view
-- of what was sent. `request_id` has no foreign key on purpose: a rebuild of `requests` (as in
-- 0008) must not cascade into the notifications.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- shared::notifications::Kind::code
    kind TEXT NOT NULL,
    request_id INTEGER,
    -- shared::notices::Details as JSON: worded again in the reader's language.
    details TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    in_feed INTEGER NOT NULL,
    read_at TEXT,
    deleted_at TEXT
);

CREATE INDEX notifications_feed ON notifications (account_id, id)
    WHERE in_feed = 1 AND deleted_at IS NULL;
CREATE INDEX notifications_request ON notifications (request_id) WHERE request_id IS NOT NULL;

-- «Настройки → Уведомления»: only the choices a person made; the rest follow
-- shared::notifications::on_by_default.
CREATE TABLE notification_settings (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('feed', 'email', 'sms')),
    enabled INTEGER NOT NULL,
    PRIMARY KEY (account_id, kind, channel)
) WITHOUT ROWID;

-- The outbox learns which notification a message carries, the recipient's language, the page it
-- links to, the key that lets the receiving side drop a second copy (the e-mail's Message-ID, the
-- SMS gateway's idempotency key), and when it was given up on (the dead letters).
ALTER TABLE outbox ADD COLUMN notification_id INTEGER REFERENCES notifications (id) ON DELETE SET NULL;
ALTER TABLE outbox ADD COLUMN lang TEXT NOT NULL DEFAULT 'ru';
ALTER TABLE outbox ADD COLUMN link TEXT;
ALTER TABLE outbox ADD COLUMN dedup_key TEXT;
ALTER TABLE outbox ADD COLUMN dead_at TEXT;
UPDATE outbox SET dedup_key = 'outbox-' || id;

CREATE INDEX outbox_notification ON outbox (notification_id) WHERE notification_id IS NOT NULL;
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND dead_at IS NULL;

-- Every try of every message: written before the message leaves, finished after, so a try a crash
-- cut short is on record (and the message, not marked sent, is tried again after the restart).
CREATE TABLE outbox_attempts (
    id INTEGER PRIMARY KEY,
    outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    -- 'sent', 'failed', 'interrupted' (the server stopped during the try), NULL while it runs.
    outcome TEXT,
    via TEXT,
    error TEXT
);

CREATE INDEX outbox_attempts_message ON outbox_attempts (outbox_id);
