import { and, asc, desc, eq } from 'drizzle-orm';
import type { ParticipantDetail } from '../../../contracts/participants';
import { accounts } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from '../municipalities/schema';
import { visibleSensitiveFields } from '../../../contracts/policies/participants';
import { caseNotes, consents, documents, participantAgreements, type participants } from './schema';
import { trajectorySection } from './trajectory-section';

type ParticipantRow = typeof participants.$inferSelect;

const personName = async (tx: Transaction, accountId: string | null) => {
  if (accountId === null) return null;
  const [row] = await tx.select({ accountId: accounts.id, name: accounts.displayName }).from(accounts).where(eq(accounts.id, accountId));
  return row ?? null;
};

/**
 * Everything the participant page shows, shaped for the actor: sensitive fields only for roles that need them,
 * staff-only notes hidden from counsellors and coaches.
 */
export const loadParticipantDetail = async (tx: Transaction, context: RequestContext, row: ParticipantRow): Promise<ParticipantDetail> => {
  const { actor } = context;
  const organiserId = actor.organiserId;
  const sensitive = new Set(visibleSensitiveFields(actor.role));

  const [municipality] = row.municipalityId
    ? await tx.select({ id: municipalities.id, name: municipalities.nameNl }).from(municipalities).where(eq(municipalities.id, row.municipalityId))
    : [];
  const trajectoryDetails = await trajectorySection().ofParticipant(tx, context, row);
  const consentRows = await tx
    .select()
    .from(consents)
    .where(and(eq(consents.organiserId, organiserId), eq(consents.participantId, row.id)))
    .orderBy(asc(consents.givenOn));
  const noteRows = await tx
    .select({ note: caseNotes, author: accounts.displayName })
    .from(caseNotes)
    .innerJoin(accounts, eq(accounts.id, caseNotes.authorAccountId))
    .where(and(eq(caseNotes.organiserId, organiserId), eq(caseNotes.participantId, row.id)))
    .orderBy(desc(caseNotes.createdAt));
  const agreementRows = await tx
    .select()
    .from(participantAgreements)
    .where(and(eq(participantAgreements.organiserId, organiserId), eq(participantAgreements.participantId, row.id)))
    .orderBy(desc(participantAgreements.createdAt));
  const documentRows = sensitive.has('documents')
    ? await tx
        .select({
          id: documents.id,
          type: documents.type,
          fileName: documents.fileName,
          mimeType: documents.mimeType,
          sizeBytes: documents.sizeBytes,
          validFrom: documents.validFrom,
          validTo: documents.validTo,
          uploadedAt: documents.uploadedAt,
        })
        .from(documents)
        .where(and(eq(documents.organiserId, organiserId), eq(documents.participantId, row.id)))
        .orderBy(desc(documents.uploadedAt))
    : null;

  const isStaff = actor.role === 'coordinator' || actor.role === 'admin' || actor.role === 'auditor';
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    ...(sensitive.has('insz') ? { insz: row.insz, birthDate: row.birthDate } : {}),
    address: { street: row.street, postcode: row.postcode, city: row.city },
    municipality: municipality ?? null,
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
    counsellor: await personName(tx, row.counsellorAccountId),
    coach: await personName(tx, row.coachAccountId),
    trajectories: trajectoryDetails,
    consents: consentRows.map((consent) => ({
      id: consent.id,
      recipient: consent.recipient,
      purpose: consent.purpose,
      givenOn: consent.givenOn,
      withdrawnOn: consent.withdrawnOn,
    })),
    ...(documentRows ? { documents: documentRows.map((document) => ({ ...document, uploadedAt: document.uploadedAt.toISOString() })) } : {}),
    notes: noteRows
      .filter(({ note }) => isStaff || note.visibility === 'shared_with_counsellor' || note.authorAccountId === actor.accountId)
      .map(({ note, author }) => ({
        id: note.id,
        body: note.body,
        visibility: note.visibility,
        author,
        createdAt: note.createdAt.toISOString(),
      })),
    agreements: agreementRows.map((agreement) => ({
      id: agreement.id,
      templateVersion: agreement.templateVersion,
      createdAt: agreement.createdAt.toISOString(),
      signedOn: agreement.signedOn,
      signedHow: agreement.signedHow,
    })),
    version: row.version,
  };
};
