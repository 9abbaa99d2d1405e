-- Documents published in the last 12 months are flagged `recent` (RECENT_MONTHS in
-- search-index.repository.ts) and their full vectors get a GIN index of their own: a common
-- query whose titles match too rarely draws its sample of other matches from them first, a
-- bitmap of a tenth of the matches (search-slice.repository.ts). The btree finds the flags the
-- search worker clears as documents age. The documents of the last 12 months are queued: the
-- search worker rewrites them with the flag in the background; until then their queries sample
-- from every year, as before.
ALTER TABLE "search_documents" ADD COLUMN "recent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "search_documents_recent_tsv_idx" ON "search_documents" USING gin ("tsv") WHERE "search_documents"."recent";--> statement-breakpoint
CREATE INDEX "search_documents_recent_published_idx" ON "search_documents" USING btree ("published_at") WHERE "search_documents"."recent";--> statement-breakpoint
INSERT INTO "search_index_queue" ("question_id") SELECT "question_id" FROM "search_documents" WHERE "published_at" >= now() - interval '12 months' ON CONFLICT ("question_id") DO NOTHING;
