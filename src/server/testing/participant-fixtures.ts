import type { ParticipantFields } from '../../contracts/participants';
import type { Database } from '../platform/db/database';
import { municipalities } from '../modules/municipalities/schema';

let serial = 100;

/** A valid INSZ for a person born on 1990-05-17, different on every call. */
export const nextInsz = (): string => {
  serial += 1;
  const nine = `900517${String(serial % 1000).padStart(3, '0')}`;
  return `${nine}${String(97 - Number(BigInt(nine) % 97n)).padStart(2, '0')}`;
};

export const participantFields = (overrides: Partial<ParticipantFields> = {}): ParticipantFields & { insz: string } => ({
  firstName: 'Saïdjah',
  lastName: `Peeters-${serial}`,
  insz: nextInsz(),
  address: { street: 'Kaaistraat 12', postcode: '8630', city: 'Veurne' },
  phone: '0470 12 34 56',
  email: null,
  preferredChannel: 'phone',
  preferredLanguage: 'nl',
  iban: 'BE71 0961 2345 6769',
  transportModes: ['bicycle'],
  activityCodes: [],
  availability: [{ weekday: 2, from: '09:00', until: '12:00' }],
  maxTravelKm: 10,
  benefitStatus: 'unemployment_benefit',
  vdabRegistered: true,
  availableForLabourMarket: true,
  hadPwaContractOn20170930: false,
  pwaLastWorkedOn: null,
  ...overrides,
});

export const buildMunicipality = async (db: Database, organiserId: string, nameNl = 'Veurne', postcodes = ['8630']) => {
  const [row] = await db
    .insert(municipalities)
    .values({ organiserId, nisCode: String(38000 + serial), nameNl, postcodes })
    .returning();
  if (!row) throw new Error('no municipality');
  return row;
};
