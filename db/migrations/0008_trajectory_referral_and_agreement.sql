ALTER TABLE "trajectories" ADD COLUMN "referral_id" uuid;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "agreement_id" uuid;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_agreement_id_participant_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."participant_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Trajectories started before this rule: the n-th trajectory of a participant gets the n-th accepted referral and
-- the n-th signed agreement (oldest first), so what they used cannot start another trajectory.
WITH numbered_trajectories AS (
  SELECT "id", "organiser_id", "participant_id", row_number() OVER (PARTITION BY "participant_id" ORDER BY "start_date", "created_at") AS "n" FROM "trajectories"
), numbered_referrals AS (
  SELECT "id", "organiser_id", "participant_id", row_number() OVER (PARTITION BY "participant_id" ORDER BY "received_at", "id") AS "n" FROM "referrals" WHERE "status" = 'accepted' AND "participant_id" IS NOT NULL
)
UPDATE "trajectories" SET "referral_id" = numbered_referrals."id"
FROM numbered_trajectories JOIN numbered_referrals
  ON numbered_referrals."participant_id" = numbered_trajectories."participant_id" AND numbered_referrals."organiser_id" = numbered_trajectories."organiser_id" AND numbered_referrals."n" = numbered_trajectories."n"
WHERE "trajectories"."id" = numbered_trajectories."id";--> statement-breakpoint
WITH numbered_trajectories AS (
  SELECT "id", "organiser_id", "participant_id", row_number() OVER (PARTITION BY "participant_id" ORDER BY "start_date", "created_at") AS "n" FROM "trajectories"
), numbered_agreements AS (
  SELECT "id", "organiser_id", "participant_id", row_number() OVER (PARTITION BY "participant_id" ORDER BY "signed_on", "created_at") AS "n" FROM "participant_agreements" WHERE "signed_on" IS NOT NULL
)
UPDATE "trajectories" SET "agreement_id" = numbered_agreements."id"
FROM numbered_trajectories JOIN numbered_agreements
  ON numbered_agreements."participant_id" = numbered_trajectories."participant_id" AND numbered_agreements."organiser_id" = numbered_trajectories."organiser_id" AND numbered_agreements."n" = numbered_trajectories."n"
WHERE "trajectories"."id" = numbered_trajectories."id";--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_referral_unique" ON "trajectories" USING btree ("referral_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_agreement_unique" ON "trajectories" USING btree ("agreement_id");