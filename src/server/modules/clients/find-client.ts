import type { ClientDetail } from '../../../contracts/clients';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findClient } from './client-access';
import { loadClientDetail } from './load-client-detail';

export const findClientDetail = async (tx: Transaction, context: RequestContext, { clientId }: { clientId: string }): Promise<ClientDetail> =>
  loadClientDetail(tx, context, await findClient(tx, context.actor, clientId));
