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
ALTER TABLE "interim_days" ADD CONSTRAINT "interim_days_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interim_days" ADD CONSTRAINT "interim_days_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interim_days" ADD CONSTRAINT "interim_days_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interim_days" ADD CONSTRAINT "interim_days_removed_by_accounts_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interim_days_participant_idx" ON "interim_days" USING btree ("organiser_id","participant_id","worked_on");--> statement-breakpoint
CREATE UNIQUE INDEX "interim_days_standing_unique" ON "interim_days" USING btree ("participant_id","worked_on") WHERE "interim_days"."removed_at" is null;