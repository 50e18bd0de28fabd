-- A person's notification preferences: e-mail and SMS for the notices that are not urgent
-- (urgent ones, such as an incident reported to the DO, go on every channel whatever these say).
ALTER TABLE "users" ADD COLUMN "notify_email" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notify_sms" boolean DEFAULT false NOT NULL;
