CREATE TABLE "search_concepts" (
	"concept_id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"ready_at" timestamp with time zone DEFAULT now() NOT NULL
);
