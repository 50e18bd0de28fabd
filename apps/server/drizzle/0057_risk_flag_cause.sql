-- Why an assessment awaits review, as a code and its parts, so each reader sees it in their own
-- language (the English `flag_reason` stays for a flag a person typed and for older readers).
ALTER TABLE "risk_assessments" ADD COLUMN "flag_cause" jsonb;
--> statement-breakpoint
UPDATE "risk_assessments" SET "flag_cause" = jsonb_build_object(
  'code', 'securityLevel',
  'params', jsonb_build_object('level', (m)[1], 'place', CASE WHEN (m)[2] = 'the country' THEN NULL ELSE (m)[2] END, 'from', (m)[3])
)
FROM (SELECT id AS mid, regexp_match(flag_reason, '^Security level changed to (.+?) in (.+) from (\d{4}-\d{2}-\d{2})$') AS m FROM "risk_assessments") AS s
WHERE s.mid = "risk_assessments"."id" AND s.m IS NOT NULL;
--> statement-breakpoint
UPDATE "risk_assessments" SET "flag_cause" = jsonb_build_object(
  'code', 'incident',
  'params', jsonb_build_object('date', (m)[1], 'title', (m)[2])
)
FROM (SELECT id AS mid, regexp_match(flag_reason, '^Incident recorded on (\d{4}-\d{2}-\d{2}): (.*)$') AS m FROM "risk_assessments") AS s
WHERE s.mid = "risk_assessments"."id" AND s.m IS NOT NULL;
