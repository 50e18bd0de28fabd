-- Precise location under the DO's control [SPEC "Across everything"]: activations for an area (or
-- the whole country) and a period; positions are collected only while one is in force, and erased
-- once none is. The DO may delegate activating it to the country's CSA.
CREATE TABLE "location_activations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL REFERENCES "countries"("id"),
	"area_id" uuid REFERENCES "areas"("id"),
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"activated_by" text NOT NULL,
	"activated_by_user_id" uuid REFERENCES "users"("id"),
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "location_activations_period" CHECK ("ends_at" > "starts_at")
);--> statement-breakpoint
CREATE INDEX "location_activations_country" ON "location_activations" ("country_id","ends_at");--> statement-breakpoint
CREATE TABLE "location_delegations" (
	"country_id" uuid PRIMARY KEY NOT NULL REFERENCES "countries"("id"),
	"delegated_by" text NOT NULL,
	"delegated_at" timestamp with time zone DEFAULT now() NOT NULL
);
