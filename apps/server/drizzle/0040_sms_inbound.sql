CREATE TABLE "sms_inbound" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gateway_message_id" text,
	"gateway" text NOT NULL,
	"from_number" text NOT NULL,
	"text" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"outcome" text DEFAULT 'received' NOT NULL,
	"status" text,
	"people" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "sms_inbound_gateway_message" ON "sms_inbound" USING btree ("gateway_message_id");
--> statement-breakpoint
CREATE INDEX "sms_inbound_from" ON "sms_inbound" USING btree ("from_number","received_at");
--> statement-breakpoint
CREATE TABLE "sms_pending_choices" (
	"phone" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"language" text NOT NULL,
	"options" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "people_phone" ON "people" USING btree ("phone");
