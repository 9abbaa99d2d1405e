-- The title vector now also holds the publication year ('§y2026', search-index.repository.ts).
-- Existing documents are queued: the search worker rewrites them in the background. Until it has,
-- the year windows of the title slice miss them and the slice falls back to the whole index.
INSERT INTO "search_index_queue" ("question_id") SELECT "question_id" FROM "search_documents" ON CONFLICT ("question_id") DO NOTHING;
