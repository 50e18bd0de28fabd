CREATE TABLE "risk_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"duty_station_id" uuid,
	"location_type" text NOT NULL,
	"location_key" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"acceptable_level" text NOT NULL,
	"assessed_on" date NOT NULL,
	"review_due" date NOT NULL,
	"staff_ceiling" integer,
	"summary" text,
	"flagged_for_review" boolean DEFAULT false NOT NULL,
	"flag_reason" text,
	"flagged_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"superseded_by_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"criticality" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_threats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"human" boolean DEFAULT true NOT NULL,
	"mind_set" text,
	"capability" text,
	"context" text
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"threat_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"exposed" text NOT NULL,
	"description" text NOT NULL,
	"inherent_likelihood" smallint NOT NULL,
	"inherent_impact" smallint NOT NULL,
	"strategies" jsonb NOT NULL,
	"measures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"residual_likelihood" smallint,
	"residual_impact" smallint,
	"accepted_by_person_id" uuid,
	"accepted_by_name" text,
	"accepted_role" text,
	"accepted_level" text,
	"accepted_at" timestamp with time zone,
	"acceptance_rationale" text
);
--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_duty_station_id_duty_stations_id_fk" FOREIGN KEY ("duty_station_id") REFERENCES "public"."duty_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_goals" ADD CONSTRAINT "risk_goals_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_threats" ADD CONSTRAINT "risk_threats_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_threat_id_risk_threats_id_fk" FOREIGN KEY ("threat_id") REFERENCES "public"."risk_threats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_accepted_by_person_id_people_id_fk" FOREIGN KEY ("accepted_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "risk_assessments_current_location" ON "risk_assessments" USING btree ("location_key") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "risk_assessments_country_current" ON "risk_assessments" USING btree ("country_id","area_id") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "risk_assessments_location_history" ON "risk_assessments" USING btree ("location_key","version");--> statement-breakpoint
CREATE INDEX "risk_goals_assessment" ON "risk_goals" USING btree ("assessment_id","position");--> statement-breakpoint
CREATE INDEX "risk_threats_assessment" ON "risk_threats" USING btree ("assessment_id","position");--> statement-breakpoint
CREATE INDEX "risks_assessment" ON "risks" USING btree ("assessment_id","position");