CREATE TABLE "similar_features" (
	"question_id" integer PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"text_md5" text NOT NULL,
	"features" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "similar_features" ADD CONSTRAINT "similar_features_question_id_search_documents_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."search_documents"("question_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "similar_features_key_idx" ON "similar_features" USING btree ("key","question_id");--> statement-breakpoint
-- Q&As indexed before this version get a placeholder bag (no key): lookups compute theirs from
-- the text as before, and the similar worker replaces the placeholders in the background.
INSERT INTO "similar_features" ("question_id", "key", "text_md5", "features")
SELECT "question_id", '', '', '' FROM "search_documents";
