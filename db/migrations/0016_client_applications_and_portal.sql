CREATE TYPE "public"."client_application_status" AS ENUM('new', 'approved', 'declined');--> statement-breakpoint
ALTER TYPE "public"."signature_method" ADD VALUE 'link';--> statement-breakpoint
ALTER TYPE "public"."one_time_link_purpose" ADD VALUE 'client_agreement_signing';--> statement-breakpoint
CREATE TABLE "client_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"status" "client_application_status" DEFAULT 'new' NOT NULL,
	"category" "client_category" NOT NULL,
	"local_authority_kind" "local_authority_kind",
	"name" text NOT NULL,
	"enterprise_number" text,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"municipality_id" uuid,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"preferred_channel" "contact_channel" NOT NULL,
	"preferred_language" "language" NOT NULL,
	"job_wish" text,
	"job_wish_activity_code" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_account_id" uuid,
	"decline_reason" text,
	"client_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_agreement_signing_links" (
	"one_time_link_id" uuid PRIMARY KEY NOT NULL,
	"organiser_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_agreements" ADD COLUMN "signed_name" text;--> statement-breakpoint
ALTER TABLE "client_agreements" ADD COLUMN "signed_ip" text;--> statement-breakpoint
ALTER TABLE "client_contacts" ADD COLUMN "account_id" uuid;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "job_wish" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "job_wish_activity_code" text;--> statement-breakpoint
ALTER TABLE "client_applications" ADD CONSTRAINT "client_applications_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_applications" ADD CONSTRAINT "client_applications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_applications" ADD CONSTRAINT "client_applications_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_applications" ADD CONSTRAINT "client_applications_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_agreement_signing_links" ADD CONSTRAINT "client_agreement_signing_links_one_time_link_id_one_time_links_id_fk" FOREIGN KEY ("one_time_link_id") REFERENCES "public"."one_time_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_agreement_signing_links" ADD CONSTRAINT "client_agreement_signing_links_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_agreement_signing_links" ADD CONSTRAINT "client_agreement_signing_links_agreement_id_client_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."client_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_agreement_signing_links" ADD CONSTRAINT "client_agreement_signing_links_contact_id_client_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."client_contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_applications_list_idx" ON "client_applications" USING btree ("organiser_id","status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "client_agreement_signing_links_agreement_idx" ON "client_agreement_signing_links" USING btree ("organiser_id","agreement_id");--> statement-breakpoint
ALTER TABLE "client_contacts" ADD CONSTRAINT "client_contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_contacts_account_idx" ON "client_contacts" USING btree ("account_id");