import type { PolicyTable } from '../../platform/auth/policy';

export const organiserPolicy = {
  'organiser.read': ['admin', 'coordinator', 'finance', 'auditor'],
  'organiser.update': ['admin'],
} as const satisfies PolicyTable;
