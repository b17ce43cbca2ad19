-- The operator console (SPEC §4): each section of the category tree is a queue, worked by the
-- staff who belong to it; requests have an assignee, a channel, and may come from a person
-- without an account (registered from a call or a letter), so `requests` is rebuilt with a
-- nullable owner: SQLite cannot drop NOT NULL in place.
--
-- The migration runs in a transaction with foreign keys on (sqlx's way; they cannot be switched
-- off inside one), so dropping the old table cascades to the thread, the journal and the files:
-- those are kept aside first and put back after, and the checks wait for the commit.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE kept_messages AS SELECT * FROM request_messages;
CREATE TABLE kept_files AS SELECT * FROM request_files;
CREATE TABLE kept_journal AS SELECT * FROM request_journal;

CREATE TABLE requests_rebuilt (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    -- The citizen's account; NULL for a person without one, whose contacts are in `form`.
    account_id INTEGER REFERENCES accounts (id),
    form TEXT NOT NULL,
    category TEXT NOT NULL,
    -- The section of `category`: the queue.
    section TEXT NOT NULL,
    subject TEXT NOT NULL,
    search_text TEXT NOT NULL,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    created_at TEXT NOT NULL,
    first_response_due TEXT NOT NULL,
    resolution_due TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    closed_at TEXT,
    closed_by TEXT,
    escalated_at TEXT,
    paused_at TEXT,
    previous_due TEXT,
    extension_reason TEXT,
    rating TEXT,
    -- portal | phone | email (shared::requests::RequestChannel).
    channel TEXT NOT NULL DEFAULT 'portal',
    -- The operator who registered a call or a letter.
    registered_by INTEGER REFERENCES accounts (id),
    -- The full name of a person without an account.
    requester_name TEXT,
    -- The operator who took it.
    assignee_id INTEGER REFERENCES accounts (id),
    -- When an operator first wrote, asked for documents, answered or refused.
    first_response_at TEXT,
    -- shared::forms::rejection::Rejection as JSON, once refused; cleared on reopening.
    rejection TEXT
);

INSERT INTO requests_rebuilt (id, number, account_id, form, category, section, subject,
                              search_text, status, priority, created_at, first_response_due,
                              resolution_due, updated_at, closed_at, closed_by, escalated_at,
                              paused_at, previous_due, extension_reason, rating)
SELECT id, number, account_id, form, category, substr(category, 1, instr(category, '.') - 1),
       subject, search_text, status, priority, created_at, first_response_due, resolution_due,
       updated_at, closed_at, closed_by, escalated_at, paused_at, previous_due, extension_reason,
       rating
FROM requests;

DROP TABLE requests;
ALTER TABLE requests_rebuilt RENAME TO requests;
CREATE INDEX requests_by_account ON requests (account_id, created_at);
CREATE INDEX requests_by_section ON requests (section, resolution_due);

INSERT INTO request_messages SELECT * FROM kept_messages;
INSERT INTO request_files SELECT * FROM kept_files;
INSERT INTO request_journal SELECT * FROM kept_journal;
DROP TABLE kept_messages;
DROP TABLE kept_files;
DROP TABLE kept_journal;

-- Queue membership: the sections whose requests a staff member works.
CREATE TABLE staff_sections (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    PRIMARY KEY (account_id, section)
);

-- Operators' internal notes: never in the thread, never shown to the citizen.
CREATE TABLE internal_notes (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX internal_notes_by_request ON internal_notes (request_id);

-- Canned replies administrators keep; `section` empty for every section.
CREATE TABLE canned_replies (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    section TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
