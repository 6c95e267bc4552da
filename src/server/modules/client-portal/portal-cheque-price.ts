import type { PortalChequePrice } from '../../../contracts/client-portal';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { chequePriceOn } from '../cheque-prices/cheque-price-decisions';
import { ownClient } from './own-clients';

/** The cheque price that applies today (R9); only a private person may deduct 30 % of it from income tax. */
export const portalChequePrice = async (db: Executor, context: RequestContext): Promise<PortalChequePrice> => {
  const client = await ownClient(db, context);
  const price = await chequePriceOn(db, context, { date: civilDateOfInstant(context.now) });
  return { ...price, privatePerson: client.category === 'private_person' };
};
