import type { PolicyTable } from './policy-table';

/** Who answers and settles time entries: the client contact confirms or contests; the coordinator resolves and corrects. */
export const timeEntriesPolicy = {
  'clientPortal.timeEntries.read': ['client'],
  'clientPortal.timeEntries.answer': ['client'],
  'timeEntries.contested.read': ['coordinator', 'admin', 'auditor'],
  'timeEntries.resolve': ['coordinator'],
} as const satisfies PolicyTable;
