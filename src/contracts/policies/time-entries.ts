import type { PolicyTable } from './policy-table';

/**
 * Who may register hours: the wijk-werker for their own assignments (portal), a coordinator on their behalf for
 * people without a phone ("ingevoerd door …"); staff who see the participant read their entries and counters. The
 * client contact confirms or contests; the coordinator resolves and corrects.
 */
export const timeEntriesPolicy = {
  'myTimeEntries.register': ['participant'],
  'myTimeEntries.read': ['participant'],
  'timeEntries.registerOnBehalf': ['coordinator'],
  'timeEntries.read': ['coordinator', 'admin', 'auditor'],
  'clientPortal.timeEntries.read': ['client'],
  'clientPortal.timeEntries.answer': ['client'],
  'timeEntries.contested.read': ['coordinator', 'admin', 'auditor'],
  'timeEntries.resolve': ['coordinator'],
} as const satisfies PolicyTable;
