ALTER TABLE "travel_requests" ADD COLUMN "country_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD COLUMN "area_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD COLUMN "zone_id" uuid;--> statement-breakpoint
ALTER TABLE "travel_requests" ADD CONSTRAINT "travel_requests_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;