CREATE TABLE "search_documents" (
	"question_id" integer PRIMARY KEY NOT NULL,
	"lang" text NOT NULL,
	"department_id" integer NOT NULL,
	"doctor_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"hospital_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"view_count" integer DEFAULT 0 NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_published_idx" ON "search_documents" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "search_documents_doctors_idx" ON "search_documents" USING gin ("doctor_ids");--> statement-breakpoint
CREATE INDEX "search_documents_hospitals_idx" ON "search_documents" USING gin ("hospital_ids");