import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../platform/auth/password-hashing';
import { findPasswordProblem } from '../platform/auth/password-policy';
import { accounts, memberships } from '../platform/auth/schema';
import { loadConfig } from '../platform/config';
import { organisers } from '../platform/tenancy/schema';
import { createAdminUsage, parseCreateAdminArgs } from './create-admin-args';
import { openCliDatabase } from './open-cli-database';

const parsed = parseCreateAdminArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`admin:create: ${parsed.problem}.`);
  console.error(createAdminUsage);
  process.exit(2);
}
const { email, name, organiserSlug, organiserName } = parsed.args;

const password = process.env.ADMIN_PASSWORD ?? randomBytes(18).toString('base64url');
const problem = findPasswordProblem(password);
if (problem) {
  console.error(`ADMIN_PASSWORD is not acceptable: ${problem}`);
  process.exit(2);
}

const database = await openCliDatabase(loadConfig(), 'let an administrator add the account on the Accounts page (Beheer → Accounts)');
try {
  await database.db.transaction(async (tx) => {
    const [existingAccount] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
    if (existingAccount) throw new Error(`An account with e-mail ${email} already exists.`);
    let [organiser] = await tx.select().from(organisers).where(eq(organisers.slug, organiserSlug));
    if (!organiser) {
      [organiser] = await tx.insert(organisers).values({ slug: organiserSlug, name: organiserName }).returning();
    }
    if (!organiser) throw new Error('The organiser could not be created.');
    const [account] = await tx
      .insert(accounts)
      .values({ email, displayName: name, passwordHash: await hashPassword(password) })
      .returning({ id: accounts.id });
    if (!account) throw new Error('The account could not be created.');
    await tx.insert(memberships).values({ organiserId: organiser.id, accountId: account.id, role: 'admin' });
    console.info(`Administrator ${email} created for organiser "${organiser.name}" (${organiser.slug}).`);
    if (!process.env.ADMIN_PASSWORD) console.info(`Password (shown once, change it after logging in): ${password}`);
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
