import type { Office } from '../../../contracts/offices';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findOffices } from './office-repository';

/** One office of the caller's organiser; another organiser's id is simply not found. */
export const findOffice = async (db: Executor, context: RequestContext, { officeId }: { officeId: string }): Promise<Office> => {
  const [office] = await findOffices(db, { organiserId: context.actor.organiserId, officeId });
  if (!office) throw notFound('Office');
  return office;
};
