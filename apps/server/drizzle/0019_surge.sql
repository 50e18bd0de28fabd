CREATE TABLE "surge_deployments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"roster_id" uuid NOT NULL,
	"country_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"start_date" date NOT NULL,
	"end_on" date,
	"cost_usd" bigint DEFAULT 0 NOT NULL,
	"visa_needed" boolean DEFAULT false NOT NULL,
	"visa_requested_on" date,
	"visa_obtained_on" date,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surge_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"reason" text NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"officers_needed" integer NOT NULL,
	"needed_from" date NOT NULL,
	"expected_days" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surge_roster" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"country_id" uuid NOT NULL,
	"grade_role" text NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"available_from" date NOT NULL,
	"available_until" date,
	"availability" text DEFAULT 'available' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "surge_deployments" ADD CONSTRAINT "surge_deployments_request_id_surge_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."surge_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surge_deployments" ADD CONSTRAINT "surge_deployments_roster_id_surge_roster_id_fk" FOREIGN KEY ("roster_id") REFERENCES "public"."surge_roster"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surge_deployments" ADD CONSTRAINT "surge_deployments_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surge_deployments" ADD CONSTRAINT "surge_deployments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surge_requests" ADD CONSTRAINT "surge_requests_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surge_requests" ADD CONSTRAINT "surge_requests_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surge_roster" ADD CONSTRAINT "surge_roster_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surge_roster" ADD CONSTRAINT "surge_roster_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surge_roster" ADD CONSTRAINT "surge_roster_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "surge_deployments_request" ON "surge_deployments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "surge_deployments_roster" ON "surge_deployments" USING btree ("roster_id","start_date");--> statement-breakpoint
CREATE INDEX "surge_deployments_country" ON "surge_deployments" USING btree ("country_id","start_date");--> statement-breakpoint
CREATE INDEX "surge_requests_country" ON "surge_requests" USING btree ("country_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "surge_roster_person" ON "surge_roster" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "surge_roster_org" ON "surge_roster" USING btree ("organization_id");