-- The queue's order as an index (storage/console.rs, QUEUE_ORDER): open requests first, then the
-- nearer deadline (the first response's while none was given), then priority. Each section's
-- part of a queue is then a walk along this index that stops after one page, instead of a sort
-- of every request of the section (measured: 118 ms → 0.1 ms for 50 000 requests). The
-- expressions must stay word for word those of QUEUE_ORDER for SQLite to use the index; a test
-- checks that it does.
CREATE INDEX requests_queue ON requests (
    section,
    (CASE WHEN status IN ('registered', 'in_progress', 'awaiting_documents') THEN 0 ELSE 1 END),
    (CASE WHEN first_response_at IS NULL THEN min(first_response_due, resolution_due)
          ELSE resolution_due END),
    (CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END),
    created_at,
    id
);
