import { randomUUID } from 'node:crypto';
import type { Agency } from '../../contracts/referrals';
import type { Role } from '../../contracts/roles';
import { hashPassword } from '../platform/auth/password-hashing';
import { accounts, memberships } from '../platform/auth/schema';
import type { Database } from '../platform/db/database';
import { organisers } from '../platform/tenancy/schema';
import { municipalities } from '../modules/municipalities/schema';
import { officeOpeningHours, offices } from '../modules/offices/schema';

export const testPassword = 'correct horse battery staple';

let passwordHash: Promise<string> | undefined;

/** Test organisers do not require a second factor unless asked, so most tests log in with a password alone. */
export const buildOrganiser = async (db: Database, name = 'Wijk-werken Test', { requireStaffTwoFactor = false } = {}) => {
  const [organiser] = await db
    .insert(organisers)
    .values({ slug: `org-${randomUUID().slice(0, 8)}`, name, requireStaffTwoFactor })
    .returning();
  if (!organiser) throw new Error('no organiser');
  return organiser;
};

/** An account with one membership; all share one password hash so factories stay fast. */
export const buildAccount = async (db: Database, organiserId: string, role: Role, agency: Agency | null = role === 'counsellor' ? 'vdab' : null) => {
  passwordHash ??= hashPassword(testPassword);
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const [account] = await db
    .insert(accounts)
    .values({ email, displayName: `Test ${role}`, passwordHash: await passwordHash })
    .returning();
  if (!account) throw new Error('no account');
  await db.insert(memberships).values({ organiserId, accountId: account.id, role, agency });
  return account;
};

export const buildOffice = async (db: Database, organiserId: string) => {
  const [office] = await db
    .insert(offices)
    .values({ organiserId, name: 'Kantoor Ieper', phone: '057 00 00 00', email: 'ieper@example.test', street: 'Markt 1', postcode: '8900', city: 'Ieper' })
    .returning();
  if (!office) throw new Error('no office');
  await db.insert(officeOpeningHours).values([1, 2, 3, 4, 5].map((weekday) => ({ organiserId, officeId: office.id, weekday, opensAt: '08:00', closesAt: '12:00' })));
  return office;
};

/** Municipalities of the organiser's area, in the order given. */
export const buildMunicipalities = (db: Database, organiserId: string, rows: readonly { nisCode: string; nameNl: string; postcodes: string[] }[]) =>
  db
    .insert(municipalities)
    .values(rows.map((row) => ({ ...row, organiserId })))
    .returning();
