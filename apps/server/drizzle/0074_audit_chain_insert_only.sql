-- The audit log becomes insert-only. Linking a row into the hash chain used to rewrite it (an
-- UPDATE of `chain_pos`, `prev_hash` and `hash`: a second copy of every row, with its four index
-- entries, and a dead row to vacuum, about a tenth of a crisis check-in's CPU). The links now
-- live in `audit_chain`, one block per chainer round; the rows still to link are noted per
-- statement in `audit_pending` by a trigger. Existing links and pending rows are carried over.
CREATE TABLE "audit_chain" (
	"first_pos" bigint PRIMARY KEY NOT NULL,
	"prev_hash" text NOT NULL,
	"seqs" bigint[] NOT NULL,
	"hashes" text[] NOT NULL
);
--> statement-breakpoint
-- Blocks of at most 1,000 rows at consecutive positions (a gap in the positions, left by rows
-- removed from the end of the chain, stays a gap between blocks).
INSERT INTO "audit_chain" ("first_pos", "prev_hash", "seqs", "hashes")
SELECT min("chain_pos"),
       (array_agg("prev_hash" ORDER BY "chain_pos"))[1],
       array_agg("seq" ORDER BY "chain_pos"),
       array_agg("hash" ORDER BY "chain_pos")
  FROM (SELECT "seq", "chain_pos", "prev_hash", "hash",
               "chain_pos" - row_number() OVER (ORDER BY "chain_pos") AS "island",
               (row_number() OVER (ORDER BY "chain_pos") - 1) / 1000 AS "part"
          FROM "audit_log" WHERE "chain_pos" IS NOT NULL) "r"
 GROUP BY "island", "part";
--> statement-breakpoint
CREATE TABLE "audit_pending" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seqs" bigint[] NOT NULL
);
--> statement-breakpoint
INSERT INTO "audit_pending" ("seqs")
SELECT array_agg("seq" ORDER BY "seq")
  FROM (SELECT "seq", (row_number() OVER (ORDER BY "seq") - 1) / 1000 AS "part"
          FROM "audit_log" WHERE "chain_pos" IS NULL) "r"
 GROUP BY "part" ORDER BY "part";
--> statement-breakpoint
DROP INDEX IF EXISTS "audit_log_unchained";
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT IF EXISTS "audit_log_chain_pos_unique";
--> statement-breakpoint
ALTER TABLE "audit_log" DROP COLUMN "chain_pos", DROP COLUMN "prev_hash", DROP COLUMN "hash";
--> statement-breakpoint
-- Each statement that writes audit rows notes them in its own transaction (a note per 1,000
-- rows, the chainer's round): the rows and their notes are committed together or not at all, and
-- writers never wait for one another.
CREATE OR REPLACE FUNCTION audit_log_pending() RETURNS trigger AS $$
BEGIN
  INSERT INTO audit_pending (seqs)
  SELECT array_agg(seq ORDER BY seq)
    FROM (SELECT seq, (row_number() OVER (ORDER BY seq) - 1) / 1000 AS part FROM new_rows) r
   GROUP BY part ORDER BY part;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_pending AFTER INSERT ON audit_log
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_log_pending();
