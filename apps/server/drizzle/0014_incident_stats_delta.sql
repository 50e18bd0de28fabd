CREATE TABLE "incident_stats_delta" (
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"organization_id" uuid,
	"classification" text NOT NULL,
	"category" text NOT NULL,
	"year" integer NOT NULL,
	"incidents" integer NOT NULL,
	"personnel" integer NOT NULL
);
