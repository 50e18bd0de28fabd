-- Keeps incident_stats in step with incidents: every insert, update and delete moves the
-- incident's contribution (one incident, its personnel affected) between aggregate rows.
-- Drafts are not counted. Runs on PostgreSQL 15+ and PGlite.
CREATE OR REPLACE FUNCTION incident_stats_apply(r incidents, sign integer) RETURNS void AS $$
BEGIN
  IF r.status = 'draft' THEN
    RETURN;
  END IF;
  INSERT INTO incident_stats AS s (country_id, area_id, organization_id, classification, category, year, incidents, personnel)
  VALUES (r.country_id, r.area_id, r.organization_id, r.classification, r.category,
          extract(year from r.occurred_at at time zone 'UTC')::int, sign, sign * r.personnel_affected)
  ON CONFLICT (country_id, area_id, organization_id, classification, category, year)
  DO UPDATE SET incidents = s.incidents + EXCLUDED.incidents, personnel = s.personnel + EXCLUDED.personnel;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION incident_stats_trigger() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM incident_stats_apply(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM incident_stats_apply(NEW, 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER incidents_stats AFTER INSERT OR UPDATE OR DELETE ON incidents
  FOR EACH ROW EXECUTE FUNCTION incident_stats_trigger();
--> statement-breakpoint
INSERT INTO incident_stats (country_id, area_id, organization_id, classification, category, year, incidents, personnel)
SELECT country_id, area_id, organization_id, classification, category,
       extract(year from occurred_at at time zone 'UTC')::int, count(*)::int, sum(personnel_affected)::int
FROM incidents WHERE status <> 'draft'
GROUP BY 1, 2, 3, 4, 5, 6;
