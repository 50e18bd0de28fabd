-- Information-sharing classification on the sensitive record kinds besides incidents [000 §16,
-- 001 §32–33], with the default per kind (packages/core CLASSIFIED_KIND_RULES), and the mark that
-- lets the author share a non-public record with "Saving Lives Together" partners.
ALTER TABLE "risk_assessments" ADD COLUMN "classification" text DEFAULT 'restricted' NOT NULL;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD COLUMN "slt_shareable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "preparedness_plans" ADD COLUMN "classification" text DEFAULT 'restricted' NOT NULL;--> statement-breakpoint
ALTER TABLE "preparedness_plans" ADD COLUMN "slt_shareable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "compliance_findings" ADD COLUMN "classification" text DEFAULT 'restricted' NOT NULL;--> statement-breakpoint
ALTER TABLE "crisis_log" ADD COLUMN "classification" text DEFAULT 'restricted' NOT NULL;--> statement-breakpoint
ALTER TABLE "crisis_log" ADD COLUMN "slt_shareable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- "Saving Lives Together" partners of a country [002 ¶4, 002 Annex C §3(b), 003 ¶140]: the
-- MoU, the contact, and the kinds of information shared with each.
CREATE TABLE "slt_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL REFERENCES "countries"("id"),
	"name" text NOT NULL,
	"partner_type" text NOT NULL,
	"home_country" text,
	"mou_reference" text,
	"mou_signed_on" date,
	"mou_expires_on" date,
	"contact_name" text,
	"contact_email" text,
	"shared_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "slt_partners_country" ON "slt_partners" ("country_id", "name");
