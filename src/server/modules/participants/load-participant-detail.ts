import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ParticipantDetail } from '../../../contracts/participants';
import { visibleSensitiveFields } from '../../../contracts/policies/participants';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Actor } from '../../platform/auth/actor';
import { accounts } from '../../platform/auth/schema';
import type { Executor, Transaction } from '../../platform/db/database';
import { reusableStatement } from '../../platform/db/reusable-statement';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import { participantVisibleTo, visibilityPlaceholders, visibilityShapeName, visibilityValues } from './participant-access';
import { caseNotes, consents, documents, participantAgreements, participants } from './schema';
import { trajectorySection } from './trajectory-section';

type ParticipantRow = typeof participants.$inferSelect;
type JsonConsent = ParticipantDetail['consents'][number];
type JsonNote = ParticipantDetail['notes'][number] & { authorAccountId: string };
type JsonAgreement = ParticipantDetail['agreements'][number];
type JsonDocument = NonNullable<ParticipantDetail['documents']>[number];

/** A timestamp inside JSON exactly as `Date.prototype.toISOString` writes it (stored values have millisecond precision). */
const isoText = (column: AnyColumn): SQL => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// The record's own related rows as JSON arrays, in the order the page shows them, so the page is one statement.
// Each is wrapped in one more `sql` so drizzle keeps the participant's columns qualified in every select.
const ofParticipant = (organiserId: AnyColumn, participantId: AnyColumn): SQL =>
  sql`${organiserId} = ${participants.organiserId} and ${participantId} = ${participants.id}`;

const consentsJson = sql<JsonConsent[]>`${sql`coalesce((
  select json_agg(json_build_object(
    'id', ${consents.id}, 'recipient', ${consents.recipient}, 'purpose', ${consents.purpose},
    'givenOn', ${consents.givenOn}, 'withdrawnOn', ${consents.withdrawnOn}
  ) order by ${consents.givenOn})
  from ${consents} where ${ofParticipant(consents.organiserId, consents.participantId)}
), '[]'::json)`}`;

const notesJson = sql<JsonNote[]>`${sql`coalesce((
  select json_agg(json_build_object(
    'id', ${caseNotes.id}, 'body', ${caseNotes.body}, 'visibility', ${caseNotes.visibility},
    'authorAccountId', ${caseNotes.authorAccountId}, 'author', ${accounts.displayName}, 'createdAt', ${isoText(caseNotes.createdAt)}
  ) order by ${caseNotes.createdAt} desc)
  from ${caseNotes} join ${accounts} on ${accounts.id} = ${caseNotes.authorAccountId}
  where ${ofParticipant(caseNotes.organiserId, caseNotes.participantId)}
), '[]'::json)`}`;

const agreementsJson = sql<JsonAgreement[]>`${sql`coalesce((
  select json_agg(json_build_object(
    'id', ${participantAgreements.id}, 'templateVersion', ${participantAgreements.templateVersion},
    'createdAt', ${isoText(participantAgreements.createdAt)}, 'signedOn', ${participantAgreements.signedOn}, 'signedHow', ${participantAgreements.signedHow}
  ) order by ${participantAgreements.createdAt} desc)
  from ${participantAgreements} where ${ofParticipant(participantAgreements.organiserId, participantAgreements.participantId)}
), '[]'::json)`}`;

const documentsJson = sql<JsonDocument[]>`${sql`coalesce((
  select json_agg(json_build_object(
    'id', ${documents.id}, 'type', ${documents.type}, 'fileName', ${documents.fileName}, 'mimeType', ${documents.mimeType},
    'sizeBytes', ${documents.sizeBytes}, 'validFrom', ${documents.validFrom}, 'validTo', ${documents.validTo},
    'uploadedAt', ${isoText(documents.uploadedAt)}
  ) order by ${documents.uploadedAt} desc)
  from ${documents} where ${ofParticipant(documents.organiserId, documents.participantId)}
), '[]'::json)`}`;

const counsellorAccount = alias(accounts, 'counsellor_account');
const coachAccount = alias(accounts, 'coach_account');

const showsDocuments = (actor: Actor): boolean => visibleSensitiveFields(actor.role).includes('documents');

/** Everything the page shows besides the participant's own columns; documents only for roles that see them. */
const relatedRecords = (actor: Actor) => ({
  municipalityId: municipalities.id,
  municipalityName: municipalities.nameNl,
  counsellorId: counsellorAccount.id,
  counsellorName: counsellorAccount.displayName,
  coachId: coachAccount.id,
  coachName: coachAccount.displayName,
  trajectories: trajectorySection().recordsJson(participants),
  consents: consentsJson,
  notes: notesJson,
  agreements: agreementsJson,
  documents: showsDocuments(actor) ? documentsJson : sql<null>`null`,
});

