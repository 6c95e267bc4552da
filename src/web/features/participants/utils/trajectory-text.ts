import type { TFunction } from 'i18next';
import type { TrajectorySummary } from '../../../../contracts/trajectories';
import { formatCivilDate } from '../../../lib/format';

/** "maand 4 van 12", for an ex-PWA worker without an end date "maand 4", for a finished one "Afgelopen". */
export const monthText = (t: TFunction, trajectory: TrajectorySummary): string => {
  if (trajectory.status === 'ended') return t('participants.trajectory.statuses.ended');
  if (trajectory.monthNumber === null) return t('participants.trajectory.notRunning');
  return trajectory.ofMonths === null
    ? t('participants.trajectory.monthOpenEnded', { month: trajectory.monthNumber })
    : t('participants.trajectory.monthOf', { month: trajectory.monthNumber, of: trajectory.ofMonths });
};

/**
 * What is left: months until the current end (the end without extension, R5), "less than a month" rather than
 * "0 months", no end under the PWA right (R6), or the day a finished trajectory ended.
 */
export const monthsLeftText = (t: TFunction, trajectory: TrajectorySummary, locale: string): string => {
  if (trajectory.status === 'ended') return t('participants.trajectory.endedOnDate', { date: formatCivilDate(trajectory.endDate, locale) });
  if (trajectory.monthNumber !== null && trajectory.ofMonths === null) return t('participants.trajectory.noEnd');
  if (trajectory.monthsLeft === null) return t('participants.trajectory.notRunning');
  if (trajectory.monthsLeft === 0) return t('participants.trajectory.lessThanAMonth', { date: formatCivilDate(trajectory.endDate, locale) });
  return t('participants.trajectory.monthsLeft', { count: trajectory.monthsLeft });
};
