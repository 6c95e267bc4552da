CREATE TYPE "public"."time_entry_answer_channel" AS ENUM('portal', 'link', 'automatic', 'coordinator');--> statement-breakpoint
CREATE TYPE "public"."time_entry_resolution" AS ENUM('kept', 'changed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."time_entry_status" AS ENUM('registered', 'confirmed', 'contested', 'rejected', 'corrected');--> statement-breakpoint
CREATE TABLE "participant_worked_days" (
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"work_date" date NOT NULL,
	"counted_hours" integer NOT NULL,
	"worked_minutes" integer NOT NULL,
	CONSTRAINT "participant_worked_days_participant_id_work_date_pk" PRIMARY KEY("participant_id","work_date")
);
--> statement-breakpoint
CREATE TABLE "time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"work_date" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"minutes" integer NOT NULL,
	"counted_hours" integer NOT NULL,
	"status" time_entry_status NOT NULL,
	"entered_by_account_id" uuid NOT NULL,
	"on_behalf" boolean NOT NULL,
	"confirm_deadline" date NOT NULL,
	"answered_via" time_entry_answer_channel,
	"answered_at" timestamp with time zone,
	"answered_by_account_id" uuid,
	"contest_reason" text,
	"resolution" time_entry_resolution,
	"resolution_reason" text,
	"resolved_by_account_id" uuid,
	"resolved_at" timestamp with time zone,
	"corrects_entry_id" uuid,
	"correction_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participant_worked_days" ADD CONSTRAINT "participant_worked_days_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_worked_days" ADD CONSTRAINT "participant_worked_days_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_entered_by_account_id_accounts_id_fk" FOREIGN KEY ("entered_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_answered_by_account_id_accounts_id_fk" FOREIGN KEY ("answered_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_resolved_by_account_id_accounts_id_fk" FOREIGN KEY ("resolved_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_corrects_entry_id_time_entries_id_fk" FOREIGN KEY ("corrects_entry_id") REFERENCES "public"."time_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "time_entries_participant_idx" ON "time_entries" USING btree ("organiser_id","participant_id","work_date");--> statement-breakpoint
CREATE INDEX "time_entries_client_idx" ON "time_entries" USING btree ("organiser_id","client_id","status","work_date");--> statement-breakpoint
CREATE INDEX "time_entries_assignment_idx" ON "time_entries" USING btree ("organiser_id","assignment_id");--> statement-breakpoint
CREATE INDEX "time_entries_open_deadline_idx" ON "time_entries" USING btree ("confirm_deadline") WHERE "time_entries"."status" = 'registered';--> statement-breakpoint
CREATE UNIQUE INDEX "time_entries_corrects_unique" ON "time_entries" USING btree ("corrects_entry_id") WHERE "time_entries"."corrects_entry_id" is not null;