ALTER TABLE "outbound_messages" ADD COLUMN "receipt_status" text;
--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD COLUMN "receipt_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD COLUMN "receipt_error" text;
--> statement-breakpoint
ALTER TABLE "crises" ADD COLUMN "reminder_schedule" jsonb;
--> statement-breakpoint
ALTER TABLE "crises" ADD COLUMN "reminders_done" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "crises" ADD COLUMN "escalated_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "crisis_people" ADD COLUMN "call_list_at" timestamp with time zone;
--> statement-breakpoint
CREATE INDEX "crises_active_reminders" ON "crises" USING btree ("status","declared_at");
