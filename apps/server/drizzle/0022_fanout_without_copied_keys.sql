ALTER TABLE "outbound_messages" DROP CONSTRAINT "outbound_messages_recipient_id_people_id_fk";
--> statement-breakpoint
ALTER TABLE "outbound_messages" DROP CONSTRAINT "outbound_messages_country_id_countries_id_fk";
--> statement-breakpoint
ALTER TABLE "crisis_people" DROP CONSTRAINT "crisis_people_country_id_countries_id_fk";
--> statement-breakpoint
ALTER TABLE "crisis_people" DROP CONSTRAINT "crisis_people_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "crisis_people" DROP CONSTRAINT "crisis_people_zone_id_warden_zones_id_fk";
--> statement-breakpoint
ALTER TABLE "crisis_people" DROP CONSTRAINT "crisis_people_organization_id_organizations_id_fk";
--> statement-breakpoint
DROP INDEX "outbound_messages_message";