-- The crisis board's counts, maintained with each answer instead of counted over the crisis's
-- rows on every poll. One row per crisis, place and organization (the keys the board's scope
-- filters on) and slot: a statement adds its changes to the slot of its connection
-- (pg_backend_pid() % 8), so concurrent check-in batches do not all wait on one row; a read
-- sums the slots. A statement-level trigger on crisis_people covers every path that enrols a
-- person or changes an answer (check-in batches, SMS replies, wardens' marks, reminders),
-- once per statement with its rows grouped. Runs on PostgreSQL 15+ and PGlite.
CREATE TABLE "crisis_counts" (
	"crisis_id" uuid NOT NULL,
	"country_id" uuid NOT NULL,
	"area_id" uuid,
	"zone_id" uuid,
	"organization_id" uuid NOT NULL,
	"slot" smallint NOT NULL,
	"safe" integer DEFAULT 0 NOT NULL,
	"need_help" integer DEFAULT 0 NOT NULL,
	"no_answer" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "crisis_counts_key" UNIQUE NULLS NOT DISTINCT("crisis_id","country_id","area_id","zone_id","organization_id","slot")
);
--> statement-breakpoint
ALTER TABLE "crisis_counts" ADD CONSTRAINT "crisis_counts_crisis_id_crises_id_fk" FOREIGN KEY ("crisis_id") REFERENCES "public"."crises"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Enrolments: each adds one to its group (no answer, usually).
CREATE OR REPLACE FUNCTION crisis_counts_insert() RETURNS trigger AS $$
BEGIN
  INSERT INTO crisis_counts AS c (crisis_id, country_id, area_id, zone_id, organization_id, slot, safe, need_help, no_answer)
  SELECT crisis_id, country_id, area_id, zone_id, organization_id, pg_backend_pid() % 8,
         coalesce(sum(d) FILTER (WHERE status = 'safe'), 0),
         coalesce(sum(d) FILTER (WHERE status = 'need_help'), 0),
         coalesce(sum(d) FILTER (WHERE status NOT IN ('safe', 'need_help')), 0)
    FROM (SELECT crisis_id, country_id, area_id, zone_id, organization_id, status, 1 AS d FROM new_rows) changes
   GROUP BY crisis_id, country_id, area_id, zone_id, organization_id
  HAVING coalesce(sum(d) FILTER (WHERE status = 'safe'), 0) <> 0
      OR coalesce(sum(d) FILTER (WHERE status = 'need_help'), 0) <> 0
      OR coalesce(sum(d) FILTER (WHERE status NOT IN ('safe', 'need_help')), 0) <> 0
   -- In key order: two statements sharing a slot take its rows in the same order.
   ORDER BY crisis_id, country_id, area_id, zone_id, organization_id
  ON CONFLICT ON CONSTRAINT crisis_counts_key DO UPDATE
    SET safe = c.safe + EXCLUDED.safe,
        need_help = c.need_help + EXCLUDED.need_help,
        no_answer = c.no_answer + EXCLUDED.no_answer;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Answers (and any change of place): the old row leaves its group and status, the new one enters.
-- An answer repeated with the same status nets to zero and touches no counter.
CREATE OR REPLACE FUNCTION crisis_counts_update() RETURNS trigger AS $$
BEGIN
  INSERT INTO crisis_counts AS c (crisis_id, country_id, area_id, zone_id, organization_id, slot, safe, need_help, no_answer)
  SELECT crisis_id, country_id, area_id, zone_id, organization_id, pg_backend_pid() % 8,
         coalesce(sum(d) FILTER (WHERE status = 'safe'), 0),
         coalesce(sum(d) FILTER (WHERE status = 'need_help'), 0),
         coalesce(sum(d) FILTER (WHERE status NOT IN ('safe', 'need_help')), 0)
    FROM (SELECT crisis_id, country_id, area_id, zone_id, organization_id, status, 1 AS d FROM new_rows UNION ALL SELECT crisis_id, country_id, area_id, zone_id, organization_id, status, -1 FROM old_rows) changes
   GROUP BY crisis_id, country_id, area_id, zone_id, organization_id
  HAVING coalesce(sum(d) FILTER (WHERE status = 'safe'), 0) <> 0
      OR coalesce(sum(d) FILTER (WHERE status = 'need_help'), 0) <> 0
      OR coalesce(sum(d) FILTER (WHERE status NOT IN ('safe', 'need_help')), 0) <> 0
   -- In key order: two statements sharing a slot take its rows in the same order.
   ORDER BY crisis_id, country_id, area_id, zone_id, organization_id
  ON CONFLICT ON CONSTRAINT crisis_counts_key DO UPDATE
    SET safe = c.safe + EXCLUDED.safe,
        need_help = c.need_help + EXCLUDED.need_help,
        no_answer = c.no_answer + EXCLUDED.no_answer;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Enrolments removed.
CREATE OR REPLACE FUNCTION crisis_counts_delete() RETURNS trigger AS $$
BEGIN
  INSERT INTO crisis_counts AS c (crisis_id, country_id, area_id, zone_id, organization_id, slot, safe, need_help, no_answer)
  SELECT crisis_id, country_id, area_id, zone_id, organization_id, pg_backend_pid() % 8,
         coalesce(sum(d) FILTER (WHERE status = 'safe'), 0),
         coalesce(sum(d) FILTER (WHERE status = 'need_help'), 0),
         coalesce(sum(d) FILTER (WHERE status NOT IN ('safe', 'need_help')), 0)
    FROM (SELECT crisis_id, country_id, area_id, zone_id, organization_id, status, -1 AS d FROM old_rows) changes
   GROUP BY crisis_id, country_id, area_id, zone_id, organization_id
  HAVING coalesce(sum(d) FILTER (WHERE status = 'safe'), 0) <> 0
      OR coalesce(sum(d) FILTER (WHERE status = 'need_help'), 0) <> 0
      OR coalesce(sum(d) FILTER (WHERE status NOT IN ('safe', 'need_help')), 0) <> 0
   -- In key order: two statements sharing a slot take its rows in the same order.
   ORDER BY crisis_id, country_id, area_id, zone_id, organization_id
  ON CONFLICT ON CONSTRAINT crisis_counts_key DO UPDATE
    SET safe = c.safe + EXCLUDED.safe,
        need_help = c.need_help + EXCLUDED.need_help,
        no_answer = c.no_answer + EXCLUDED.no_answer;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER crisis_people_counts_insert AFTER INSERT ON crisis_people
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crisis_counts_insert();
--> statement-breakpoint
CREATE TRIGGER crisis_people_counts_update AFTER UPDATE ON crisis_people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crisis_counts_update();
--> statement-breakpoint
CREATE TRIGGER crisis_people_counts_delete AFTER DELETE ON crisis_people
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crisis_counts_delete();
--> statement-breakpoint
-- The crises already declared.
INSERT INTO crisis_counts (crisis_id, country_id, area_id, zone_id, organization_id, slot, safe, need_help, no_answer)
SELECT crisis_id, country_id, area_id, zone_id, organization_id, 0,
       count(*) FILTER (WHERE status = 'safe'), count(*) FILTER (WHERE status = 'need_help'),
       count(*) FILTER (WHERE status NOT IN ('safe', 'need_help'))
FROM crisis_people
GROUP BY crisis_id, country_id, area_id, zone_id, organization_id;
