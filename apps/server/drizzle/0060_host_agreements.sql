CREATE TABLE "host_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL REFERENCES "countries"("id"),
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"title" text NOT NULL,
	"parties" text NOT NULL,
	"signed_on" date,
	"security_annex" boolean DEFAULT false NOT NULL,
	"annex_summary" text,
	"document_reference" text,
	"review_due_on" date,
	"last_reviewed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "host_agreements_country" ON "host_agreements" ("country_id", "organization_id");
--> statement-breakpoint
CREATE INDEX "host_agreements_org" ON "host_agreements" ("organization_id");
