import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { OneTimeLinkPurpose } from '../../../contracts/one-time-links';
import type { Transaction } from '../db/database';
import { AppError } from '../http/app-error';
import type { AnonymousContext, RequestContext } from '../http/request-context';
import { oneTimeLinks } from './schema';

/** A link as its consumer needs it: whom it is for, where, and until when. The token itself is never stored. */
export type OneTimeLink = {
  id: string;
  organiserId: string;
  purpose: OneTimeLinkPurpose;
  accountId: string | null;
  email: string | null;
  expiresAt: Date;
};

type IssueInput = {
  purpose: OneTimeLinkPurpose;
  organiserId: string;
  recipient: { accountId: string } | { email: string };
  validForMinutes: number;
};

type TokenInput = { purpose: OneTimeLinkPurpose; token: string; now: Date };

// Expired rows are kept a month, so a late click still hears "expired" rather than "unknown"; then they go.
const keepExpiredMs = 30 * 86_400_000;

const linkColumns = {
  id: oneTimeLinks.id,
  organiserId: oneTimeLinks.organiserId,
  purpose: oneTimeLinks.purpose,
  accountId: oneTimeLinks.accountId,
  email: oneTimeLinks.email,
  expiresAt: oneTimeLinks.expiresAt,
};

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const invalid = () => new AppError('notFound', 'LINK_INVALID', 'This link is not valid');

/**
 * Issues a link and returns its id and token, the only time the token exists in clear. Unused links of the same purpose for the
 * same recipient are deleted first, so only the newest e-mail works. 256 random bits (decision 040).
 */
export const issueOneTimeLink = async (
  tx: Transaction,
  context: AnonymousContext | RequestContext,
  { purpose, organiserId, recipient, validForMinutes }: IssueInput,
): Promise<{ id: string; token: string; expiresAt: Date }> => {
  const recipientIs = 'accountId' in recipient ? eq(oneTimeLinks.accountId, recipient.accountId) : eq(oneTimeLinks.email, recipient.email);
  await tx.delete(oneTimeLinks).where(and(eq(oneTimeLinks.organiserId, organiserId), eq(oneTimeLinks.purpose, purpose), recipientIs, isNull(oneTimeLinks.usedAt)));
  await tx.delete(oneTimeLinks).where(lt(oneTimeLinks.expiresAt, new Date(context.now.getTime() - keepExpiredMs)));
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(context.now.getTime() + validForMinutes * 60_000);
  const [row] = await tx
    .insert(oneTimeLinks)
    .values({
      organiserId,
      purpose,
      ...('accountId' in recipient ? { accountId: recipient.accountId } : { email: recipient.email }),
      tokenHash: hashToken(token),
      expiresAt,
      createdBy: 'actor' in context ? context.actor.accountId : null,
      createdAt: context.now,
    })
    .returning({ id: oneTimeLinks.id });
  if (!row) throw new Error('Insert returned no row');
  // The id lets a module keep what the link is about (which agreement it signs) in a table of its own.
  return { id: row.id, token, expiresAt };
};

/** Why a token that is not usable now is not: unknown or another purpose, used, or expired. */
const refusalOf = async (tx: Transaction, { purpose, token, now }: TokenInput): Promise<AppError> => {
  const [row] = await tx
    .select({ usedAt: oneTimeLinks.usedAt, expiresAt: oneTimeLinks.expiresAt })
    .from(oneTimeLinks)
    .where(and(eq(oneTimeLinks.tokenHash, hashToken(token)), eq(oneTimeLinks.purpose, purpose)));
  if (!row) return invalid();
  if (row.usedAt) return new AppError('conflict', 'LINK_USED', 'This link was already used');
  if (row.expiresAt <= now) return new AppError('conflict', 'LINK_EXPIRED', 'This link has expired');
  return invalid();
};

/** The link behind a token if it can still be used, without using it (to show the page before the form is sent). */
export const findOneTimeLink = async (tx: Transaction, input: TokenInput): Promise<OneTimeLink | AppError> => {
  const [row] = await tx
    .select(linkColumns)
    .from(oneTimeLinks)
    .where(
      and(
        eq(oneTimeLinks.tokenHash, hashToken(input.token)),
        eq(oneTimeLinks.purpose, input.purpose),
        isNull(oneTimeLinks.usedAt),
        gt(oneTimeLinks.expiresAt, input.now),
      ),
    );
  return row ?? refusalOf(tx, input);
};

/**
 * Uses a link once. The guarded UPDATE is the single-use check: of two concurrent uses, PostgreSQL lets the second
 * wait for the first and then finds `used_at` set, so exactly one gets the link. A caller that fails later throws,
 * and the rollback leaves the link unused.
 */
export const consumeOneTimeLink = async (tx: Transaction, input: TokenInput): Promise<OneTimeLink | AppError> => {
  const [row] = await tx
    .update(oneTimeLinks)
    .set({ usedAt: input.now })
    .where(
      and(
        eq(oneTimeLinks.tokenHash, hashToken(input.token)),
        eq(oneTimeLinks.purpose, input.purpose),
        isNull(oneTimeLinks.usedAt),
        gt(oneTimeLinks.expiresAt, input.now),
      ),
    )
    .returning(linkColumns);
  return row ?? refusalOf(tx, input);
};
