CREATE TYPE "public"."cheque_kind" AS ENUM('paper', 'electronic');--> statement-breakpoint
CREATE TABLE "cheque_consumption_lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"consumption_id" uuid NOT NULL,
	"purchase_id" uuid NOT NULL,
	"cheque_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cheque_consumptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"time_entry_id" uuid NOT NULL,
	"work_date" date NOT NULL,
	"cheques_needed" integer NOT NULL,
	"cheques_covered" integer NOT NULL,
	"uncovered_count" integer NOT NULL,
	"releases_consumption_id" uuid,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cheque_purchases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" "cheque_kind" NOT NULL,
	"serial_from" integer,
	"serial_to" integer,
	"cheque_count" integer NOT NULL,
	"purchased_on" date NOT NULL,
	"last_valid_date" date NOT NULL,
	"applied_extension_id" text,
	"price_cents" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"reverses_purchase_id" uuid,
	"reason" text,
	"recorded_by_account_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cheque_consumption_lots" ADD CONSTRAINT "cheque_consumption_lots_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_consumption_lots" ADD CONSTRAINT "cheque_consumption_lots_consumption_id_cheque_consumptions_id_fk" FOREIGN KEY ("consumption_id") REFERENCES "public"."cheque_consumptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_consumption_lots" ADD CONSTRAINT "cheque_consumption_lots_purchase_id_cheque_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."cheque_purchases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_consumptions" ADD CONSTRAINT "cheque_consumptions_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_consumptions" ADD CONSTRAINT "cheque_consumptions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_consumptions" ADD CONSTRAINT "cheque_consumptions_releases_consumption_id_cheque_consumptions_id_fk" FOREIGN KEY ("releases_consumption_id") REFERENCES "public"."cheque_consumptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_purchases" ADD CONSTRAINT "cheque_purchases_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_purchases" ADD CONSTRAINT "cheque_purchases_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_purchases" ADD CONSTRAINT "cheque_purchases_reverses_purchase_id_cheque_purchases_id_fk" FOREIGN KEY ("reverses_purchase_id") REFERENCES "public"."cheque_purchases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheque_purchases" ADD CONSTRAINT "cheque_purchases_recorded_by_account_id_accounts_id_fk" FOREIGN KEY ("recorded_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cheque_consumption_lots_purchase_idx" ON "cheque_consumption_lots" USING btree ("purchase_id");--> statement-breakpoint
CREATE INDEX "cheque_consumption_lots_consumption_idx" ON "cheque_consumption_lots" USING btree ("consumption_id");--> statement-breakpoint
CREATE INDEX "cheque_consumptions_client_idx" ON "cheque_consumptions" USING btree ("organiser_id","client_id","work_date");--> statement-breakpoint
CREATE UNIQUE INDEX "cheque_consumptions_entry_unique" ON "cheque_consumptions" USING btree ("time_entry_id") WHERE "cheque_consumptions"."releases_consumption_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "cheque_consumptions_releases_unique" ON "cheque_consumptions" USING btree ("releases_consumption_id") WHERE "cheque_consumptions"."releases_consumption_id" is not null;--> statement-breakpoint
CREATE INDEX "cheque_consumptions_uncovered_idx" ON "cheque_consumptions" USING btree ("organiser_id","work_date") WHERE "cheque_consumptions"."uncovered_count" > 0;--> statement-breakpoint
CREATE INDEX "cheque_purchases_client_idx" ON "cheque_purchases" USING btree ("organiser_id","client_id","purchased_on");--> statement-breakpoint
CREATE UNIQUE INDEX "cheque_purchases_reverses_unique" ON "cheque_purchases" USING btree ("reverses_purchase_id") WHERE "cheque_purchases"."reverses_purchase_id" is not null;