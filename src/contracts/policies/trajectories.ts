import type { PolicyTable } from './policy-table';

/** The organiser starts and ends trajectories; the counsellor (or the coordinator for them) records evaluations. */
export const trajectoriesPolicy = {
  'trajectories.start': ['coordinator'],
  'trajectories.evaluate': ['coordinator', 'counsellor'],
  'trajectories.end': ['coordinator'],
  'interimDays.read': ['coordinator', 'counsellor'],
  'interimDays.record': ['coordinator', 'counsellor'],
  'myInterimDays.record': ['participant'],
} as const satisfies PolicyTable;
