import type { PolicyTable } from './policy-table';

/** Who works with job requests (klusjes): the coordinator records and moves them; admin and auditor read. */
export const jobRequestsPolicy = {
  'jobRequests.read': ['coordinator', 'admin', 'auditor'],
  'jobRequests.create': ['coordinator'],
  'jobRequests.update': ['coordinator'],
} as const satisfies PolicyTable;
