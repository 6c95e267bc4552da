import type { PolicyTable } from '../../platform/auth/policy';

export const coachingPolicy = {
  'coachMunicipalities.read': ['admin', 'coordinator'],
  'coachMunicipalities.update': ['admin'],
  'coaches.read': ['admin', 'coordinator'],
} as const satisfies PolicyTable;
