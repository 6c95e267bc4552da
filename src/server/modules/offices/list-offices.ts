import type { Office } from '../../../contracts/offices';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findOffices } from './office-repository';

/** The organiser's offices with their hours and closures, for the staff screens. */
export const listOffices = async (db: Executor, context: RequestContext): Promise<{ items: Office[] }> => ({
  items: await findOffices(db, { organiserId: context.actor.organiserId }),
});
