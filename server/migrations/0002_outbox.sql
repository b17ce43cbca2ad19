-- Messages to send (e-mail, SMS), written in the same transaction as the change they report. The
-- delivery worker sends them with retries, so a dead SMTP server or SMS gateway delays them and
-- loses none (SECURITY.md, «Durability and faults»).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    -- 'smtp', 'sms-gateway' or 'dev-outbox'.
    sent_via TEXT,
    last_error TEXT
);

CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
