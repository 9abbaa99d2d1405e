-- Both vectors of a document now also hold its publication month ('§m202611'), and the full
-- vector its publication year and month as the title vector does (search-index.repository.ts).
-- ANALYZE keeps the ~10k most common title lexemes with their frequencies (months among them):
-- a common query's title slice, and its sample of other matches, look at the last months the
-- statistics say hold them (postgres-search.provider.ts). Existing documents are queued: the
-- search worker rewrites them in the background (~2,000 a second). Until it has, a month window
-- sees only the documents already rewritten, so a common query's slice may hold title matches
-- that are not the very newest ones; with none rewritten, the slice falls back to the year
-- windows, and the sample to every month, as before.
ALTER TABLE "search_documents" ALTER COLUMN "title_tsv" SET STATISTICS 1000;
--> statement-breakpoint
INSERT INTO "search_index_queue" ("question_id") SELECT "question_id" FROM "search_documents" ON CONFLICT ("question_id") DO NOTHING;
