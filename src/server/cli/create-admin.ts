import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { emailSchema } from '../../contracts/common';
import { hashPassword } from '../platform/auth/password-hashing';
import { findPasswordProblem } from '../platform/auth/password-policy';
import { accounts, memberships } from '../platform/auth/schema';
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/open-database';
import { organisers } from '../platform/tenancy/schema';

const usage = `Creates an organiser (when its slug is new) and its first administrator.

  npm run admin:create -- --email admin@example.org --name "An Peeters" --organiser-slug westhoek --organiser-name "Wijk-werken Westhoek"

The password comes from the environment variable ADMIN_PASSWORD; without it a strong one is generated and printed once.`;

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    'organiser-slug': { type: 'string' },
    'organiser-name': { type: 'string' },
  },
});

const email = emailSchema.safeParse(values.email?.trim().toLowerCase());
const slug = values['organiser-slug'];
if (!email.success || !values.name || !slug || !/^[a-z0-9-]{2,60}$/.test(slug)) {
  console.error(usage);
  process.exit(2);
}

const password = process.env.ADMIN_PASSWORD ?? randomBytes(18).toString('base64url');
const problem = findPasswordProblem(password);
if (problem) {
  console.error(`ADMIN_PASSWORD is not acceptable: ${problem}`);
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase(config);
try {
  await database.db.transaction(async (tx) => {
    const [existingAccount] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email.data));
    if (existingAccount) throw new Error(`An account with e-mail ${email.data} already exists.`);
    let [organiser] = await tx.select().from(organisers).where(eq(organisers.slug, slug));
    if (!organiser) {
      [organiser] = await tx.insert(organisers).values({ slug, name: values['organiser-name'] ?? slug }).returning();
    }
    if (!organiser) throw new Error('The organiser could not be created.');
    const [account] = await tx
      .insert(accounts)
      .values({ email: email.data, displayName: values.name ?? email.data, passwordHash: await hashPassword(password) })
      .returning({ id: accounts.id });
    if (!account) throw new Error('The account could not be created.');
    await tx.insert(memberships).values({ organiserId: organiser.id, accountId: account.id, role: 'admin' });
    console.info(`Administrator ${email.data} created for organiser "${organiser.name}" (${organiser.slug}).`);
    if (!process.env.ADMIN_PASSWORD) console.info(`Password (shown once, change it after logging in): ${password}`);
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
