import { eq } from 'drizzle-orm';
import type { LocalAuthorityKind, ClientCategory } from '../../domain/clients/client-category';
import { registrationFeeFor } from '../../domain/clients/registration-fee';
import { formatEnterpriseNumber } from '../../domain/identity/kbo';
import { addDays } from '../../domain/time/civil-date-arithmetic';
import { yearOf, type CivilDate } from '../../domain/time/civil-date';
import { accounts } from '../platform/auth/schema';
import type { Transaction } from '../platform/db/database';
import { currentClientAgreementTemplate } from '../modules/clients/client-agreement-templates';
import { clientAgreements, clientContacts, clientFeePayments, clientNumberCounters, clients } from '../modules/clients/schema';
import { municipalities } from '../modules/municipalities/schema';

type DemoClient = {
  readonly category: ClientCategory;
  readonly localAuthorityKind: LocalAuthorityKind | null;
  readonly name: string;
  /** Fictional numbers with correct check digits. */
  readonly enterpriseNumber: string | null;
  readonly street: string;
  readonly postcode: string;
  readonly city: string;
  readonly contact: { readonly name: string; readonly role: string } | null;
  /** none: no agreement yet; drafted: drawn up, not back; signed: signed on paper. */
  readonly agreement: 'none' | 'drafted' | 'signed';
  readonly feePaid: boolean;
};

const demoClients: readonly DemoClient[] = [
  {
    category: 'private_person',
    localAuthorityKind: null,
    name: 'Marie-Jeanne Debaene',
    enterpriseNumber: null,
    street: 'Ieperstraat 22',
    postcode: '8970',
    city: 'Poperinge',
    contact: null,
    agreement: 'signed',
    feePaid: true,
  },
  {
    category: 'private_person',
    localAuthorityKind: null,
    name: 'Roger Vanneste',
    enterpriseNumber: null,
    street: 'Zeedijk 150',
    postcode: '8660',
    city: 'De Panne',
    contact: null,
    agreement: 'signed',
    feePaid: false,
  },
  {
    category: 'local_authority',
    localAuthorityKind: 'municipality',
    name: 'Gemeente Heuvelland',
    enterpriseNumber: '0207143203',
    street: 'Sint-Rochusstraat 46',
    postcode: '8950',
    city: 'Heuvelland',
    contact: { name: 'Griet Lammens', role: 'Technische dienst' },
    agreement: 'signed',
    feePaid: true,
  },
  {
    category: 'local_authority',
    localAuthorityKind: 'ocmw',
    name: 'OCMW Diksmuide',
    enterpriseNumber: '0212095844',
    street: 'Grote Markt 6',
    postcode: '8600',
    city: 'Diksmuide',
    contact: { name: 'Bart Vandewalle', role: 'Sociale dienst' },
    agreement: 'signed',
    feePaid: true,
  },
  {
    category: 'local_authority',
    localAuthorityKind: 'police_zone',
    name: 'Politiezone Arro Ieper',
    enterpriseNumber: '0212180471',
    street: 'Arsenaalstraat 4',
    postcode: '8900',
    city: 'Ieper',
    contact: { name: 'Nathalie Deprez', role: 'Logistiek' },
    agreement: 'none',
    feePaid: false,
  },
  {
    category: 'local_authority',
    localAuthorityKind: 'fire_zone',
    name: 'Hulpverleningszone Westhoek',
    enterpriseNumber: '0207853182',
    street: 'Elverdingsestraat 100',
    postcode: '8900',
    city: 'Ieper',
    contact: { name: 'Kurt Verhaeghe', role: 'Kazerneverantwoordelijke' },
    agreement: 'drafted',
    feePaid: false,
  },
  {
    category: 'non_profit',
    localAuthorityKind: null,
    name: 'Vzw De Speelvogel',
    enterpriseNumber: '0410087690',
    street: 'Kaaiplaats 9',
    postcode: '8630',
    city: 'Veurne',
    contact: { name: 'Hilde Ryckewaert', role: 'Coördinator' },
    agreement: 'signed',
    feePaid: true,
  },
  {
    category: 'school',
    localAuthorityKind: null,
    name: 'Basisschool De Klimop',
    enterpriseNumber: '0441229739',
    street: 'Schoolstraat 3',
    postcode: '8640',
    city: 'Vleteren',
    contact: { name: 'Dirk Coudenys', role: 'Directeur' },
    agreement: 'signed',
    feePaid: true,
  },
  {
    category: 'agriculture_horticulture',
    localAuthorityKind: null,
    name: 'Hoeve Ten Berghe',
    enterpriseNumber: '0842361460',
    street: 'Bergstraat 17',
    postcode: '8957',
    city: 'Mesen',
    contact: { name: 'Sofie Ten Berghe', role: 'Zaakvoerder' },
    agreement: 'signed',
    feePaid: false,
  },
];

const euro = (cents: number): string => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/** Clients of every category in the Westhoek, most with a signed agreement, some with this year's fee paid. */
export const loadDemoClients = async (tx: Transaction, organiserId: string, organiserName: string, today: CivilDate, now: Date): Promise<void> => {
  const [coordinator] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, 'coordinator@westhoek.demo'));
  if (!coordinator) throw new Error('Demo coordinator is missing');
  const municipalityRows = await tx.select().from(municipalities).where(eq(municipalities.organiserId, organiserId));
  const template = currentClientAgreementTemplate();
  const year = yearOf(today);
  for (const [index, demo] of demoClients.entries()) {
    const clientNumber = index + 1;
    const { contact, agreement, feePaid, ...fields } = demo;
    const [client] = await tx
      .insert(clients)
      .values({
        ...fields,
        organiserId,
        clientNumber,
        municipalityId: municipalityRows.find((row) => row.postcodes.includes(demo.postcode))?.id ?? null,
        email: null,
        phone: null,
        preferredChannel: demo.category === 'private_person' ? 'phone' : 'email',
        preferredLanguage: 'nl',
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: clients.id });
    if (!client) throw new Error('Demo client was not created');
    if (contact)
      await tx.insert(clientContacts).values({ organiserId, clientId: client.id, position: 0, name: contact.name, email: null, phone: null, role: contact.role });
    const fee = registrationFeeFor(clientNumber, year);
    if (agreement !== 'none') {
      const snapshot = {
        organiserName,
        clientName: demo.name,
        clientNumber,
        enterpriseNumber: demo.enterpriseNumber ? formatEnterpriseNumber(demo.enterpriseNumber) : null,
        address: `${demo.street}, ${demo.postcode} ${demo.city}`,
        feeAmount: euro(fee.amountCents),
      };
      const signed = agreement === 'signed';
      await tx.insert(clientAgreements).values({
        organiserId,
        clientId: client.id,
        templateVersion: template.version,
        snapshot,
        createdAt: now,
        signedOn: signed ? addDays(today, -30 - index) : null,
        signedHow: signed ? 'paper' : null,
      });
    }
    if (feePaid) {
      await tx.insert(clientFeePayments).values({
        organiserId,
        clientId: client.id,
        year,
        amountCents: fee.amountCents,
        structuredReference: fee.structuredReference,
        paidOn: addDays(today, -20 - index),
        recordedByAccountId: coordinator.id,
        recordedAt: now,
      });
    }
  }
  await tx.insert(clientNumberCounters).values({ organiserId, lastNumber: demoClients.length });
};
