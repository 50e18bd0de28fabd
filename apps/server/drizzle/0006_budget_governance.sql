CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"organization_id" uuid NOT NULL,
	"headcount" integer NOT NULL,
	"share_percent" text NOT NULL,
	"minimum_applied" boolean NOT NULL,
	"amount_dollars" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"total_dollars" bigint NOT NULL,
	"minimum_dollars" bigint NOT NULL,
	"headcount_source" text NOT NULL,
	"reason" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"biennium" text NOT NULL,
	"title" text NOT NULL,
	"country_id" uuid,
	"duty_station_id" uuid,
	"total_dollars" bigint NOT NULL,
	"minimum_dollars" bigint NOT NULL,
	"headcount_source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_addressees" (
	"recommendation_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "recommendation_addressees_recommendation_id_organization_id_pk" PRIMARY KEY("recommendation_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"url" text,
	"document_id" uuid,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body" text NOT NULL,
	"reference" text NOT NULL,
	"issued_on" date NOT NULL,
	"text" text NOT NULL,
	"country_id" uuid,
	"owner" text NOT NULL,
	"deadline" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_plan_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"target" text NOT NULL,
	"result" text,
	"met" boolean
);
--> statement-breakpoint
CREATE TABLE "security_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "smt_meeting_attendees" (
	"meeting_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "smt_meeting_attendees_meeting_id_organization_id_pk" PRIMARY KEY("meeting_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "smt_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"agenda" text NOT NULL,
	"minutes" text,
	"sent_to_dss_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_version_id_budget_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."budget_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_versions" ADD CONSTRAINT "budget_versions_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_duty_station_id_duty_stations_id_fk" FOREIGN KEY ("duty_station_id") REFERENCES "public"."duty_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD CONSTRAINT "recommendation_addressees_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD CONSTRAINT "recommendation_addressees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_evidence" ADD CONSTRAINT "recommendation_evidence_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_evidence" ADD CONSTRAINT "recommendation_evidence_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_status_history" ADD CONSTRAINT "recommendation_status_history_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_plan_indicators" ADD CONSTRAINT "security_plan_indicators_plan_id_security_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."security_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_plans" ADD CONSTRAINT "security_plans_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "smt_meeting_attendees" ADD CONSTRAINT "smt_meeting_attendees_meeting_id_smt_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."smt_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "smt_meeting_attendees" ADD CONSTRAINT "smt_meeting_attendees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "smt_meetings" ADD CONSTRAINT "smt_meetings_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_lines_version_org" ON "budget_lines" USING btree ("version_id","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_versions_budget_version" ON "budget_versions" USING btree ("budget_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_system_biennium" ON "budgets" USING btree ("biennium") WHERE "budgets"."kind" = 'system';--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_local_station_biennium" ON "budgets" USING btree ("duty_station_id","biennium") WHERE "budgets"."kind" = 'local';--> statement-breakpoint
CREATE INDEX "budgets_country" ON "budgets" USING btree ("country_id");--> statement-breakpoint
CREATE INDEX "recommendation_addressees_org" ON "recommendation_addressees" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "recommendation_evidence_rec" ON "recommendation_evidence" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "recommendation_status_history_rec" ON "recommendation_status_history" USING btree ("recommendation_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_body_reference" ON "recommendations" USING btree ("body","reference");--> statement-breakpoint
CREATE INDEX "recommendations_status_deadline" ON "recommendations" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "security_plan_indicators_plan" ON "security_plan_indicators" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "security_plans_country_year" ON "security_plans" USING btree ("country_id","year");--> statement-breakpoint
CREATE INDEX "smt_meetings_country_held" ON "smt_meetings" USING btree ("country_id","held_on");