CREATE TABLE "matching_distance_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"home_key" text NOT NULL,
	"place_key" text NOT NULL,
	"one_way_metres" integer NOT NULL,
	"set_by_account_id" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matching_distance_overrides" ADD CONSTRAINT "matching_distance_overrides_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_distance_overrides" ADD CONSTRAINT "matching_distance_overrides_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_distance_overrides" ADD CONSTRAINT "matching_distance_overrides_set_by_account_id_accounts_id_fk" FOREIGN KEY ("set_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matching_distance_overrides_pair_unique" ON "matching_distance_overrides" USING btree ("organiser_id","participant_id","place_key");--> statement-breakpoint
CREATE INDEX "matching_distance_overrides_place_idx" ON "matching_distance_overrides" USING btree ("organiser_id","place_key");