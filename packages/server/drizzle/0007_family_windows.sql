CREATE TABLE "family_windows" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"weekday" integer NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"time_zone" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "family_windows" ADD CONSTRAINT "family_windows_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "family_windows_person_idx" ON "family_windows" USING btree ("person_id");