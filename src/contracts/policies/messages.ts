import type { PolicyTable } from './policy-table';

/** The outbox ("Berichten") is the office's: coordinators and the admin see every message, resend and print letters. */
export const messagesPolicy = {
  'messages.read': ['admin', 'coordinator'],
  'messages.resend': ['admin', 'coordinator'],
  'messages.print': ['admin', 'coordinator'],
} as const satisfies PolicyTable;
