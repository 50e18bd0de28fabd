-- Staff ceilings are stored once, in staff_ceilings (issue 4). The ceiling of each current
-- security risk assessment moves there, keyed by its location (duty station, area, or the country
-- for a country-level assessment); where both held a ceiling, the more recently changed one wins.
INSERT INTO "staff_ceilings" ("location_id", "country_id", "ceiling", "applies_to", "created_at", "updated_at")
SELECT coalesce("duty_station_id", "area_id", "country_id"), "country_id", "staff_ceiling", 'all', "created_at", "updated_at"
FROM "risk_assessments"
WHERE "superseded_at" IS NULL AND "staff_ceiling" IS NOT NULL
ON CONFLICT ("location_id") DO UPDATE
SET "ceiling" = excluded."ceiling", "updated_at" = excluded."updated_at"
WHERE "staff_ceilings"."updated_at" < excluded."updated_at";
--> statement-breakpoint
ALTER TABLE "risk_assessments" DROP COLUMN "staff_ceiling";
