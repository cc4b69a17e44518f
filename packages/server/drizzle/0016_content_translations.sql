CREATE TABLE "content_translation_queue" (
	"subject_type" text NOT NULL,
	"subject_id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"queued_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_translations" (
	"tenant_id" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"field" text NOT NULL,
	"language" text NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"machine" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "content_translations_subject_id_field_language_pk" PRIMARY KEY("subject_id","field","language")
);
--> statement-breakpoint
ALTER TABLE "availability_offers" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "interpreter_review" text;--> statement-breakpoint
ALTER TABLE "message_translations" ADD COLUMN "machine" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "interpreter_review" text;--> statement-breakpoint
ALTER TABLE "progress_entries" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "translation_protocol" text DEFAULT 'libretranslate' NOT NULL;--> statement-breakpoint
ALTER TABLE "content_translation_queue" ADD CONSTRAINT "content_translation_queue_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_translation_queue_idx" ON "content_translation_queue" USING btree ("queued_at");--> statement-breakpoint
-- What was written before: in its author's language.
UPDATE "goals" SET "language" = p."preferred_language" FROM "people" p WHERE p."id" = "goals"."created_by";--> statement-breakpoint
UPDATE "progress_entries" SET "language" = p."preferred_language" FROM "people" p WHERE p."id" = "progress_entries"."recorded_by";--> statement-breakpoint
UPDATE "availability_offers" SET "language" = p."preferred_language" FROM "people" p WHERE p."id" = "availability_offers"."educator_id";--> statement-breakpoint
UPDATE "bookings" SET "language" = p."preferred_language" FROM "people" p WHERE p."id" = "bookings"."booked_by";
