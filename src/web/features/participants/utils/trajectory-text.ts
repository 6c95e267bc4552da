import type { TFunction } from 'i18next';
import type { TrajectorySummary } from '../../../../contracts/participants';

/** "maand 4 van 12", or for an ex-PWA worker without an end date just "maand 4". */
export const monthText = (t: TFunction, trajectory: TrajectorySummary): string => {
  if (trajectory.monthNumber === null) return t('participants.trajectory.notRunning');
  return trajectory.ofMonths === null
    ? t('participants.trajectory.monthOpenEnded', { month: trajectory.monthNumber })
    : t('participants.trajectory.monthOf', { month: trajectory.monthNumber, of: trajectory.ofMonths });
};

export const monthsLeftText = (t: TFunction, trajectory: TrajectorySummary): string =>
  trajectory.monthsLeft === null ? t('participants.trajectory.noEnd') : t('participants.trajectory.monthsLeft', { count: trajectory.monthsLeft });
