ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain_pos" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_chain_pos_unique" UNIQUE("chain_pos");--> statement-breakpoint
-- Rows chained before this migration keep their chain, in the order they were written.
UPDATE "audit_log" SET "chain_pos" = "seq" WHERE "hash" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_unchained" ON "audit_log" ("seq") WHERE "chain_pos" IS NULL;
