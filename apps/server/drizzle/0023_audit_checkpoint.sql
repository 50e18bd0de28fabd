-- The signed head of the audit hash chain, kept apart from the log: the chainer moves it forward
-- in the same transaction as it links rows, so rows removed from the end of the chain (or the
-- whole tail) no longer match it and `fieldsafe audit verify` says so.
CREATE TABLE "audit_checkpoint" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"head_pos" bigint NOT NULL,
	"head_hash" text NOT NULL,
	"signature" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_checkpoint_single_row" CHECK ("id" = 1)
);
--> statement-breakpoint
-- The head as it stands now; the chainer signs it on its first run (signature '' until then).
INSERT INTO "audit_checkpoint" ("id", "head_pos", "head_hash", "signature")
SELECT 1, coalesce(max("chain_pos"), 0),
       coalesce((SELECT "hash" FROM "audit_log" WHERE "chain_pos" IS NOT NULL ORDER BY "chain_pos" DESC LIMIT 1), ''),
       ''
  FROM "audit_log";
