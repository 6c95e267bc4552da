import type { PolicyTable } from './policy-table';

/** What a client contact's login does in the client portal; staff work with the same data through their own rows. */
export const clientPortalPolicy = {
  'clientPortal.jobRequests.read': ['client'],
  'clientPortal.jobRequests.create': ['client'],
  'clientPortal.visits.read': ['client'],
  'clientPortal.chequePrice.read': ['client'],
} as const satisfies PolicyTable;
