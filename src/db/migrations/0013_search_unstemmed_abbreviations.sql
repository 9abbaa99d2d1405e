-- Abbreviations such as ALS, PMS and IBS are now indexed as written instead of stemmed (al, pm,
-- ib: features/search/unstemmed-words.ts). Documents holding one of the old stems are queued, and
-- the search worker rewrites them in the background; until it has, those words find them less.
INSERT INTO "search_index_queue" ("question_id")
SELECT "question_id" FROM "search_documents"
WHERE "tsv" @@ 'ac | a | al | dci | ib | iqo | pco | pfp | pm | rl | sar'::tsquery
ON CONFLICT ("question_id") DO NOTHING;
