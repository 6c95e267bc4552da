import type { PolicyTable } from '../../platform/auth/policy';

export const municipalitiesPolicy = {
  'municipalities.read': ['admin', 'coordinator', 'finance', 'auditor', 'counsellor', 'coach'],
} as const satisfies PolicyTable;
