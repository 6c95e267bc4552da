import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';

type OneTimeCodeFieldProps = { value: string; onChange: (value: string) => void; error?: string | undefined };

/**
 * The 6 digits from the authenticator app. `one-time-code` lets phones offer the code themselves; the numeric
 * keypad appears on phones; spaces are allowed because apps show the code as "123 456".
 */
export const OneTimeCodeField = ({ value, onChange, error }: OneTimeCodeFieldProps) => {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('twoFactor.code.label')}
      description={t('twoFactor.code.hint')}
      name="code"
      autoComplete="one-time-code"
      inputMode="numeric"
      size="medium"
      maxLength={12}
      value={value}
      onChange={onChange}
      error={error}
      isRequired
    />
  );
};
