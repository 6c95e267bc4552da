CREATE TYPE "public"."assignment_status" AS ENUM('proposed', 'declined', 'withdrawn', 'planned', 'ended', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."distance_source" AS ENUM('estimate', 'staff');--> statement-breakpoint
CREATE TYPE "public"."proposal_answer_channel" AS ENUM('portal', 'phone');--> statement-breakpoint
CREATE TYPE "public"."job_request_origin" AS ENUM('staff', 'client_portal', 'public_form');--> statement-breakpoint
CREATE TYPE "public"."job_request_status" AS ENUM('new', 'matching', 'planned', 'active', 'finished', 'cancelled');--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"job_request_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"activity_code" text NOT NULL,
	"place_street" text NOT NULL,
	"place_postcode" text NOT NULL,
	"place_city" text NOT NULL,
	"schedule" jsonb NOT NULL,
	"one_way_metres" integer,
	"round_trip_metres" integer,
	"distance_source" "distance_source" NOT NULL,
	"coach_account_id" uuid,
	"status" "assignment_status" NOT NULL,
	"match_factors" jsonb NOT NULL,
	"proposed_by_account_id" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"answered_via" "proposal_answer_channel",
	"answered_at" timestamp with time zone,
	"status_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "job_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"activity_code" text NOT NULL,
	"description" text NOT NULL,
	"place_street" text NOT NULL,
	"place_postcode" text NOT NULL,
	"place_city" text NOT NULL,
	"place_municipality_id" uuid,
	"schedule" jsonb NOT NULL,
	"status" "job_request_status" DEFAULT 'new' NOT NULL,
	"status_reason" text,
	"origin" "job_request_origin" NOT NULL,
	"created_by_account_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_job_request_id_job_requests_id_fk" FOREIGN KEY ("job_request_id") REFERENCES "public"."job_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_coach_account_id_accounts_id_fk" FOREIGN KEY ("coach_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_proposed_by_account_id_accounts_id_fk" FOREIGN KEY ("proposed_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_requests" ADD CONSTRAINT "job_requests_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_requests" ADD CONSTRAINT "job_requests_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_requests" ADD CONSTRAINT "job_requests_place_municipality_id_municipalities_id_fk" FOREIGN KEY ("place_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_requests" ADD CONSTRAINT "job_requests_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_participant_idx" ON "assignments" USING btree ("organiser_id","participant_id","status");--> statement-breakpoint
CREATE INDEX "assignments_client_idx" ON "assignments" USING btree ("organiser_id","client_id","status");--> statement-breakpoint
CREATE INDEX "assignments_job_request_idx" ON "assignments" USING btree ("organiser_id","job_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_open_unique" ON "assignments" USING btree ("job_request_id","participant_id") WHERE "assignments"."status" in ('proposed', 'planned');--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_unique" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feeds_account_idx" ON "calendar_feeds" USING btree ("organiser_id","account_id");--> statement-breakpoint
CREATE INDEX "job_requests_list_idx" ON "job_requests" USING btree ("organiser_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "job_requests_client_idx" ON "job_requests" USING btree ("organiser_id","client_id","created_at");