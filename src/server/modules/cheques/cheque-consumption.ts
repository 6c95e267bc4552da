// PLACEHOLDER: replaced by the cheques module at merge
import type { JobAuditContext } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';

type ChangeContext = RequestContext | JobAuditContext;

/** Consumes one cheque per started hour of a confirmed entry from the client's ledger. */
export const consumeChequesForEntry = async (
  _tx: Transaction,
  _context: ChangeContext,
  _input: { organiserId: string; clientId: string; timeEntryId: string; workDate: string; countedHours: number },
): Promise<void> => {};

/** Gives back the cheques a confirmed entry consumed, when it is corrected or rejected. */
export const releaseChequesOfEntry = async (
  _tx: Transaction,
  _context: ChangeContext,
  _input: { organiserId: string; timeEntryId: string; reason: string },
): Promise<void> => {};
