import type { PolicyTable } from './policy-table';

/** The clients' cheque ledgers: staff read them and record purchases; a client contact reads its own in the portal. */
export const chequesPolicy = {
  'cheques.read': ['coordinator', 'admin', 'finance', 'auditor'],
  'cheques.purchases.write': ['coordinator', 'finance'],
  'cheques.portal.read': ['client'],
} as const satisfies PolicyTable;
