-- One-time codes (SECURITY.md «One-time codes»): stored hashed with a salt, bound to what they are
-- for and where they were sent; a new code for the same purpose and target replaces the old one.
CREATE TABLE one_time_codes (
    id INTEGER PRIMARY KEY,
    purpose TEXT NOT NULL,
    target TEXT NOT NULL,
    salt TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used_at TEXT,
    UNIQUE (purpose, target)
);
