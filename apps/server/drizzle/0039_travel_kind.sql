ALTER TABLE "travel_requests" ADD COLUMN "travel_kind" text DEFAULT 'official' NOT NULL;
