ALTER TABLE "crisis_people" ADD COLUMN "client_ref" text;
--> statement-breakpoint
ALTER TABLE "crisis_people" ADD COLUMN "call_outcome" text;
--> statement-breakpoint
ALTER TABLE "crisis_people" ADD COLUMN "called_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "crisis_people" ADD COLUMN "called_by" text;
--> statement-breakpoint
CREATE INDEX "notifications_person_unread" ON "notifications" USING btree ("person_id") WHERE "read_at" IS NULL;
