import type { PolicyTable } from './policy-table';

/** Who may see a job request's candidates and correct a distance: the coordinator, who proposes (issue 10). */
export const matchingPolicy = {
  'matching.read': ['coordinator'],
  'matching.distances.write': ['coordinator'],
} as const satisfies PolicyTable;
