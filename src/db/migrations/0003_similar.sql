CREATE TABLE "similar_computed" (
	"question_id" integer PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "similar_questions" (
	"question_id" integer NOT NULL,
	"similar_id" integer NOT NULL,
	"rank" integer NOT NULL,
	"score" real NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "similar_questions_question_id_similar_id_pk" PRIMARY KEY("question_id","similar_id")
);
--> statement-breakpoint
CREATE TABLE "suggestion_opens" (
	"id" serial PRIMARY KEY NOT NULL,
	"question_id" integer NOT NULL,
	"lang" text NOT NULL,
	"rank" integer NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "similar_computed" ADD CONSTRAINT "similar_computed_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "similar_questions" ADD CONSTRAINT "similar_questions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "similar_questions" ADD CONSTRAINT "similar_questions_similar_id_questions_id_fk" FOREIGN KEY ("similar_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_opens" ADD CONSTRAINT "suggestion_opens_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "similar_questions_similar_idx" ON "similar_questions" USING btree ("similar_id");--> statement-breakpoint
CREATE INDEX "suggestion_opens_question_idx" ON "suggestion_opens" USING btree ("question_id");