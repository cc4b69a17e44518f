ALTER TABLE "goals" ALTER COLUMN "domain" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ALTER COLUMN "measure_type" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ALTER COLUMN "unit" DROP NOT NULL;