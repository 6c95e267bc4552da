import type { PolicyTable } from './policy-table';

/** Who may do what with clients (gebruikers). A client contact's login (role client) sees its own client in the portal. */
export const clientsPolicy = {
  'clients.read': ['coordinator', 'admin', 'auditor'],
  'clients.create': ['coordinator'],
  'clients.agreements.write': ['coordinator'],
  'clients.fees.write': ['coordinator'],
  'clients.portal.read': ['client'],
} as const satisfies PolicyTable;
