-- The knowledge base (SPEC §8) and full-text search of articles and requests (issue 18).

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    -- The file an article was loaded from (server/articles/<slug>.md); NULL for articles written
    -- by administrators.
    slug TEXT UNIQUE,
    title TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL,
    summary_en TEXT NOT NULL DEFAULT '',
    -- Markdown; rendered and cleaned when read (services::markdown).
    body TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('instruction', 'faq', 'video')),
    section TEXT NOT NULL,
    published INTEGER NOT NULL CHECK (published IN (0, 1)),
    video_url TEXT NOT NULL DEFAULT '',
    transcript TEXT NOT NULL DEFAULT '',
    -- The date shown as «Обновлено», ГГГГ-ММ-ДД (Moscow).
    updated_on TEXT NOT NULL,
    views INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX articles_by_views ON articles (published, views DESC);

CREATE TABLE article_links (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    related_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, related_id)
);

-- Who changed what and when. No foreign key: the record of a deletion outlives the article.
CREATE TABLE article_changes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    -- NULL: loaded from the repository's articles at start.
    account_id INTEGER REFERENCES accounts (id),
    change TEXT NOT NULL
        CHECK (change IN ('loaded', 'created', 'edited', 'published', 'unpublished', 'deleted')),
    at TEXT NOT NULL
);

CREATE INDEX article_changes_by_article ON article_changes (article_id, at);

-- «Была ли статья полезной?»: one answer a browser (a random token it keeps).
CREATE TABLE article_votes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    browser TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    comment TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    PRIMARY KEY (article_id, browser)
);

-- The repository's articles already loaded once: an administrator's deletion is not undone by
-- the next start.
CREATE TABLE article_seeds (
    slug TEXT PRIMARY KEY,
    loaded_at TEXT NOT NULL
);

-- The search indexes hold services::search's terms, not the text: stems for words, plain words
-- for phrases and prefixes. Contentless (the text lives in its own table), rowid = the row's id.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title_stems, summary_stems, body_stems, title_words, summary_words, body_words,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
);

CREATE VIRTUAL TABLE requests_fts USING fts5 (
    stems, words,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- The same terms kept on each request, each list padded with spaces: one person's requests (a
-- few hundred) are searched by reading these, which is cheaper than reading from the index the
-- matches of every other person's requests too (storage::fulltext::terms_conditions).
ALTER TABLE requests ADD COLUMN search_stems TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN search_words TEXT NOT NULL DEFAULT '';

-- The analyser version each index was written by (services::search::ANALYZER_VERSION): an
-- index of another version is rebuilt at start.
CREATE TABLE search_indexes (
    corpus TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
