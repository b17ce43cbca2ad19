-- Identity confirmation (SPEC §7): the scans a citizen sent and the operator's decision.
CREATE TABLE identity_scans (
    -- The file's generated id, also its name in the uploads folder.
    id TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- passport_scans | snils_scans (shared::identity::Document::part)
    document TEXT NOT NULL,
    original_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX identity_scans_by_account ON identity_scans (account_id);

-- When the scans came (the queue's order), and who decided, when and why not.
ALTER TABLE accounts ADD COLUMN identity_submitted_at TEXT;
ALTER TABLE accounts ADD COLUMN identity_decided_by INTEGER REFERENCES accounts (id);
ALTER TABLE accounts ADD COLUMN identity_decided_at TEXT;
ALTER TABLE accounts ADD COLUMN identity_refusal TEXT NOT NULL DEFAULT '';
