import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatCivilDate } from '../lib/format';
import type { RuleReasonView } from '../lib/rule-reasons';

const civilDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The reason's details as text for the message's placeholders; civil dates read as words in the chosen language. */
const placeholders = (details: Record<string, unknown> | undefined, locale: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(details ?? {}).map(([key, value]) => [
      key,
      typeof value === 'string' && civilDatePattern.test(value) ? formatCivilDate(value, locale) : String(value),
    ]),
  );

/** The translated sentence for one reason, e.g. "De woonplaats ligt niet in Vlaanderen (postcode 1000)." */
// The rules engine may add a code before the web words it: that reads as a generic refusal (with its rule and
// code), not as a broken page. The translation test keeps the known codes in step with the domain.
export const reasonText = (t: TFunction, reason: RuleReasonView, locale: string): string =>
  t(`reasons.${reason.code}`, { ...placeholders(reason.details, locale), defaultValue: t('reasons.UNKNOWN', { code: reason.code }) });

type RuleReasonsProps = { reasons: readonly RuleReasonView[]; label: string; tone?: 'refusal' | 'warning' };

/** Every reason with its rule next to it, so staff can look the rule up and explain it to the person. */
export const RuleReasons = ({ reasons, label, tone = 'refusal' }: RuleReasonsProps) => {
  const { t, i18n } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className={`reasons reasons--${tone}`} aria-label={label}>
      {reasons.map((reason) => (
        <li key={`${reason.rule}-${reason.code}`} className="reasons__item">
          <span className="rule-badge">{t('reasons.rule', { rule: reason.rule })}</span> {reasonText(t, reason, i18n.language)}
        </li>
      ))}
    </ul>
  );
};
