import { and, asc, desc, eq, isNotNull, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { clientMayBePlanned } from '../../../domain/clients/client-planning-gate';
import { parseCivilDate } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import { clientAgreements, clientFeePayments } from './schema';

const correction = alias(clientFeePayments, 'correction');

/** The fee payment records in force (the ones no correction replaced) of one client. */
export const paymentsInForce = (tx: Executor, organiserId: string, clientId: string) =>
  tx
    .select({ id: clientFeePayments.id, year: clientFeePayments.year, paidOn: clientFeePayments.paidOn })
    .from(clientFeePayments)
    .where(
      and(
        eq(clientFeePayments.organiserId, organiserId),
        eq(clientFeePayments.clientId, clientId),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(correction)
            .where(eq(correction.correctsPaymentId, clientFeePayments.id)),
        ),
      ),
    )
    .orderBy(asc(clientFeePayments.year));

/** The client's agreements, the newest first. */
export const agreementsOf = (tx: Executor, organiserId: string, clientId: string) =>
  tx
    .select()
    .from(clientAgreements)
    .where(and(eq(clientAgreements.organiserId, organiserId), eq(clientAgreements.clientId, clientId)))
    .orderBy(desc(clientAgreements.createdAt), desc(clientAgreements.id));

/**
 * R17 for one client and calendar year, from what is recorded: the earliest signed agreement and the years whose
 * fee record in force says paid. The face job requests and planning ask before a client's work is planned.
 */
export const clientPlanningGate = async (tx: Executor, organiserId: string, clientId: string, year: number) => {
  const [signed] = await tx
    .select({ signedOn: clientAgreements.signedOn })
    .from(clientAgreements)
    .where(and(eq(clientAgreements.organiserId, organiserId), eq(clientAgreements.clientId, clientId), isNotNull(clientAgreements.signedOn)))
    .orderBy(asc(clientAgreements.signedOn))
    .limit(1);
  const payments = await paymentsInForce(tx, organiserId, clientId);
  return clientMayBePlanned(
    {
      agreementSignedOn: signed?.signedOn ? parseCivilDate(signed.signedOn) : null,
      registrationFeePaidForYears: payments.filter((payment) => payment.paidOn !== null).map((payment) => payment.year),
    },
    year,
  );
};
