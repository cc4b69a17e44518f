DROP INDEX "people_sourced_idx";--> statement-breakpoint
DROP INDEX "schools_sourced_idx";--> statement-breakpoint
DROP INDEX "students_sourced_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "people_sourced_idx" ON "people" USING btree ("tenant_id","sourced_id");--> statement-breakpoint
CREATE UNIQUE INDEX "schools_sourced_idx" ON "schools" USING btree ("tenant_id","sourced_id");--> statement-breakpoint
CREATE UNIQUE INDEX "students_sourced_idx" ON "students" USING btree ("tenant_id","sourced_id");