-- Structure rules [002 Annex B ¶16–24]. A single-agency security officer acting as CSA/SA ad
-- interim, confirmed in writing by the DO (who, when, the reference) [¶24]; an SMT member's seat as
-- head of a peacekeeping mission's military or police component [¶16], and whether a country has a
-- peacekeeping mission; SMT meetings and meetings of the security cell chaired by the CSA [Annex B J.6–7]
-- are one record, told apart by the body that met.
ALTER TABLE "appointments" ADD COLUMN "csa_ad_interim" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "ai_confirmed_by" uuid REFERENCES "people"("id");--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "ai_confirmed_on" date;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "ai_confirmation_reference" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "smt_seat" text;--> statement-breakpoint
ALTER TABLE "countries" ADD COLUMN "peacekeeping_mission" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "smt_meetings" ADD COLUMN "body" text DEFAULT 'smt' NOT NULL;
