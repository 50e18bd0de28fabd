UPDATE "people" SET "phone" = NULL WHERE btrim("phone") = '';
--> statement-breakpoint
UPDATE "people" SET "phone" = regexp_replace(regexp_replace(btrim("phone"), '[ ()./-]', '', 'g'), '^00', '+') WHERE "phone" IS NOT NULL AND "phone" !~ '^\+[1-9][0-9]{6,14}$';
--> statement-breakpoint
CREATE TABLE "phone_issues" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"phone" text NOT NULL,
	"reason" text NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "phone_issues" ADD CONSTRAINT "phone_issues_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
