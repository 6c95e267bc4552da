import type { PolicyTable } from './policy-table';

/** The organiser's cheque price (R9): the admin records the decisions; staff read the price of a date. */
export const chequePricesPolicy = {
  'chequePrices.read': ['admin', 'coordinator', 'finance', 'auditor'],
  'chequePrices.write': ['admin'],
} as const satisfies PolicyTable;
