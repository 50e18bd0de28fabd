CREATE TABLE "road_safety_rules" (
	"country_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"set_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "road_safety_rules" ADD CONSTRAINT "road_safety_rules_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;
