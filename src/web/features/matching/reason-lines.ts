import type { ExclusionReasonView, FactorLineView } from '../../../contracts/matching';

/** An i18n key and the values of its placeholders, already as text. */
export type Line = { readonly key: string; readonly values: Readonly<Record<string, string>> };

const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Metres as km with one decimal in the reader's language ("2,4"); distances are whole metres in the API. */
export const kmText = (metres: number, locale: string): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(metres / 1000);

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');

/**
 * The plain-language line of one ranking factor (decision 226): the key names the factor's code, and a variant
 * where the values need another sentence (a staff km, no own limit, an open-ended trajectory, no earlier work).
 */
export const factorLine = (line: FactorLineView, locale: string): Line => {
  const { details } = line;
  const points = { points: String(line.points), maxPoints: String(line.maxPoints) };
  switch (line.code) {
    case 'DISTANCE': {
      const metres = number(details.oneWayMetres) ?? 0;
      const max = number(details.maxOneWayMetres);
      const key = details.source === 'staff' ? 'matching.factor.DISTANCE_STAFF' : 'matching.factor.DISTANCE';
      return { key: max === null ? `${key}_NO_LIMIT` : key, values: { ...points, km: kmText(metres, locale), maxKm: max === null ? '' : kmText(max, locale) } };
    }
    case 'TRAJECTORY_TIME_LEFT':
      return {
        key: details.trajectoryEndDate === null ? 'matching.factor.TRAJECTORY_OPEN' : 'matching.factor.TRAJECTORY_TIME_LEFT',
        values: { ...points, endDate: text(details.trajectoryEndDate), coveredDays: text(details.coveredDays), requestDays: text(details.requestDays) },
      };
    case 'CONTINUITY':
      return {
        key: number(details.priorAssignments) ? 'matching.factor.CONTINUITY' : 'matching.factor.CONTINUITY_NONE',
        values: { ...points, count: text(details.priorAssignments) },
      };
    default:
      return { key: `matching.factor.${line.code}`, values: { ...points, ...Object.fromEntries(Object.entries(details).map(([name, value]) => [name, text(value)])) } };
  }
};

/** The line of one exclusion reason; distances read in km. */
export const exclusionLine = (reason: ExclusionReasonView, locale: string): Line => {
  const values = Object.fromEntries(
    Object.entries(reason.details ?? {}).map(([name, value]) => {
      const metres = name.endsWith('Metres') ? number(value) : null;
      return [metres === null ? name : name.replace(/Metres$/, 'Km'), metres === null ? text(value) : kmText(metres, locale)];
    }),
  );
  return { key: `matching.exclusion.${reason.code}`, values };
};
