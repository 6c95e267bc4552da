import type { PolicyTable } from './policy-table';

export const municipalitiesPolicy = {
  'municipalities.read': ['admin', 'coordinator', 'finance', 'auditor', 'counsellor', 'coach'],
} as const satisfies PolicyTable;
