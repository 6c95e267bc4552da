import type { TFunction } from 'i18next';
import { formatCivilDate } from '../../../lib/format';

type Period = { startsOn: string; endsOn: string };

export const closurePeriod = ({ startsOn, endsOn }: Period, t: TFunction, locale: string): string =>
  startsOn === endsOn ? formatCivilDate(startsOn, locale) : t('dates.range', { start: formatCivilDate(startsOn, locale), end: formatCivilDate(endsOn, locale) });
