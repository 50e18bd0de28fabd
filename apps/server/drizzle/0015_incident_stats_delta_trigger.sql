-- The trigger now appends each change to incident_stats_delta instead of updating a shared
-- aggregate row: reports submitted at the same time no longer queue on one row lock.
-- compactIncidentStats() folds the deltas into incident_stats.
CREATE OR REPLACE FUNCTION incident_stats_apply(r incidents, sign integer) RETURNS void AS $$
BEGIN
  IF r.status = 'draft' THEN
    RETURN;
  END IF;
  INSERT INTO incident_stats_delta (country_id, area_id, organization_id, classification, category, year, incidents, personnel)
  VALUES (r.country_id, r.area_id, r.organization_id, r.classification, r.category,
          extract(year from r.occurred_at at time zone 'UTC')::int, sign, sign * r.personnel_affected);
END;
$$ LANGUAGE plpgsql;
