-- The full vector now also holds the publication year ('§y2026', search-index.repository.ts):
-- a common query whose titles match too rarely draws its sample of other matches from the last
-- years the statistics expect to hold it, not from the first matches in table order (the oldest
-- ones on a site numbered as its questions came). Existing documents are queued: the search
-- worker rewrites them in the background (~2,000 a second). Until it has, a search samples the
-- recent documents or every document, as before.
INSERT INTO "search_index_queue" ("question_id") SELECT "question_id" FROM "search_documents" ON CONFLICT ("question_id") DO NOTHING;
