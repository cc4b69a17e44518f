CREATE TABLE "roster_classes" (
	"tenant_id" text NOT NULL,
	"sourced_id" text NOT NULL,
	"school_id" text NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "roster_classes_tenant_id_sourced_id_pk" PRIMARY KEY("tenant_id","sourced_id")
);
--> statement-breakpoint
CREATE TABLE "roster_enrollments" (
	"tenant_id" text NOT NULL,
	"sourced_id" text NOT NULL,
	"class_sourced_id" text NOT NULL,
	"user_sourced_id" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "roster_enrollments_tenant_id_sourced_id_pk" PRIMARY KEY("tenant_id","sourced_id")
);
--> statement-breakpoint
CREATE TABLE "roster_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"requested_by" text,
	"via" text NOT NULL,
	"dry_run" boolean NOT NULL,
	"status" text NOT NULL,
	"version" text,
	"mode" text,
	"started_at" timestamp (3) with time zone NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"report" jsonb
);
--> statement-breakpoint
ALTER TABLE "scheduling_events" ALTER COLUMN "actor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "sourced_id" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "deactivated_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "sourced_id" text;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "deactivated_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "sourced_id" text;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "deactivated_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "sourced_id" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "allowed_origins" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "quiet_hours_start" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "quiet_hours_end" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "translation_mode" text DEFAULT 'server' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "translation_url" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "translation_api_key" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "retention_days" integer;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "created_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "roster_classes" ADD CONSTRAINT "roster_classes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_classes" ADD CONSTRAINT "roster_classes_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_enrollments" ADD CONSTRAINT "roster_enrollments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_enrollments_class_idx" ON "roster_enrollments" USING btree ("tenant_id","class_sourced_id");--> statement-breakpoint
CREATE INDEX "roster_enrollments_user_idx" ON "roster_enrollments" USING btree ("tenant_id","user_sourced_id");--> statement-breakpoint
CREATE INDEX "roster_imports_tenant_idx" ON "roster_imports" USING btree ("tenant_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "people_sourced_idx" ON "people" USING btree ("tenant_id","sourced_id") WHERE "people"."sourced_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "schools_sourced_idx" ON "schools" USING btree ("tenant_id","sourced_id") WHERE "schools"."sourced_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "students_sourced_idx" ON "students" USING btree ("tenant_id","sourced_id") WHERE "students"."sourced_id" is not null;--> statement-breakpoint
-- A district's clock is its first school's until an administrator sets it.
UPDATE "tenants" SET "time_zone" = coalesce((SELECT "time_zone" FROM "schools" WHERE "schools"."tenant_id" = "tenants"."id" ORDER BY "id" LIMIT 1), 'UTC');
