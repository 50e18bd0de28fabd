-- Inbound SMS are stored as received (one INSERT, idempotent on the gateway's message id) and
-- applied by a worker in batches: `seq` keeps their order of arrival, and the partial index finds
-- the ones still waiting.
ALTER TABLE "sms_inbound" ADD COLUMN "seq" bigint GENERATED ALWAYS AS IDENTITY;--> statement-breakpoint
CREATE INDEX "sms_inbound_received" ON "sms_inbound" ("seq") WHERE "outcome" = 'received';
