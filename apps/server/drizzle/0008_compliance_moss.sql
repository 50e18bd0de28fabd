CREATE TABLE "moss_adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"measure_code" text NOT NULL,
	"applies" boolean NOT NULL,
	"justification" text,
	"decided_on" date NOT NULL,
	"decided_by" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moss_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"duty_station_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"measure_code" text NOT NULL,
	"status" text NOT NULL,
	"evidence" text,
	"due_date" date,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "moss_adoptions" ADD CONSTRAINT "moss_adoptions_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moss_statuses" ADD CONSTRAINT "moss_statuses_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moss_statuses" ADD CONSTRAINT "moss_statuses_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moss_statuses" ADD CONSTRAINT "moss_statuses_duty_station_id_duty_stations_id_fk" FOREIGN KEY ("duty_station_id") REFERENCES "public"."duty_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moss_statuses" ADD CONSTRAINT "moss_statuses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "moss_adoptions_country_measure" ON "moss_adoptions" USING btree ("country_id","measure_code");--> statement-breakpoint
CREATE UNIQUE INDEX "moss_statuses_key" ON "moss_statuses" USING btree ("duty_station_id","organization_id","measure_code");--> statement-breakpoint
CREATE INDEX "moss_statuses_country" ON "moss_statuses" USING btree ("country_id");