CREATE TABLE "lexicon_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"concept_id" text NOT NULL,
	"text" text NOT NULL,
	"lang" text NOT NULL,
	"kind" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lexicon_entries" ADD CONSTRAINT "lexicon_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lexicon_entries_concept_text_idx" ON "lexicon_entries" USING btree ("concept_id","text");