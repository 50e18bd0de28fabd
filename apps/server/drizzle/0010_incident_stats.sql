CREATE TABLE "incident_stats" (
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"organization_id" uuid,
	"classification" text NOT NULL,
	"category" text NOT NULL,
	"year" integer NOT NULL,
	"incidents" integer DEFAULT 0 NOT NULL,
	"personnel" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "incident_stats_key" UNIQUE NULLS NOT DISTINCT("country_id","area_id","organization_id","classification","category","year")
);
