import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInsz, parseInsz } from '../../domain/identity/insz';
import { formatCivilDate } from '../lib/format';
import { TextField } from './text-field';

type InszFieldProps = {
  value: string;
  onChange: (value: string) => void;
  /** A message from the last validation of the whole form; the live check below speaks up earlier. */
  error?: string | undefined;
};

const digitsOf = (text: string): string => text.replaceAll(/\D/g, '');

/**
 * The rijksregisternummer with a live check: once 11 digits are typed the check digits are verified with the same
 * function the server uses, and the birth date it encodes is shown so the coordinator can compare it with the
 * identity card. A wrong number is only called wrong once it is complete (or the field is left), not while typing.
 */
export const InszField = ({ value, onChange, error }: InszFieldProps) => {
  const { t, i18n } = useTranslation();
  const [left, setLeft] = useState(false);
  const digits = digitsOf(value);
  const parsed = parseInsz(value);
  const complete = digits.length >= 11;
  const liveError = !parsed && value.trim() !== '' && (complete || left) ? t('validation.insz') : undefined;
  const confirmation = parsed
    ? parsed.birthDate
      ? t('intake.insz.valid', { insz: formatInsz(parsed.insz), birthDate: formatCivilDate(parsed.birthDate, i18n.language) })
      : t('intake.insz.validNoBirthDate', { insz: formatInsz(parsed.insz) })
    : null;
  return (
    <div className="insz-field">
      <TextField
        label={t('intake.insz.label')}
        description={t('intake.insz.hint')}
        inputMode="numeric"
        autoComplete="off"
        size="medium"
        maxLength={20}
        value={value}
        onChange={(next) => {
          setLeft(false);
          onChange(next);
        }}
        onBlur={() => setLeft(true)}
        error={liveError ?? (parsed ? undefined : error)}
        isRequired
      />
      {/* Always rendered so the screen reader announces the check's result as soon as it appears. */}
      <p role="status" className={confirmation ? 'insz-field__ok' : 'message--empty'}>
        {confirmation}
      </p>
    </div>
  );
};
