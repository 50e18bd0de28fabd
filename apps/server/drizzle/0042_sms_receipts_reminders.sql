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
--> statement-breakpoint
CREATE TABLE "checkin_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"zone_id" uuid,
	"organization_id" uuid NOT NULL,
	"travel_request_id" uuid,
	"reason" text NOT NULL,
	"label" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"every_minutes" integer NOT NULL,
	"grace_minutes" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"last_checkin_at" timestamp with time zone,
	"alerted_due_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checkin_schedules" ADD CONSTRAINT "checkin_schedules_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "checkin_schedules" ADD CONSTRAINT "checkin_schedules_travel_request_id_travel_requests_id_fk" FOREIGN KEY ("travel_request_id") REFERENCES "public"."travel_requests"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "checkin_schedules_person" ON "checkin_schedules" USING btree ("person_id","status");
--> statement-breakpoint
CREATE INDEX "checkin_schedules_active" ON "checkin_schedules" USING btree ("status","ends_at");
--> statement-breakpoint
CREATE INDEX "crisis_people_person" ON "crisis_people" USING btree ("person_id");
