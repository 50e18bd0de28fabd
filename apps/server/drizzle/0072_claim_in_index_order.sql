-- The delivery worker's claim, as a function so that its plan can be fixed: due rows are read in
-- the order of the (status, next_attempt_at) index and the scan stops after the round's rows.
-- Right after a crisis fan-out the table's statistics still count a handful of queued rows, so
-- the planner chose a bitmap scan that fetched every queued row and sorted them all to keep the
-- first 100: each round cost time in proportion to the rows still queued, and a 60,000-message
-- crisis cost PostgreSQL 0.44 ms per message (0.25 ms at 18,000 messages).
CREATE OR REPLACE FUNCTION claim_outbound_messages(
  p_channels text[], p_limit integer, p_lock_seconds double precision
) RETURNS SETOF outbound_messages
LANGUAGE sql VOLATILE
SET enable_bitmapscan = off
SET enable_sort = off
AS $$
  WITH expired AS (
    SELECT id FROM outbound_messages
     WHERE status = 'sending' AND locked_until < now() AND channel = ANY (p_channels)
     LIMIT p_limit
       FOR UPDATE SKIP LOCKED
  ), due AS (
    SELECT id FROM outbound_messages
     WHERE status = 'queued' AND next_attempt_at <= now() AND channel = ANY (p_channels)
     ORDER BY next_attempt_at
     LIMIT p_limit
       FOR UPDATE SKIP LOCKED
  ), chosen AS (
    SELECT id FROM (SELECT id FROM expired UNION ALL SELECT id FROM due) c LIMIT p_limit
  )
  UPDATE outbound_messages
     SET status = 'sending',
         locked_until = now() + make_interval(secs => p_lock_seconds),
         updated_at = now()
   WHERE id IN (SELECT id FROM chosen)
  RETURNING *
$$;
