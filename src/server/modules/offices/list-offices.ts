import type { Office } from '../../../contracts/offices';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findOffices } from './office-repository';

/** The organiser's offices with their hours and closures, for the staff screens. */
export const listOffices = async (tx: Transaction, context: RequestContext): Promise<{ items: Office[] }> => ({
  items: await findOffices(tx, { organiserId: context.actor.organiserId }),
});
