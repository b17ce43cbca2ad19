-- Support requests of signed-in citizens and organisations (SPEC §4).
CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    -- 2026-000123, from request_counters (shared with feedback).
    number TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    -- shared::forms::support_request::SupportRequest as sent, with identifiers normalised.
    form TEXT NOT NULL,
    category TEXT NOT NULL,
    subject TEXT NOT NULL,
    -- shared::requests::search_text: subject and description, lower-cased, for «Мои обращения».
    search_text TEXT NOT NULL,
    -- shared::status::Status, snake_case.
    status TEXT NOT NULL,
    -- shared::categories::Priority, snake_case.
    priority TEXT NOT NULL,
    created_at TEXT NOT NULL,
    first_response_due TEXT NOT NULL,
    resolution_due TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX requests_by_account ON requests (account_id, created_at);

-- The files of a request, on disk under their generated id.
CREATE TABLE request_files (
    id TEXT PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    original_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX request_files_by_request ON request_files (request_id);

-- The journal of status changes: who moved the request from where to where, and when.
CREATE TABLE request_journal (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    -- citizen | operator | senior_operator | system
    actor TEXT NOT NULL,
    account_id INTEGER REFERENCES accounts (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_journal_by_request ON request_journal (request_id);

-- Idempotency keys of creations (SECURITY.md): the body's fingerprint and, once the creation is
-- done, its answer, replayed to a retry. A row without an answer is a creation in flight.
CREATE TABLE idempotency_keys (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    -- A random token of the submission that holds the key: only it may finish or release it.
    claim TEXT NOT NULL,
    status INTEGER,
    answer TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
);
