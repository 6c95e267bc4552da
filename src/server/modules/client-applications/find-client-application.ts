import type { ClientApplicationDetail } from '../../../contracts/client-applications';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { applicationDetail, findApplication } from './client-application-row';

export const findClientApplication = async (db: Executor, context: RequestContext, { applicationId }: { applicationId: string }): Promise<ClientApplicationDetail> =>
  applicationDetail(db, await findApplication(db, context.actor, applicationId));
