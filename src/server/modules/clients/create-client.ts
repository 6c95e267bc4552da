import { and, eq, sql } from 'drizzle-orm';
import type { ClientDetail, CreateClientRequest } from '../../../contracts/clients';
import { postcodeCentroid } from '../../../domain/geography/postcode-centroids';
import { isBelgianPostcode } from '../../../domain/geography/flemish-region';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Executor, Transaction } from '../../platform/db/database';
import { AppError, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { areaCheck } from '../municipalities/area-check';
import { loadClientDetail } from './load-client-detail';
import { clientContacts, clientNumberCounters, clients } from './schema';

const LARGEST_CLIENT_NUMBER = 999_999;

const duplicate = (clientId: string, match: DuplicateMatch) => new AppError('conflict', 'DUPLICATE_CLIENT', 'This client is already registered', { clientId, match });

type DuplicateMatch = 'enterprise_number' | 'name_and_address';
type IdentifyingFields = Pick<CreateClientRequest, 'category' | 'name' | 'enterpriseNumber' | 'address'>;

/**
 * The client that is already registered under the same KBO number, or (a private person) under the same name at
 * the same address; null when there is none. Same name and address may be a namesake, which the coordinator may
 * confirm; one KBO number is always one client (decision 056). Registrations from the public form ask it too.
 */
export const findDuplicateClient = async (
  tx: Executor,
  organiserId: string,
  input: IdentifyingFields,
): Promise<{ clientId: string; name: string; clientNumber: number; match: DuplicateMatch } | null> => {
  const columns = { clientId: clients.id, name: clients.name, clientNumber: clients.clientNumber };
  if (input.enterpriseNumber !== null) {
    const [same] = await tx
      .select(columns)
      .from(clients)
      .where(and(eq(clients.organiserId, organiserId), eq(clients.enterpriseNumber, input.enterpriseNumber)));
    if (same) return { ...same, match: 'enterprise_number' };
  }
  if (input.category !== 'private_person') return null;
  const [namesake] = await tx
    .select(columns)
    .from(clients)
    .where(
      and(
        eq(clients.organiserId, organiserId),
        eq(clients.category, 'private_person'),
        eq(clients.postcode, input.address.postcode),
        sql`lower(${clients.name}) = ${input.name.toLowerCase()}`,
        sql`lower(${clients.street}) = ${input.address.street.toLowerCase()}`,
      ),
    );
  return namesake ? { ...namesake, match: 'name_and_address' } : null;
};

const existingClient = async (tx: Transaction, organiserId: string, input: CreateClientRequest) => {
  const found = await findDuplicateClient(tx, organiserId, input);
  if (!found || (found.match === 'name_and_address' && input.confirmNotDuplicate === true)) return null;
  return duplicate(found.clientId, found.match);
};

/** The organiser's next client number; the counter only goes up, so a number is never handed out twice. */
const nextClientNumber = async (tx: Transaction, organiserId: string): Promise<number> => {
  const [counter] = await tx
    .insert(clientNumberCounters)
    .values({ organiserId, lastNumber: 1 })
    .onConflictDoUpdate({ target: clientNumberCounters.organiserId, set: { lastNumber: sql`${clientNumberCounters.lastNumber} + 1` } })
    .returning({ lastNumber: clientNumberCounters.lastNumber });
  if (!counter || counter.lastNumber > LARGEST_CLIENT_NUMBER) {
    throw ruleRefused([{ code: 'CLIENT_NUMBERS_EXHAUSTED', rule: 'R17', details: { largest: LARGEST_CLIENT_NUMBER } }], 'No client number is left for the fee reference');
  }
  return counter.lastNumber;
};

/**
 * Registers a client (R14) at an address in Flanders and the organiser's area (R1, checked like a wijk-werker's
 * domicile, decision 122), with its contact persons. A known client answers 409 with its id.
 */
export const createClient = async (tx: Transaction, context: RequestContext, request: CreateClientRequest): Promise<ClientDetail> => {
  const { organiserId } = context.actor;
  const { areaMunicipalityId, confirmNotDuplicate, contacts, ...input } = request;
  const { postcode } = input.address;
  // A client's address is where work is planned, so it must be a real postcode: one the shipped table knows (decision 056).
  if (isBelgianPostcode(postcode) && postcodeCentroid(postcode) === null) {
    throw ruleRefused([{ code: 'CLIENT_POSTCODE_UNKNOWN', rule: 'R1', details: { postcode } }], 'No Belgian place has this postcode');
  }
  const area = await areaCheck(tx, organiserId, postcode, areaMunicipalityId ?? null);
  if (area.reasons.length > 0) throw ruleRefused(area.reasons, 'The address is outside the Flemish Region or the organiser’s area');
  if (area.municipalityChoiceNeeded) {
    throw ruleRefused([{ code: 'AREA_MUNICIPALITY_REQUIRED', rule: 'R1', details: { postcode } }], 'Say which municipality of the area applies');
  }
  const known = await existingClient(tx, organiserId, request);
  if (known) throw known;
  const clientNumber = await nextClientNumber(tx, organiserId);
  const { address, ...fields } = input;
  const [created] = await tx
    .insert(clients)
    .values({ ...fields, ...address, organiserId, clientNumber, municipalityId: area.municipalityId, createdAt: context.now, updatedAt: context.now })
    // The KBO index catches a client registered at the same moment; the check above names it, so ask again.
    .onConflictDoNothing()
    .returning();
  if (!created) throw (await existingClient(tx, organiserId, request)) ?? new AppError('conflict', 'DUPLICATE_CLIENT', 'This client is already registered');
  if (contacts.length > 0) {
    await tx.insert(clientContacts).values(contacts.map((contact, position) => ({ ...contact, organiserId, clientId: created.id, position })));
  }
  await recordAudit(tx, context, {
    action: 'client.create',
    entityType: 'client',
    entityId: created.id,
    changedFields: {
      clientNumber,
      category: input.category,
      municipalityId: area.municipalityId,
      outsideArea: area.warnings.length > 0,
      confirmedNotDuplicate: confirmNotDuplicate === true,
    },
  });
  return loadClientDetail(tx, context, created);
};
