-- Compliance missions [001 §35–36, 000 §30]: one checklist per actor met (answers per item of the
-- actor category's default checklist), and unannounced spot checks of a few items by the CSA or
-- headquarters compliance.
CREATE TABLE "compliance_checklists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mission_id" uuid NOT NULL REFERENCES "compliance_missions"("id"),
	"country_id" uuid NOT NULL REFERENCES "countries"("id"),
	"actor_category" text NOT NULL,
	"organization_id" uuid REFERENCES "organizations"("id"),
	"actor_name" text NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "compliance_checklists_mission" ON "compliance_checklists" ("mission_id");--> statement-breakpoint
CREATE TABLE "compliance_spot_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL REFERENCES "countries"("id"),
	"mission_id" uuid REFERENCES "compliance_missions"("id"),
	"checked_on" date NOT NULL,
	"checked_by" text NOT NULL,
	"items" jsonb NOT NULL,
	"result" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "compliance_spot_checks_country" ON "compliance_spot_checks" ("country_id","checked_on");
