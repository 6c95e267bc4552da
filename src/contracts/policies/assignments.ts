import type { PolicyTable } from './policy-table';

/**
 * Who may do what with proposals, planned work and calendars. The participant answers their own proposals and sees
 * their own planning; client contacts get their planned visits and feed once their accounts exist (clientside).
 */
export const assignmentsPolicy = {
  'assignments.read': ['coordinator', 'admin', 'auditor'],
  'assignments.propose': ['coordinator'],
  'assignments.manage': ['coordinator'],
  'planning.read': ['coordinator', 'admin', 'auditor'],
  'proposals.answer': ['participant'],
  'myPlanning.read': ['participant'],
  'calendarFeeds.manage': ['participant'],
} as const satisfies PolicyTable;
