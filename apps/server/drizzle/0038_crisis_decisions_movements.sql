ALTER TABLE "crisis_log" ADD COLUMN "authority" text;
--> statement-breakpoint
ALTER TABLE "crisis_log" ADD COLUMN "recommended_by" text;
--> statement-breakpoint
ALTER TABLE "crisis_log" ADD COLUMN "exigent" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "crisis_log" ADD COLUMN "reported_to_usg_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "crisis_log" ADD COLUMN "usg_report_reference" text;
--> statement-breakpoint
CREATE TABLE "crisis_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"crisis_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"status" text DEFAULT 'decided' NOT NULL,
	"eligibility" text NOT NULL,
	"exceptional_reason" text,
	"staff_association" text,
	"staff_association_consulted_on" date,
	"destination" text,
	"decision_id" uuid,
	"decided_by" text NOT NULL,
	"moved_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crisis_movements_person" UNIQUE("crisis_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "crisis_movements" ADD CONSTRAINT "crisis_movements_crisis_id_crises_id_fk" FOREIGN KEY ("crisis_id") REFERENCES "public"."crises"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "crisis_movements" ADD CONSTRAINT "crisis_movements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "crisis_movements" ADD CONSTRAINT "crisis_movements_decision_id_crisis_log_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."crisis_log"("id") ON DELETE no action ON UPDATE no action;
