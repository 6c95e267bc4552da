import type { PolicyTable } from './policy-table';

export const organiserPolicy = {
  'organiser.read': ['admin', 'coordinator', 'finance', 'auditor'],
  'organiser.update': ['admin'],
} as const satisfies PolicyTable;
