import { z } from 'zod';
import { civilDateOutputSchema, civilDateSchema, idSchema, textSchema, timeOfDaySchema, versionSchema } from './common';
import { roleSchema } from './roles';

export const incidentStatuses = ['open', 'reported', 'closed'] as const;

/** An accident or incident during wijk-werk and its VDAB report (R20). */
export const incidentSchema = z.object({
  id: idSchema,
  participant: z.object({ id: idSchema, name: z.string() }),
  assignmentId: idSchema.nullable(),
  occurredOn: civilDateOutputSchema,
  occurredAt: z.string().nullable(),
  location: z.string(),
  description: z.string(),
  injuries: z.boolean(),
  witnesses: z.string(),
  /** The last day to report it to the VDAB: 7 working days after it happened (R20). */
  reportDeadline: civilDateOutputSchema,
  /** Still open after the deadline. */
  overdue: z.boolean(),
  status: z.enum(incidentStatuses),
  filedByRole: roleSchema,
  reportedOn: civilDateOutputSchema.nullable(),
  vdabReference: z.string().nullable(),
  reportedBy: z.string().nullable(),
  version: versionSchema,
});

export const incidentListSchema = z.object({ incidents: z.array(incidentSchema) });

const incidentFields = {
  occurredOn: civilDateSchema,
  occurredAt: timeOfDaySchema.nullable().optional(),
  location: textSchema.trim().min(1).max(300),
  description: textSchema.trim().min(1).max(5000),
  injuries: z.boolean(),
  witnesses: textSchema.trim().max(1000),
};

/** Staff report one for a participant, optionally on one of their assignments. */
export const reportIncidentRequestSchema = z.object({ ...incidentFields, participantId: idSchema, assignmentId: idSchema.nullable().optional() }).strict();
/** The wijk-werker reports one of their own, optionally on one of their assignments. */
export const reportOwnIncidentRequestSchema = z.object({ ...incidentFields, assignmentId: idSchema.nullable().optional() }).strict();
/** A client contact reports one on an assignment at their client. */
export const reportClientIncidentRequestSchema = z.object({ ...incidentFields, assignmentId: idSchema }).strict();

export const markIncidentReportedRequestSchema = z
  .object({ version: versionSchema, reportedOn: civilDateSchema, vdabReference: textSchema.trim().min(1).max(100) })
  .strict();
export const closeIncidentRequestSchema = z.object({ version: versionSchema }).strict();

export const incidentListQuerySchema = z.object({ status: z.enum(incidentStatuses).optional() }).strict();

export type Incident = z.infer<typeof incidentSchema>;
export type IncidentList = z.infer<typeof incidentListSchema>;
export type ReportIncidentRequest = z.infer<typeof reportIncidentRequestSchema>;
export type MarkIncidentReportedRequest = z.infer<typeof markIncidentReportedRequestSchema>;
export type CloseIncidentRequest = z.infer<typeof closeIncidentRequestSchema>;
export type IncidentListQuery = z.infer<typeof incidentListQuerySchema>;
