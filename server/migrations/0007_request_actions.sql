-- What happens to a request after it is filed (SPEC §4): the thread, the citizen's actions and
-- the deadline's pauses and extension.

-- The conversation of a request. Operators' internal notes live elsewhere and never here.
CREATE TABLE request_messages (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    -- citizen | operator
    author TEXT NOT NULL,
    account_id INTEGER REFERENCES accounts (id),
    body TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX request_messages_by_request ON request_messages (request_id);

-- A file of the thread names its message; a file filed with the request names none.
ALTER TABLE request_files ADD COLUMN message_id INTEGER REFERENCES request_messages (id);

-- registered | escalated | extended | a shared::status::Action (take, reopen, …).
ALTER TABLE request_journal ADD COLUMN event TEXT NOT NULL DEFAULT 'registered';

-- When it was last completed or refused, and by whom (citizen | operator); cleared on reopening.
ALTER TABLE requests ADD COLUMN closed_at TEXT;
ALTER TABLE requests ADD COLUMN closed_by TEXT;
-- When the citizen last escalated it; cleared on reopening.
ALTER TABLE requests ADD COLUMN escalated_at TEXT;
-- When the clock stopped for documents (shared::deadlines::after_pause moves the deadline on).
ALTER TABLE requests ADD COLUMN paused_at TEXT;
-- The one extension: the deadline before it and why.
ALTER TABLE requests ADD COLUMN previous_due TEXT;
ALTER TABLE requests ADD COLUMN extension_reason TEXT;
-- The citizen's rating once closed: shared::forms::rating::Rating as JSON.
ALTER TABLE requests ADD COLUMN rating TEXT;
