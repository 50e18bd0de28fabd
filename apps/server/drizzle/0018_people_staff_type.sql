ALTER TABLE "people" ADD COLUMN "staff_type" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "management_level" text;