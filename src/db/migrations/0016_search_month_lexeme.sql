-- The title vector now also holds the publication month ('§m202611', search-index.repository.ts),
-- and ANALYZE keeps the ~10k most common title lexemes with their frequencies (the months among
-- them): a common query's title slice looks at the last months the statistics say hold it
-- (postgres-search.provider.ts). Existing documents are queued: the search worker rewrites them
-- in the background (~2,000 a second). Until it has, a window's month lexemes miss the documents
-- not yet rewritten (its year lexemes do not), so a common query's slice may hold title matches
-- that are not the very newest ones.
ALTER TABLE "search_documents" ALTER COLUMN "title_tsv" SET STATISTICS 1000;
--> statement-breakpoint
INSERT INTO "search_index_queue" ("question_id") SELECT "question_id" FROM "search_documents" ON CONFLICT ("question_id") DO NOTHING;
