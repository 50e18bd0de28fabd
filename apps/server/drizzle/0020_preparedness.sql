CREATE TABLE "drill_participants" (
	"drill_id" uuid NOT NULL,
	"person_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"duty_station_id" uuid,
	"kind" text NOT NULL,
	"scenario" text,
	"scheduled_on" date NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"held_on" date,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"participant_count" integer DEFAULT 0 NOT NULL,
	"findings" text,
	"follow_up_actions" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preparedness_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"zone_id" uuid,
	"organization_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "preparedness_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"number" integer NOT NULL,
	"summary" text NOT NULL,
	"body" text,
	"document_id" uuid,
	"approved_by" text NOT NULL,
	"approved_on" date NOT NULL,
	"next_review_on" date NOT NULL,
	"published_by" uuid,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preparedness_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "radio_check_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"zone_id" uuid,
	"person_id" uuid,
	"call_sign" text NOT NULL,
	"answered" boolean NOT NULL,
	"answered_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "radio_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"zone_id" uuid,
	"net" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"notes" text,
	"conducted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "drill_participants" ADD CONSTRAINT "drill_participants_drill_id_drills_id_fk" FOREIGN KEY ("drill_id") REFERENCES "public"."drills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_participants" ADD CONSTRAINT "drill_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drills" ADD CONSTRAINT "drills_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drills" ADD CONSTRAINT "drills_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drills" ADD CONSTRAINT "drills_duty_station_id_duty_stations_id_fk" FOREIGN KEY ("duty_station_id") REFERENCES "public"."duty_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_acknowledgements" ADD CONSTRAINT "preparedness_acknowledgements_version_id_preparedness_plan_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."preparedness_plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_acknowledgements" ADD CONSTRAINT "preparedness_acknowledgements_plan_id_preparedness_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."preparedness_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_acknowledgements" ADD CONSTRAINT "preparedness_acknowledgements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_acknowledgements" ADD CONSTRAINT "preparedness_acknowledgements_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_acknowledgements" ADD CONSTRAINT "preparedness_acknowledgements_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_acknowledgements" ADD CONSTRAINT "preparedness_acknowledgements_zone_id_warden_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."warden_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_acknowledgements" ADD CONSTRAINT "preparedness_acknowledgements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_plan_versions" ADD CONSTRAINT "preparedness_plan_versions_plan_id_preparedness_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."preparedness_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_plan_versions" ADD CONSTRAINT "preparedness_plan_versions_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_plan_versions" ADD CONSTRAINT "preparedness_plan_versions_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_plan_versions" ADD CONSTRAINT "preparedness_plan_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_plans" ADD CONSTRAINT "preparedness_plans_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparedness_plans" ADD CONSTRAINT "preparedness_plans_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radio_check_entries" ADD CONSTRAINT "radio_check_entries_check_id_radio_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."radio_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radio_check_entries" ADD CONSTRAINT "radio_check_entries_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radio_check_entries" ADD CONSTRAINT "radio_check_entries_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radio_check_entries" ADD CONSTRAINT "radio_check_entries_zone_id_warden_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."warden_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radio_check_entries" ADD CONSTRAINT "radio_check_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radio_checks" ADD CONSTRAINT "radio_checks_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radio_checks" ADD CONSTRAINT "radio_checks_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "radio_checks" ADD CONSTRAINT "radio_checks_zone_id_warden_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."warden_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "drill_participants_key" ON "drill_participants" USING btree ("drill_id","person_id");--> statement-breakpoint
CREATE INDEX "drills_place" ON "drills" USING btree ("country_id","kind","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "preparedness_acknowledgements_key" ON "preparedness_acknowledgements" USING btree ("version_id","person_id");--> statement-breakpoint
CREATE INDEX "preparedness_acknowledgements_person" ON "preparedness_acknowledgements" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "preparedness_plan_versions_number" ON "preparedness_plan_versions" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "preparedness_plans_place" ON "preparedness_plans" USING btree ("country_id","area_id");--> statement-breakpoint
CREATE UNIQUE INDEX "radio_check_entries_key" ON "radio_check_entries" USING btree ("check_id","call_sign");--> statement-breakpoint
CREATE INDEX "radio_check_entries_person" ON "radio_check_entries" USING btree ("country_id","person_id");--> statement-breakpoint
CREATE INDEX "radio_checks_place" ON "radio_checks" USING btree ("country_id","held_at");