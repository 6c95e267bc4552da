import { eq } from 'drizzle-orm';
import { roles } from '../../contracts/roles';
import { hashPassword } from '../platform/auth/password-hashing';
import { accounts, memberships } from '../platform/auth/schema';
import type { Database } from '../platform/db/database';
import { organisers } from '../platform/tenancy/schema';
import { municipalities } from '../modules/municipalities/schema';
import { officeClosures, officeOpeningHours, offices } from '../modules/offices/schema';
import { civilDateOfInstant } from '../../domain/time/civil-date-of-instant';
import { loadDemoClients } from './demo-clients';
import { loadDemoJobRequests } from './demo-job-requests';
import { loadDemoClientPortal } from './demo-client-portal';
import { loadDemoMessages } from './demo-messages';
import { loadDemoParticipants } from './demo-participants';
import { westhoekMunicipalities } from './westhoek-municipalities';

export const demoOrganiserSlug = 'westhoek';
export const demoPassword = 'Westhoek-demo-2026';
export const demoEmail = (role: string): string => `${role}@westhoek.demo`;

const demoNames: Record<(typeof roles)[number], string> = {
  participant: 'Jan Vermeulen',
  client: 'Marleen Desmet',
  coordinator: 'Fien Vandenberghe',
  counsellor: 'Ornella Declercq',
  coach: 'Wout Lefevere',
  finance: 'Hilde Maes',
  admin: 'Bram Callewaert',
  auditor: 'Sofie Dewulf',
};

const weekdays = [1, 2, 3, 4, 5];

/**
 * A realistic, fictional organiser for the Westhoek: its real municipalities and NIS codes, fictional people,
 * offices and contact data, and one account per role. Does nothing when the organiser already exists.
 */
export const loadDemoData = async (db: Database, now: Date = new Date()): Promise<{ created: boolean }> => {
  const [existing] = await db.select({ id: organisers.id }).from(organisers).where(eq(organisers.slug, demoOrganiserSlug));
  if (existing) return { created: false };
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    // The demo is for trying the product: staff log in without an authenticator app (README says how to require it).
    const [organiser] = await tx.insert(organisers).values({ slug: demoOrganiserSlug, name: 'Wijk-werken Westhoek', requireStaffTwoFactor: false }).returning();
    if (!organiser) throw new Error('Demo organiser was not created');
    const organiserId = organiser.id;
    await tx.insert(municipalities).values(westhoekMunicipalities.map((municipality) => ({ ...municipality, postcodes: [...municipality.postcodes], organiserId })));

    const [ieper, veurne] = await tx
      .insert(offices)
      .values([
        {
          organiserId,
          name: 'Wijk-werkkantoor Ieper',
          phone: '057 20 41 10',
          email: 'ieper@wijkwerken-westhoek.demo',
          street: 'Grote Markt 34',
          postcode: '8900',
          city: 'Ieper',
        },
        {
          organiserId,
          name: 'Wijk-werkkantoor Veurne',
          phone: '058 31 22 40',
          email: 'veurne@wijkwerken-westhoek.demo',
          street: 'Appelmarkt 5',
          postcode: '8630',
          city: 'Veurne',
        },
      ])
      .returning();
    if (!ieper || !veurne) throw new Error('Demo offices were not created');
    await tx
      .insert(officeOpeningHours)
      .values([
        ...weekdays.flatMap((weekday) => [
          { organiserId, officeId: ieper.id, weekday, opensAt: '08:00', closesAt: '12:00' },
          ...(weekday === 3 ? [] : [{ organiserId, officeId: ieper.id, weekday, opensAt: '13:00', closesAt: '16:30' }]),
        ]),
        ...[2, 4].map((weekday) => ({ organiserId, officeId: veurne.id, weekday, opensAt: '09:00', closesAt: '12:00' })),
      ]);
    await tx.insert(officeClosures).values([
      { organiserId, officeId: ieper.id, startsOn: '2026-12-25', endsOn: '2026-12-26', reason: 'Kerstmis' },
      { organiserId, officeId: ieper.id, startsOn: '2027-01-01', endsOn: '2027-01-01', reason: 'Nieuwjaar' },
      { organiserId, officeId: veurne.id, startsOn: '2026-12-21', endsOn: '2027-01-03', reason: 'Kerstvakantie' },
    ]);

    for (const role of roles) {
      const [account] = await tx
        .insert(accounts)
        .values({ email: demoEmail(role), displayName: demoNames[role], passwordHash })
        .returning({ id: accounts.id });
      if (!account) throw new Error('Demo account was not created');
      await tx.insert(memberships).values({ organiserId, accountId: account.id, role, agency: role === 'counsellor' ? 'vdab' : null });
    }
    await loadDemoParticipants(tx, organiserId, civilDateOfInstant(now), now);
    await loadDemoClients(tx, organiserId, organiser.name, civilDateOfInstant(now), now);
    await loadDemoMessages(tx, organiserId, now);
    // The municipalities' subsets first: the client portal's demo adds only what Poperinge has not chosen yet.
    await loadDemoJobRequests(tx, organiserId, civilDateOfInstant(now), now);
    await loadDemoClientPortal(tx, organiserId, now);
  });
  return { created: true };
};
