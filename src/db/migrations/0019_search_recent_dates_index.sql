-- The btree of the recent documents' dates (for the sweep that clears their flag) now also says
-- `published_at is not null`, which is always true. A search's `recent and tsv @@ …` does not
-- imply it, so the planner can no longer walk this index, checking every recent document's
-- vector, instead of reading the recent documents' GIN index: with a department filter it did
-- (at 1M Q&As, `headache` in family medicine: 357 ms, 106,514 rows; now 5.6 ms). IF EXISTS: an
-- interrupted bulk load leaves the index missing, and the worker creates it again.
DROP INDEX IF EXISTS "search_documents_recent_published_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_documents_recent_published_idx" ON "search_documents" USING btree ("published_at") WHERE "search_documents"."recent" and "search_documents"."published_at" is not null;
