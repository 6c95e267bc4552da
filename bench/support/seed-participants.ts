import type { Database } from '../../src/server/platform/db/database';
import { participants } from '../../src/server/modules/participants/schema';
import { trajectories } from '../../src/server/modules/trajectories/schema';

const lastNames = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Vermeulen',
  'Declercq',
  'Desmet',
  'Vandenberghe',
  'Lefevere',
];
const firstNames = ['Jan', 'An', 'Saïdjah', 'Adinda', 'Fatima', 'Pieter', 'Lotte', 'Mohamed', 'Els', 'Koen', 'Sofie', 'Tom', 'Nora', 'Ilse', 'Bram'];

type SeedOptions = {
  organiserId: string;
  count: number;
  municipalityIds: readonly string[];
  /** Assigned to every third participant, so list rows carry names to join. */
  counsellorAccountId?: string | null;
  coachAccountId?: string | null;
};

const batchSize = 1000;

/**
 * Bulk participants for the benchmarks: 60 % active with a running trajectory, a third on leefloon, spread over the
 * given municipalities. Names repeat with a serial number, so searches and keyset pages behave as on real data.
 */
export const seedParticipants = async (db: Database, options: SeedOptions): Promise<void> => {
  const now = new Date();
  for (let start = 0; start < options.count; start += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, options.count - start) }, (_, offset) => {
      const index = start + offset;
      return {
        organiserId: options.organiserId,
        firstName: firstNames[index % firstNames.length] ?? 'Jan',
        lastName: `${lastNames[index % lastNames.length] ?? 'Peeters'} ${index}`,
        insz: String(10_000_000_000 + index),
        street: 'Markt 1',
        postcode: '8900',
        city: 'Ieper',
        municipalityId: options.municipalityIds[index % options.municipalityIds.length] ?? null,
        preferredChannel: 'phone' as const,
        preferredLanguage: 'nl' as const,
        transportModes: ['bicycle' as const],
        activityCodes: [],
        availability: [],
        maxTravelKm: 10,
        benefitStatus: index % 3 === 0 ? ('leefloon' as const) : ('unemployment_benefit' as const),
        vdabRegistered: true,
        availableForLabourMarket: true,
        hadPwaContractOn20170930: false,
        referralAgency: 'vdab' as const,
        counsellorAccountId: index % 3 === 1 ? (options.counsellorAccountId ?? null) : null,
        coachAccountId: index % 3 === 0 ? (options.coachAccountId ?? null) : null,
        status: index % 10 < 6 ? ('active' as const) : ('intake' as const),
        createdAt: now,
        updatedAt: now,
      };
    });
    const inserted = await db.insert(participants).values(rows).returning({ id: participants.id, status: participants.status });
    const active = inserted.filter((row) => row.status === 'active');
    if (active.length === 0) continue;
    await db.insert(trajectories).values(
      active.map((row, offset) => {
        const month = String((offset % 12) + 1).padStart(2, '0');
        return {
          organiserId: options.organiserId,
          participantId: row.id,
          startDate: `2026-${month}-01`,
          pwaTransitional: false,
          plannedEndDate: `2027-${month}-01`,
          createdAt: now,
        };
      }),
    );
  }
  await db.execute('analyze');
};
