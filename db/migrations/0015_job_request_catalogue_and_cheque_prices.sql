CREATE TYPE "public"."exceptional_activity_status" AS ENUM('requested', 'approved', 'refused');--> statement-breakpoint
CREATE TYPE "public"."main_activity" AS ENUM('prevention', 'administrative_support', 'small_repairs', 'small_garden_maintenance', 'agriculture_horticulture', 'logistics', 'accompanying_persons', 'household_support');--> statement-breakpoint
CREATE TABLE "client_pwa_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"activity_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exceptional_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"activity_code" text NOT NULL,
	"main_activity" "main_activity" NOT NULL,
	"label_nl" text NOT NULL,
	"status" "exceptional_activity_status" DEFAULT 'requested' NOT NULL,
	"requested_on" date NOT NULL,
	"decided_on" date,
	"vdab_reference" text,
	"recorded_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_activity_choices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"activity_code" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cheque_price_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"price_cents" integer NOT NULL,
	"decided_on" date NOT NULL,
	"recorded_by_account_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "job_requests_client_idx";--> statement-breakpoint
ALTER TABLE "job_requests" ADD COLUMN "wished_timing" text;--> statement-breakpoint
ALTER TABLE "job_requests" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
ALTER TABLE "client_pwa_activities" ADD CONSTRAINT "client_pwa_activities_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_pwa_activities" ADD CONSTRAINT "client_pwa_activities_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exceptional_activities" ADD CONSTRAINT "exceptional_activities_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exceptional_activities" ADD CONSTRAINT "exceptional_activities_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exceptional_activities" ADD CONSTRAINT "exceptional_activities_recorded_by_account_id_accounts_id_fk" FOREIGN KEY ("recorded_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_activity_choices" ADD CONSTRAINT "municipality_activity_choices_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_activity_choices" ADD CONSTRAINT "municipality_activity_choices_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_price_decisions" ADD CONSTRAINT "cheque_price_decisions_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_price_decisions" ADD CONSTRAINT "cheque_price_decisions_recorded_by_account_id_accounts_id_fk" FOREIGN KEY ("recorded_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "client_pwa_activities_unique" ON "client_pwa_activities" USING btree ("organiser_id","client_id","activity_code");--> statement-breakpoint
CREATE INDEX "exceptional_activities_client_idx" ON "exceptional_activities" USING btree ("organiser_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exceptional_activities_code_unique" ON "exceptional_activities" USING btree ("organiser_id","activity_code");--> statement-breakpoint
CREATE INDEX "municipality_activity_choices_idx" ON "municipality_activity_choices" USING btree ("organiser_id","municipality_id","activity_code");--> statement-breakpoint
CREATE INDEX "cheque_price_decisions_organiser_idx" ON "cheque_price_decisions" USING btree ("organiser_id","decided_on");--> statement-breakpoint
ALTER TABLE "job_requests" ADD CONSTRAINT "job_requests_contact_id_client_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."client_contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_requests_created_idx" ON "job_requests" USING btree ("organiser_id","created_at","id");--> statement-breakpoint
CREATE INDEX "job_requests_activity_idx" ON "job_requests" USING btree ("organiser_id","activity_code","created_at","id");--> statement-breakpoint
CREATE INDEX "job_requests_client_idx" ON "job_requests" USING btree ("organiser_id","client_id","created_at","id");