import type { PolicyTable } from './policy-table';

/**
 * Incidents (R20): coordinators and coaches report one for a participant, the wijk-werker their own, a client contact
 * one at their client; the coordinator follows them up to the VDAB report.
 */
export const incidentsPolicy = {
  'incidents.report': ['coordinator', 'coach'],
  'myIncidents.report': ['participant'],
  'clientIncidents.report': ['client'],
  'incidents.read': ['coordinator'],
  'incidents.manage': ['coordinator'],
} as const satisfies PolicyTable;
