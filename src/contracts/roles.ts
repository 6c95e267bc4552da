import { z } from 'zod';

export const roles = ['participant', 'client', 'coordinator', 'counsellor', 'coach', 'finance', 'admin', 'auditor'] as const;

export type Role = (typeof roles)[number];

export const roleSchema = z.enum(roles);

/** Everyone who sees other people's data logs in with a second factor where the organiser requires it. */
export const twoFactorRoles = ['coordinator', 'finance', 'admin', 'auditor', 'counsellor', 'coach'] as const satisfies readonly Role[];
