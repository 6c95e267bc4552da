CREATE TYPE "public"."outside_area_policy" AS ENUM('warn', 'refuse');--> statement-breakpoint
ALTER TYPE "public"."referral_status" ADD VALUE 'refused';--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "refusal_reasons" jsonb;--> statement-breakpoint
ALTER TABLE "organisers" ADD COLUMN "outside_area_policy" "outside_area_policy" DEFAULT 'warn' NOT NULL;