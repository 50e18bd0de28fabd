CREATE TABLE "stress_counsellors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL REFERENCES "people"("id"),
	"country_id" uuid NOT NULL REFERENCES "countries"("id"),
	"organization_id" uuid REFERENCES "organizations"("id"),
	"starts_on" date NOT NULL,
	"ends_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stress_counsellors_dates" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on")
);
--> statement-breakpoint
CREATE INDEX "stress_counsellors_person" ON "stress_counsellors" ("person_id");
--> statement-breakpoint
CREATE INDEX "stress_counsellors_country" ON "stress_counsellors" ("country_id");
--> statement-breakpoint
CREATE TABLE "support_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL REFERENCES "people"("id"),
	"country_id" uuid NOT NULL REFERENCES "countries"("id"),
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"crisis_id" uuid REFERENCES "crises"("id"),
	"incident_id" uuid REFERENCES "incidents"("id"),
	"counsellor_id" uuid REFERENCES "people"("id"),
	"opened_on" date NOT NULL,
	"next_follow_up_on" date,
	"closed_on" date,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_cases_event" CHECK ("crisis_id" IS NOT NULL OR "incident_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX "support_cases_country" ON "support_cases" ("country_id", "opened_on");
--> statement-breakpoint
CREATE INDEX "support_cases_person" ON "support_cases" ("person_id");
--> statement-breakpoint
CREATE TABLE "support_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL REFERENCES "countries"("id"),
	"organization_id" uuid REFERENCES "organizations"("id"),
	"case_id" uuid REFERENCES "support_cases"("id"),
	"crisis_id" uuid REFERENCES "crises"("id"),
	"incident_id" uuid REFERENCES "incidents"("id"),
	"counsellor_id" uuid REFERENCES "people"("id"),
	"held_on" date NOT NULL,
	"kind" text NOT NULL,
	"participants" integer NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_sessions_participants" CHECK ("participants" >= 1)
);
--> statement-breakpoint
CREATE INDEX "support_sessions_country" ON "support_sessions" ("country_id", "held_on");
--> statement-breakpoint
CREATE INDEX "support_sessions_case" ON "support_sessions" ("case_id");
