import type { PolicyTable } from './policy-table';

/** Who may do what with clients (gebruikers). Client contacts get their own portal rows later, with accounts. */
export const clientsPolicy = {
  'clients.read': ['coordinator', 'admin', 'auditor'],
  'clients.create': ['coordinator'],
  'clients.agreements.write': ['coordinator'],
  'clients.fees.write': ['coordinator'],
} as const satisfies PolicyTable;
