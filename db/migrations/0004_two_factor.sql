CREATE TYPE "public"."session_stage" AS ENUM('complete', 'second_factor', 'enrollment');--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "totp_enabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "stage" "session_stage" DEFAULT 'complete' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisers" ADD COLUMN "require_staff_two_factor" boolean DEFAULT true NOT NULL;