-- The online chat (SPEC §6): a citizen's conversation with the bot and then an operator of the
-- topic's section.
CREATE TABLE chats (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- A subcategory code, and its section: whose operators answer (changed by a transfer).
    topic TEXT NOT NULL,
    section TEXT NOT NULL,
    -- shared::chat::ChatState::code
    state TEXT NOT NULL CHECK (state IN ('bot', 'waiting', 'active', 'closed')),
    operator_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    -- The last entry's number: the next one takes last_seq + 1 in the same transaction.
    last_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    -- When the citizen asked for an operator (the queue's order), took, ended.
    waiting_since TEXT,
    taken_at TEXT,
    closed_at TEXT,
    -- Each side's last entry read, for the read marks.
    citizen_read INTEGER NOT NULL DEFAULT 0,
    operator_read INTEGER NOT NULL DEFAULT 0,
    -- The citizen's rating of the ended chat.
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    rating_comment TEXT NOT NULL DEFAULT '',
    -- The support request the chat became, if it did.
    request_id INTEGER REFERENCES requests (id) ON DELETE SET NULL
);
-- The citizen's history, newest first.
CREATE INDEX chats_by_account ON chats (account_id, id);
-- Each section's queue, in the order of asking.
CREATE INDEX chats_waiting ON chats (section, waiting_since) WHERE state = 'waiting';
-- Each operator's open chats: routing counts them.
CREATE INDEX chats_active ON chats (operator_id) WHERE state = 'active';

-- The conversation: one row an entry, numbered without gaps inside its chat.
CREATE TABLE chat_entries (
    chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    -- 'citizen', 'operator', 'bot' or 'system'.
    author TEXT NOT NULL CHECK (author IN ('citizen', 'operator', 'bot', 'system')),
    -- The operator who wrote it.
    author_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    -- The sending client's id of the message: a resend finds it and stores nothing.
    client_id TEXT,
    -- The words; for 'system', shared::chat::ChatEvent as JSON.
    body TEXT NOT NULL DEFAULT '',
    file_id TEXT,
    file_name TEXT,
    file_size INTEGER,
    -- The bot's offered articles, shared::chat::OfferedArticle as a JSON list.
    articles TEXT NOT NULL DEFAULT '[]',
    -- An operators' note, never shown to the citizen.
    internal INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (chat_id, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX chat_entries_by_client_id ON chat_entries (chat_id, author, client_id)
    WHERE client_id IS NOT NULL;

-- Who answers chats: an operator on duty, how many chats they hold at once (NULL: the default,
-- shared::chat::DEFAULT_CAPACITY) and when they were last given one (ties go to the longest idle).
CREATE TABLE chat_operators (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    capacity INTEGER CHECK (capacity >= 0),
    on_duty INTEGER NOT NULL DEFAULT 0,
    last_routed_at TEXT NOT NULL DEFAULT ''
);
