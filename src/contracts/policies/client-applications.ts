import type { PolicyTable } from './policy-table';

/** Applications from the public "Word gebruiker" form: coordinators decide them; admin and auditor may look. */
export const clientApplicationsPolicy = {
  'clientApplications.read': ['coordinator', 'admin', 'auditor'],
  'clientApplications.decide': ['coordinator'],
} as const satisfies PolicyTable;
