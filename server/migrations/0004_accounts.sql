-- Accounts, sessions and the multi-step flows of SPEC §7 (SECURITY.md «Passwords and login»,
-- «Sessions»).
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL,
    -- E.164, confirmed by SMS; staff accounts may have none.
    phone TEXT UNIQUE,
    -- As shared::identifiers::email normalises it; one account per address whatever its case.
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    -- Set from the profile; a sign-in login too.
    inn TEXT UNIQUE,
    -- Argon2id PHC string.
    password_hash TEXT NOT NULL,
    second_factor TEXT NOT NULL DEFAULT 'none',
    -- Base32 TOTP secret in use, and one being enrolled but not yet confirmed.
    totp_secret TEXT,
    totp_pending_secret TEXT,
    -- The last TOTP time step accepted: a code is never accepted twice.
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    lang TEXT NOT NULL DEFAULT 'ru',
    -- shared::forms::profile::Profile as JSON, without the contacts (kept above).
    profile TEXT NOT NULL DEFAULT '{}',
    -- none | pending | confirmed | refused
    identity TEXT NOT NULL DEFAULT 'none',
    -- OGRN or OGRNIP of an organisation representative.
    organisation_id TEXT,
    created_at TEXT NOT NULL
);

-- Server-side sessions: only the SHA-256 of the cookie's token is stored.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    remember INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    ip TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- Registration, the second step of sign-in and recovery: a random token (stored hashed) names the
-- flow between its steps. account_id is NULL where the login named no account: the flow then runs
-- to its end like any other and never succeeds.
CREATE TABLE challenges (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    -- What the flow carries: the registration's details, the sign-in's «remember me».
    data TEXT NOT NULL DEFAULT '{}',
    -- code | second_factor | password | done
    stage TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- Single-use codes for a lost authenticator, stored hashed.
CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX recovery_codes_by_account ON recovery_codes (account_id);
