import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { queueMessage } from '../messages/queue-message';

/** The participant hears how contested hours were settled, with the coordinator's reason. */
export const tellParticipantOfOutcome = async (
  tx: Transaction,
  context: RequestContext,
  input: { participantId: string; workDate: string; resolution: 'kept' | 'changed' | 'rejected'; reason: string },
): Promise<void> => {
  await queueMessage(tx, context, {
    recipient: { kind: 'participant', participantId: input.participantId },
    template: 'time-entry-resolved',
    data: { workDate: input.workDate, resolution: input.resolution, reason: input.reason },
  });
};
