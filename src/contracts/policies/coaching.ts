import type { PolicyTable } from './policy-table';

export const coachingPolicy = {
  'coachMunicipalities.read': ['admin', 'coordinator'],
  'coachMunicipalities.update': ['admin'],
  'coaches.read': ['admin', 'coordinator'],
} as const satisfies PolicyTable;
