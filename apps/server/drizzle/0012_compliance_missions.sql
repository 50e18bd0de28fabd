CREATE TABLE "compliance_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mission_id" uuid NOT NULL,
	"country_id" uuid NOT NULL,
	"organization_id" uuid,
	"actor_category" text NOT NULL,
	"text" text NOT NULL,
	"severity" text NOT NULL,
	"owner" text NOT NULL,
	"deadline" date NOT NULL,
	"closed_on" date,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verified_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_missions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"team" text NOT NULL,
	"summary" text,
	"briefed_do_smt_on" date,
	"return_visit_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "non_compliance_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"organization_id" uuid,
	"who" text NOT NULL,
	"policy" text NOT NULL,
	"stage" text NOT NULL,
	"occurred_on" date NOT NULL,
	"action_taken" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "compliance_findings" ADD CONSTRAINT "compliance_findings_mission_id_compliance_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."compliance_missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_findings" ADD CONSTRAINT "compliance_findings_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_findings" ADD CONSTRAINT "compliance_findings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_missions" ADD CONSTRAINT "compliance_missions_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "non_compliance_cases" ADD CONSTRAINT "non_compliance_cases_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "non_compliance_cases" ADD CONSTRAINT "non_compliance_cases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compliance_findings_country" ON "compliance_findings" USING btree ("country_id","deadline");--> statement-breakpoint
CREATE INDEX "compliance_missions_country" ON "compliance_missions" USING btree ("country_id","visited_on");--> statement-breakpoint
CREATE INDEX "non_compliance_cases_country" ON "non_compliance_cases" USING btree ("country_id","occurred_on");