CREATE TYPE "public"."client_category" AS ENUM('private_person', 'local_authority', 'non_profit', 'school', 'agriculture_horticulture');--> statement-breakpoint
CREATE TYPE "public"."local_authority_kind" AS ENUM('municipality', 'ocmw', 'police_zone', 'fire_zone');--> statement-breakpoint
CREATE TABLE "client_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"template_version" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"signed_on" date,
	"signed_how" "signature_method"
);
--> statement-breakpoint
CREATE TABLE "client_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"role" text
);
--> statement-breakpoint
CREATE TABLE "client_fee_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"structured_reference" text NOT NULL,
	"paid_on" date,
	"corrects_payment_id" uuid,
	"recorded_by_account_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_number_counters" (
	"organiser_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_number" integer NOT NULL,
	"category" "client_category" NOT NULL,
	"local_authority_kind" "local_authority_kind",
	"name" text NOT NULL,
	"enterprise_number" text,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"municipality_id" uuid,
	"email" text,
	"phone" text,
	"preferred_channel" "contact_channel" NOT NULL,
	"preferred_language" "language" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_agreements" ADD CONSTRAINT "client_agreements_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_agreements" ADD CONSTRAINT "client_agreements_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_contacts" ADD CONSTRAINT "client_contacts_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_contacts" ADD CONSTRAINT "client_contacts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_fee_payments" ADD CONSTRAINT "client_fee_payments_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_fee_payments" ADD CONSTRAINT "client_fee_payments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_fee_payments" ADD CONSTRAINT "client_fee_payments_corrects_payment_id_client_fee_payments_id_fk" FOREIGN KEY ("corrects_payment_id") REFERENCES "public"."client_fee_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_fee_payments" ADD CONSTRAINT "client_fee_payments_recorded_by_account_id_accounts_id_fk" FOREIGN KEY ("recorded_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_number_counters" ADD CONSTRAINT "client_number_counters_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_agreements_client_idx" ON "client_agreements" USING btree ("organiser_id","client_id");--> statement-breakpoint
CREATE INDEX "client_contacts_client_idx" ON "client_contacts" USING btree ("organiser_id","client_id","position");--> statement-breakpoint
CREATE INDEX "client_fee_payments_client_idx" ON "client_fee_payments" USING btree ("organiser_id","client_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "client_fee_payments_corrects_unique" ON "client_fee_payments" USING btree ("corrects_payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "client_fee_payments_first_unique" ON "client_fee_payments" USING btree ("client_id","year") WHERE "client_fee_payments"."corrects_payment_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "clients_organiser_number_unique" ON "clients" USING btree ("organiser_id","client_number");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_organiser_enterprise_unique" ON "clients" USING btree ("organiser_id","enterprise_number") WHERE "clients"."enterprise_number" is not null;--> statement-breakpoint
CREATE INDEX "clients_list_idx" ON "clients" USING btree ("organiser_id","name","id");--> statement-breakpoint
CREATE INDEX "clients_name_search_idx" ON "clients" USING btree ("organiser_id",lower("name"));