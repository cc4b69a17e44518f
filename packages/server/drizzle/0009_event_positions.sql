CREATE TABLE "event_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"position" bigint NOT NULL
);
--> statement-breakpoint
-- Positions continue from the ids the sequence handed out, so stored Last-Event-IDs stay valid.
INSERT INTO "event_head" ("id", "position") SELECT 1, coalesce(max("id"), 0) FROM "events";
