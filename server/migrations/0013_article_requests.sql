-- The articles a citizen read in the same browser tab before filing a request: the figure
-- «обращений после прочтения» of each article (issue 18). A deleted article or request takes
-- its rows with it.
CREATE TABLE article_requests (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, request_id)
) WITHOUT ROWID;
CREATE INDEX article_requests_by_request ON article_requests (request_id);
