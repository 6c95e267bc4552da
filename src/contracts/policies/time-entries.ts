import type { PolicyTable } from './policy-table';

/**
 * Who may register hours: the wijk-werker for their own assignments (portal), a coordinator on their behalf for
 * people without a phone ("ingevoerd door …"). Staff who see the participant read their entries and counters.
 */
export const timeEntriesPolicy = {
  'myTimeEntries.register': ['participant'],
  'myTimeEntries.read': ['participant'],
  'timeEntries.registerOnBehalf': ['coordinator'],
  'timeEntries.read': ['coordinator', 'admin', 'auditor'],
} as const satisfies PolicyTable;
