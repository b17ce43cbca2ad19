-- Call-backs (SPEC §3 «callback», §4 «work callbacks»): a citizen asks the contact centre to call
-- them on a day inside a window; operators of the topic's section set the time and record the call.
CREATE TABLE callbacks (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- E.164, as shared::identifiers::phone normalises it.
    phone TEXT NOT NULL,
    -- A subcategory code, and its section: the queue whose operators call.
    topic TEXT NOT NULL,
    section TEXT NOT NULL,
    -- The day asked for, ISO (ГГГГ-ММ-ДД, so that it sorts), and the window's code (`14-16`).
    day TEXT NOT NULL,
    call_window TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    -- shared::callbacks::CallbackState::code
    state TEXT NOT NULL CHECK (state IN ('requested', 'scheduled', 'done', 'not_reached', 'cancelled')),
    -- The moment the operator set, UTC.
    call_at TEXT,
    -- Who last scheduled or recorded the call, and their note.
    operator_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    finished_at TEXT
);

-- One open call-back per citizen: a second booking (a double click, two tabs) fails here.
CREATE UNIQUE INDEX callbacks_one_open ON callbacks (account_id)
    WHERE state IN ('requested', 'scheduled');
-- The operators' list of calls to make, in the order of the windows.
CREATE INDEX callbacks_to_make ON callbacks (section, day, call_window)
    WHERE state IN ('requested', 'scheduled');
CREATE INDEX callbacks_finished ON callbacks (section, finished_at)
    WHERE state NOT IN ('requested', 'scheduled');
CREATE INDEX callbacks_of_account ON callbacks (account_id, id);
