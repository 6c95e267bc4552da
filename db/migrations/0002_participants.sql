CREATE TYPE "public"."benefit_status" AS ENUM('unemployment_benefit', 'leefloon', 'sickness_benefit', 'none');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('phone', 'sms', 'email', 'letter');--> statement-breakpoint
CREATE TYPE "public"."document_type" AS ENUM('medical_permission', 'vdab_registration', 'signed_agreement', 'identity', 'other');--> statement-breakpoint
CREATE TYPE "public"."language" AS ENUM('nl', 'fr', 'en', 'ar', 'tr', 'uk', 'other');--> statement-breakpoint
CREATE TYPE "public"."note_visibility" AS ENUM('staff', 'shared_with_counsellor');--> statement-breakpoint
CREATE TYPE "public"."participant_status" AS ENUM('intake', 'active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."signature_method" AS ENUM('paper', 'in_person');--> statement-breakpoint
CREATE TYPE "public"."transport_mode" AS ENUM('walk', 'bicycle', 'public_transport', 'moped', 'car');--> statement-breakpoint
CREATE TYPE "public"."referral_channel" AS ENUM('portal', 'phone', 'email');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('received', 'intake_planned', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."evaluation_outcome" AS ENUM('continue', 'extend', 'end');--> statement-breakpoint
CREATE TYPE "public"."trajectory_outcome" AS ENUM('job_full_time', 'job_part_time', 'training', 'other_trajectory', 'werk_zorg', 'stopped');--> statement-breakpoint
CREATE TYPE "public"."agency" AS ENUM('vdab', 'ocmw');--> statement-breakpoint
CREATE TABLE "coach_municipalities" (
	"organiser_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "coach_municipalities_organiser_id_municipality_id_pk" PRIMARY KEY("organiser_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"body" text NOT NULL,
	"visibility" "note_visibility" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"recipient" "agency" NOT NULL,
	"purpose" text NOT NULL,
	"given_on" date NOT NULL,
	"withdrawn_on" date,
	"recorded_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"type" "document_type" NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"template_version" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"signed_on" date,
	"signed_how" "signature_method"
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"insz" text NOT NULL,
	"birth_date" date,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"municipality_id" uuid,
	"phone" text,
	"email" text,
	"preferred_channel" "contact_channel" NOT NULL,
	"preferred_language" "language" NOT NULL,
	"iban" text,
	"transport_modes" "transport_mode"[] NOT NULL,
	"activity_codes" text[] NOT NULL,
	"availability" jsonb NOT NULL,
	"max_travel_km" integer NOT NULL,
	"benefit_status" "benefit_status" NOT NULL,
	"vdab_registered" boolean NOT NULL,
	"available_for_labour_market" boolean NOT NULL,
	"had_pwa_contract_on_20170930" boolean NOT NULL,
	"pwa_last_worked_on" date,
	"referral_agency" "agency" NOT NULL,
	"counsellor_account_id" uuid,
	"coach_account_id" uuid,
	"status" "participant_status" DEFAULT 'intake' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"status" "referral_status" DEFAULT 'received' NOT NULL,
	"agency" "agency" NOT NULL,
	"channel" "referral_channel" NOT NULL,
	"counsellor_account_id" uuid,
	"counsellor_name" text NOT NULL,
	"counsellor_email" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"phone" text,
	"email" text,
	"postcode" text NOT NULL,
	"benefit_status" "benefit_status",
	"agreements" text NOT NULL,
	"intake_at" timestamp with time zone,
	"intake_office_id" uuid,
	"decline_reason" text,
	"participant_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"outcome" "evaluation_outcome" NOT NULL,
	"notes" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"extensions_granted" integer DEFAULT 0 NOT NULL,
	"pwa_transitional" boolean NOT NULL,
	"planned_end_date" date NOT NULL,
	"ended_on" date,
	"outcome" "trajectory_outcome",
	"outcome_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organiser_id" uuid NOT NULL,
	"actor_account_id" uuid NOT NULL,
	"actor_role" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"fields" text[] NOT NULL,
	"request_id" text NOT NULL,
	"ip" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "agency" "agency";--> statement-breakpoint
ALTER TABLE "coach_municipalities" ADD CONSTRAINT "coach_municipalities_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_municipalities" ADD CONSTRAINT "coach_municipalities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_agreements" ADD CONSTRAINT "participant_agreements_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_agreements" ADD CONSTRAINT "participant_agreements_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_counsellor_account_id_accounts_id_fk" FOREIGN KEY ("counsellor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_coach_account_id_accounts_id_fk" FOREIGN KEY ("coach_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_counsellor_account_id_accounts_id_fk" FOREIGN KEY ("counsellor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_intake_office_id_offices_id_fk" FOREIGN KEY ("intake_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_events" ADD CONSTRAINT "access_events_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_notes_participant_idx" ON "case_notes" USING btree ("organiser_id","participant_id");--> statement-breakpoint
CREATE INDEX "consents_participant_idx" ON "consents" USING btree ("organiser_id","participant_id");--> statement-breakpoint
CREATE INDEX "documents_participant_idx" ON "documents" USING btree ("organiser_id","participant_id");--> statement-breakpoint
CREATE INDEX "participant_agreements_participant_idx" ON "participant_agreements" USING btree ("organiser_id","participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_organiser_insz_unique" ON "participants" USING btree ("organiser_id","insz");--> statement-breakpoint
CREATE INDEX "participants_list_idx" ON "participants" USING btree ("organiser_id","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "participants_counsellor_idx" ON "participants" USING btree ("organiser_id","counsellor_account_id");--> statement-breakpoint
CREATE INDEX "participants_coach_idx" ON "participants" USING btree ("organiser_id","coach_account_id");--> statement-breakpoint
CREATE INDEX "participants_name_search_idx" ON "participants" USING btree ("organiser_id",lower("last_name" || ' ' || "first_name"));--> statement-breakpoint
CREATE INDEX "referrals_queue_idx" ON "referrals" USING btree ("organiser_id","status","received_at");--> statement-breakpoint
CREATE INDEX "referrals_counsellor_idx" ON "referrals" USING btree ("organiser_id","counsellor_account_id");--> statement-breakpoint
CREATE INDEX "evaluations_trajectory_idx" ON "evaluations" USING btree ("organiser_id","trajectory_id");--> statement-breakpoint
CREATE INDEX "trajectories_participant_idx" ON "trajectories" USING btree ("organiser_id","participant_id");--> statement-breakpoint
CREATE INDEX "trajectories_end_idx" ON "trajectories" USING btree ("organiser_id","planned_end_date");--> statement-breakpoint
CREATE INDEX "access_events_subject_idx" ON "access_events" USING btree ("organiser_id","subject_type","subject_id");