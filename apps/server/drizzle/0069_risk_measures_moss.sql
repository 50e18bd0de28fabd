-- Risk mitigation measures become structured: each is { text, mossCode } (mossCode null when the
-- measure is not a MOSS one). Existing free-text measures keep their text, in their order.
UPDATE "risks" SET "measures" = COALESCE((
  SELECT jsonb_agg(
    CASE WHEN jsonb_typeof(e.m) = 'string' THEN jsonb_build_object('text', e.m, 'mossCode', NULL) ELSE e.m END
    ORDER BY e.ord)
  FROM jsonb_array_elements("risks"."measures") WITH ORDINALITY AS e(m, ord)
), '[]'::jsonb);
--> statement-breakpoint
-- The programme goals a risk threatens (ids of the assessment's goals).
ALTER TABLE "risks" ADD COLUMN "goal_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
-- The acceptable residual level per programme goal (null: the assessment's acceptable level).
ALTER TABLE "risk_goals" ADD COLUMN "acceptable_level" text;