/** The page in one statement: the participant row, only if the actor may see it, with its related records. */
const visibleDetailStatement = reusableStatement(
  (actor: Actor) => `participant_detail_${visibilityShapeName(actor)}`,
  (db, actor) =>
    db
      .select({ participant: participants, ...relatedRecords(actor) })
      .from(participants)
      .leftJoin(municipalities, eq(municipalities.id, participants.municipalityId))
      .leftJoin(counsellorAccount, eq(counsellorAccount.id, participants.counsellorAccountId))
      .leftJoin(coachAccount, eq(coachAccount.id, participants.coachAccountId))
      .where(and(eq(participants.id, sql.placeholder('participantId')), participantVisibleTo(visibilityPlaceholders(actor)))),
);

/** The related records of a participant row a write just changed, in one statement inside its transaction. */
const relatedRecordsStatement = reusableStatement(
  (actor: Actor) => `participant_related_${showsDocuments(actor) ? 'documents' : 'plain'}`,
  (db, actor) =>
    db
      .select(relatedRecords(actor))
      .from(participants)
      .leftJoin(municipalities, eq(municipalities.id, participants.municipalityId))
      .leftJoin(counsellorAccount, eq(counsellorAccount.id, participants.counsellorAccountId))
      .leftJoin(coachAccount, eq(coachAccount.id, participants.coachAccountId))
      .where(and(eq(participants.id, sql.placeholder('participantId')), eq(participants.organiserId, sql.placeholder('organiserId')))),
);

type RelatedRecords = Awaited<ReturnType<ReturnType<typeof relatedRecordsStatement>['execute']>>[number];

const personOf = (accountId: string | null, name: string | null) => (accountId !== null && name !== null ? { accountId, name } : null);

/**
 * Shapes the page for the actor: sensitive fields only for roles that need them, staff-only notes hidden from
 * counsellors and coaches.
 */
const presentDetail = (context: RequestContext, row: ParticipantRow, related: RelatedRecords): ParticipantDetail => {
  const { actor } = context;
  const sensitive = new Set(visibleSensitiveFields(actor.role));
  const isStaff = actor.role === 'coordinator' || actor.role === 'admin' || actor.role === 'auditor';
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    ...(sensitive.has('insz') ? { insz: row.insz, birthDate: row.birthDate } : {}),
    address: { street: row.street, postcode: row.postcode, city: row.city },
    municipality: related.municipalityId !== null && related.municipalityName !== null ? { id: related.municipalityId, name: related.municipalityName } : null,
    phone: row.phone,
    email: row.email,
    preferredChannel: row.preferredChannel,
    preferredLanguage: row.preferredLanguage,
    ...(sensitive.has('iban') ? { iban: row.iban } : {}),
    transportModes: row.transportModes,
    activityCodes: row.activityCodes,
    availability: row.availability,
    maxTravelKm: row.maxTravelKm,
    ...(sensitive.has('benefitStatus')
      ? { benefitStatus: row.benefitStatus, vdabRegistered: row.vdabRegistered, availableForLabourMarket: row.availableForLabourMarket }
      : {}),
    hadPwaContractOn20170930: row.hadPwaContractOn20170930,
    pwaLastWorkedOn: row.pwaLastWorkedOn,
    referralAgency: row.referralAgency,
    status: row.status,
    counsellor: personOf(related.counsellorId, related.counsellorName),
    coach: personOf(related.coachId, related.coachName),
    trajectories: trajectorySection().presentRecords(related.trajectories, row, civilDateOfInstant(context.now)),
    consents: related.consents,
    ...(sensitive.has('documents') ? { documents: related.documents ?? [] } : {}),
    notes: related.notes
      .filter((note) => isStaff || note.visibility === 'shared_with_counsellor' || note.authorAccountId === actor.accountId)
      .map(({ id, body, visibility, author, createdAt }) => ({ id, body, visibility, author, createdAt })),
    agreements: related.agreements,
    version: row.version,
  };
};

/** The participant page of a row a write just changed, as the actor may see it, inside the write's transaction. */
export const loadParticipantDetail = async (tx: Transaction, context: RequestContext, row: ParticipantRow): Promise<ParticipantDetail> => {
  const [related] = await relatedRecordsStatement(tx, context.actor).execute({ participantId: row.id, organiserId: context.actor.organiserId });
  if (!related) throw new Error('The participant row just written is missing');
  return presentDetail(context, row, related);
};

/** The participant page in one statement, or null when the actor may not see this participant (or it does not exist). */
export const loadVisibleParticipantDetail = async (db: Executor, context: RequestContext, participantId: string): Promise<ParticipantDetail | null> => {
  const [found] = await visibleDetailStatement(db, context.actor).execute({ participantId, ...visibilityValues(context.actor) });
  if (!found) return null;
  const { participant, ...related } = found;
  return presentDetail(context, participant, related);
};
