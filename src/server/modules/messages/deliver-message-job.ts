import { z } from 'zod';
import { defineJob } from '../../platform/jobs/define-job';
import { deliverMessage, giveUpDelivery } from './deliver-message';
import type { Transports } from './transports/transport';

export const deliverMessageKind = 'deliver-message';

/**
 * Eight tries: with the runner's backoff (30 s doubling, decision 033) the last comes about an hour after the first,
 * so a mail server down for a restart or an afternoon's maintenance window loses nothing; then staff see it failed.
 */
const maxAttempts = 8;

/** The job that sends one queued e-mail or SMS through the transports the environment set up (decision 038). */
export const deliverMessageJob = (transports: Transports) =>
  defineJob({
    kind: deliverMessageKind,
    payload: z.object({ messageId: z.uuid() }),
    maxAttempts,
    run: (db, { messageId }, { attempt, now }) => deliverMessage(db, transports, { messageId, attempt, now }),
    onGiveUp: (db, { messageId }, { attempt, error }) => giveUpDelivery(db, { messageId, attempt, error }),
  });
