import type { PolicyTable } from './policy-table';

/** Offices are read by all staff and counsellors; only the organiser's admin changes them. */
export const officesPolicy = {
  'offices.read': ['admin', 'coordinator', 'finance', 'auditor', 'counsellor', 'coach'],
  'offices.create': ['admin'],
  'offices.update': ['admin'],
} as const satisfies PolicyTable;
