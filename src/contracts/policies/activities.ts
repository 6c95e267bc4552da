import type { PolicyTable } from './policy-table';

/** Who administers the activity catalogue: the municipalities' subsets, clients' PWA history, exceptional activities. */
export const activitiesPolicy = {
  'activities.read': ['coordinator', 'admin', 'auditor'],
  'activities.write': ['coordinator', 'admin'],
} as const satisfies PolicyTable;
