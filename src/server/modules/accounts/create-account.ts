import { and, eq } from 'drizzle-orm';
import type { Account, CreateAccountRequest } from '../../../contracts/accounts';
import { recordAudit } from '../../platform/audit/record-audit';
import { hashPassword } from '../../platform/auth/password-hashing';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findAccount } from './account-repository';
import { assertAcceptablePassword } from './assert-acceptable-password';

/**
 * Adds a member to the organiser. An e-mail address that already logs in elsewhere gets a membership here on that
 * login, and the answer is the one a new account gets: this organiser does not learn that the person works for
 * another, and the login's password, name and authenticator stay as they are (decision 021). Only someone who is
 * already a member here is a conflict.
 */
export const createAccount = async (tx: Transaction, context: RequestContext, input: CreateAccountRequest): Promise<Account> => {
  assertAcceptablePassword(input.password);
  const email = input.email.trim().toLowerCase();
  const organiserId = context.actor.organiserId;
  // Hashed whether or not the address is known, so the time the answer takes does not tell either.
  const passwordHash = await hashPassword(input.password);
  const [existing] = await tx
    .select({ id: accounts.id, membershipHere: memberships.id })
    .from(accounts)
    .leftJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.organiserId, organiserId)))
    .where(eq(accounts.email, email));
  if (existing?.membershipHere) throw new AppError('conflict', 'ALREADY_EXISTS', 'A member with this e-mail address already exists');
  const accountId = existing?.id ?? (await insertAccount(tx, { email, displayName: input.displayName, passwordHash, createdAt: context.now }));
  await tx.insert(memberships).values({ organiserId, accountId, role: input.role, createdAt: context.now });
  await recordAudit(tx, context, {
    action: 'account.create',
    entityType: 'account',
    entityId: accountId,
    changedFields: { email, displayName: input.displayName, role: input.role },
  });
  return findAccount(tx, context, { accountId });
};

const insertAccount = async (tx: Transaction, values: typeof accounts.$inferInsert): Promise<string> => {
  const [account] = await tx.insert(accounts).values(values).returning({ id: accounts.id });
  if (!account) throw new Error('Insert returned no row');
  return account.id;
};
