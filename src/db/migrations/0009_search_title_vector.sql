ALTER TABLE "search_documents" ADD COLUMN "title_tsv" "tsvector";--> statement-breakpoint
CREATE INDEX "search_documents_title_tsv_idx" ON "search_documents" USING gin ("title_tsv");--> statement-breakpoint
-- Existing documents have no title vector yet: queue them, the search worker re-indexes them.
INSERT INTO "search_index_queue" ("question_id") SELECT "question_id" FROM "search_documents" ON CONFLICT ("question_id") DO NOTHING;
--> statement-breakpoint
-- ANALYZE keeps the ~10k most common lexemes (not 1k) with their frequencies: similar lookups pick their rarest terms from them (features/search/term-frequency.ts).
ALTER TABLE "search_documents" ALTER COLUMN "tsv" SET STATISTICS 1000;
