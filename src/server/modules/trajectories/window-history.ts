import type { Executor } from '../../platform/db/database';
import type { HistoryFields } from './describe-trajectory';
import { workedDatesOf } from '../participants/worked-hours';
import { interimWorkDatesOf } from './interim-days';

type Owner = { readonly organiserId: string; readonly participantId: string; readonly pwaTransitional: boolean };

/**
 * What a trajectory's window needs of the participant's history: the interim days (R18) and, only for a PWA
 * transitional right, the dates worked here (R6).
 */
export const loadWindowHistory = async (db: Executor, { organiserId, participantId, pwaTransitional }: Owner): Promise<HistoryFields> => ({
  interimWorkDates: await interimWorkDatesOf(db, organiserId, participantId),
  workedDates: pwaTransitional ? await workedDatesOf(db, { organiserId, participantId }) : [],
});
