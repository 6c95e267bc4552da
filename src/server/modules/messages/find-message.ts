import type { Message } from '../../../contracts/messages';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findOrganiserMessage, presentMessage } from './message-repository';

/** One message, rendered from its template and data as it was or will be sent. */
export const findMessage = async (db: Executor, context: RequestContext, { messageId }: { messageId: string }): Promise<Message> =>
  presentMessage(await findOrganiserMessage(db, context.actor.organiserId, messageId));
