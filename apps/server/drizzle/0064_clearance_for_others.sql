-- Clearance for others [004 ¶27]: a request filed for a dependant by their sponsor, or on a
-- person's behalf by their organization in the country, records who filed it apart from the
-- traveller. Malicious-acts insurance: the last day the person's MAIP coverage is valid, which the
-- clearance checks against the stay.
ALTER TABLE "travel_requests" ADD COLUMN "filed_by" uuid REFERENCES "people"("id");--> statement-breakpoint
ALTER TABLE "travel_requests" ADD COLUMN "filed_as" text DEFAULT 'self' NOT NULL;--> statement-breakpoint
CREATE INDEX "travel_requests_filed_by" ON "travel_requests" ("filed_by") WHERE "filed_by" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "maip_valid_until" date;
