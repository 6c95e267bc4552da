import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { civilDateSchema } from '../../../../contracts/common';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/messages';
import { RuleReasons } from '../../../components/rule-reasons';
import { TextField } from '../../../components/text-field';
import { errorMessageKey } from '../../../lib/api-error';
import { todayInBrussels } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { useEligibility } from '../api/participants';

type EligibilitySectionProps = { participantId: string; name: string; checkNow: boolean };

/** R1–R3, R22 on a chosen date, with every reason and warning and the rule each comes from. */
export const EligibilitySection = ({ participantId, name, checkNow }: EligibilitySectionProps) => {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(todayInBrussels);
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  // Right after the intake the question is "may this person start today?": the answer is asked for at once.
  const [checkedDate, setCheckedDate] = useState<string | null>(checkNow ? date : null);
  const eligibility = useEligibility(participantId, checkedDate);

  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!civilDateSchema.safeParse(date).success) {
      setDateError(t('validation.date'));
      return;
    }
    setDateError(undefined);
    if (checkedDate === date) void eligibility.refetch();
    setCheckedDate(date);
  };

  const result = eligibility.data;
  return (
    <section aria-labelledby="eligibility-title" className="panel">
      <h2 id="eligibility-title">{t('participants.eligibility.title')}</h2>
      <p className="hint">{t('participants.eligibility.intro')}</p>
      <Form onSubmit={check} className="form form--inline">
        <TextField label={t('participants.eligibility.date')} type="date" size="medium" value={date} onChange={setDate} error={dateError} isRequired />
        <Button type="submit">{eligibility.isFetching ? t('participants.eligibility.checking') : t('participants.eligibility.check')}</Button>
      </Form>
      {eligibility.isError ? <ErrorAlert>{t(errorMessageKey(eligibility.error))}</ErrorAlert> : null}
      <div aria-live="polite" className="eligibility-result">
        {result ? (
          <div className={result.eligible ? 'verdict verdict--yes' : 'verdict verdict--no'} data-testid="eligibility-verdict">
            <p className="verdict__title">
              {result.eligible
                ? t('participants.eligibility.eligible', { name, date: formatCivilDate(result.date, i18n.language) })
                : t('participants.eligibility.notEligible', { name, date: formatCivilDate(result.date, i18n.language) })}
            </p>
            <RuleReasons reasons={result.reasons} label={t('participants.eligibility.reasonsLabel')} />
            {result.warnings.length > 0 ? (
              <>
                <p className="verdict__subtitle">{t('participants.eligibility.warnings')}</p>
                <RuleReasons reasons={result.warnings} label={t('participants.eligibility.warnings')} tone="warning" />
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
};
