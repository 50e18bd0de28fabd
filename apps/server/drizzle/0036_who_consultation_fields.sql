ALTER TABLE "security_level_decisions" ADD COLUMN "who_consulted_with" text;
--> statement-breakpoint
ALTER TABLE "security_level_decisions" ADD COLUMN "who_consulted_through" text;
--> statement-breakpoint
ALTER TABLE "security_level_decisions" ADD COLUMN "who_consulted_on" date;
--> statement-breakpoint
ALTER TABLE "security_level_decisions" ADD COLUMN "who_consultation_reference" text;
