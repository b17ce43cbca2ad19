-- Request numbers are counted per year and shared by every kind of request: 2026-000123.
CREATE TABLE request_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

-- Anonymous feedback from the help centre.
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    topic TEXT NOT NULL,
    message TEXT NOT NULL,
    inn TEXT,
    snils TEXT,
    ogrn TEXT,
    ogrnip TEXT,
    passport TEXT
);

-- Uploaded files: stored on disk under their generated id, never under the user's name.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    feedback_id INTEGER REFERENCES feedback (id) ON DELETE CASCADE,
    original_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX attachments_by_feedback ON attachments (feedback_id);
