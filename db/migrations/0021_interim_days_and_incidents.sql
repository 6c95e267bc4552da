CREATE TYPE "public"."incident_status" AS ENUM('open', 'reported', 'closed');--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"assignment_id" uuid,
	"occurred_on" date NOT NULL,
	"occurred_at" text,
	"location" text NOT NULL,
	"description" text NOT NULL,
	"injuries" boolean NOT NULL,
	"witnesses" text NOT NULL,
	"report_deadline" date NOT NULL,
	"status" "incident_status" DEFAULT 'open' NOT NULL,
	"filed_by" uuid NOT NULL,
	"filed_by_role" "role" NOT NULL,
	"reported_on" date,
	"vdab_reference" text,
	"reported_by" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interim_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"removal_reason" text
);
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_filed_by_accounts_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reported_by_accounts_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interim_days" ADD CONSTRAINT "interim_days_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interim_days" ADD CONSTRAINT "interim_days_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interim_days" ADD CONSTRAINT "interim_days_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interim_days" ADD CONSTRAINT "interim_days_removed_by_accounts_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incidents_organiser_idx" ON "incidents" USING btree ("organiser_id","status","report_deadline");--> statement-breakpoint
CREATE INDEX "incidents_participant_idx" ON "incidents" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "interim_days_participant_idx" ON "interim_days" USING btree ("organiser_id","participant_id","worked_on");--> statement-breakpoint
CREATE UNIQUE INDEX "interim_days_standing_unique" ON "interim_days" USING btree ("participant_id","worked_on") WHERE "interim_days"."removed_at" is null;