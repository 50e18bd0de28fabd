-- Active international personnel per country: a country needs a Country Security Focal Point
-- only where there are some [002 Annex B ¶21], and the headquarters overview checks this for
-- every country at once. Counted from this small partial index (36,000 of 480,000 people in the
-- world benchmark) instead of a scan of everyone: 40 ms -> 2 ms.
CREATE INDEX IF NOT EXISTS "people_international_active" ON "people" USING btree ("country_id") WHERE "people"."kind" = 'personnel' and "people"."category" = 'international' and "people"."status" = 'active';
