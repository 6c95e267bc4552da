import type { Role } from '../roles';
import type { PolicyTable } from './policy-table';

/**
 * Who may do what with wijk-werkers. Which participants a role sees is decided row by row in
 * the server's `modules/participants/participant-access.ts` (counsellors: referred or consented; coaches: their own;
 * a wijk-werker: the record linked to their login).
 */
export const participantsPolicy = {
  'participants.read': ['coordinator', 'admin', 'auditor', 'counsellor', 'coach', 'participant'],
  'participants.update': ['coordinator'],
  'participants.eligibility': ['coordinator', 'counsellor'],
  'participants.consents.write': ['coordinator'],
  'participants.documents.write': ['coordinator'],
  'participants.documents.read': ['coordinator'],
  'participants.notes.write': ['coordinator', 'counsellor', 'coach'],
  'participants.agreements.write': ['coordinator'],
  'participants.agreements.read': ['coordinator', 'counsellor'],
  'participants.coach.assign': ['coordinator'],
  'participants.history': ['coordinator', 'admin', 'auditor'],
} as const satisfies PolicyTable;

/** Field-level access: sensitive data only for the roles whose work needs it (the rest never leaves the server). */
export const sensitiveFieldRoles = {
  insz: ['coordinator', 'counsellor'],
  iban: ['coordinator'],
  benefitStatus: ['coordinator', 'counsellor'],
  documents: ['coordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type SensitiveField = keyof typeof sensitiveFieldRoles;

export const visibleSensitiveFields = (role: Role): SensitiveField[] =>
  (Object.keys(sensitiveFieldRoles) as SensitiveField[]).filter((field) => (sensitiveFieldRoles[field] as readonly Role[]).includes(role));

/** Roles that see every participant of the organiser, as opposed to their own caseload. */
export const organiserWideRoles: readonly Role[] = ['coordinator', 'admin', 'auditor'];
