import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { PageHeading } from '../../../components/page-heading';
import { useSubmitSecondFactor } from '../api/session';
import { useCodeForm } from '../hooks/use-code-form';
import { LoginStepShell } from './login-step-shell';
import { OneTimeCodeField } from './one-time-code-field';

/** The form of the code step; the shell sends the person on once the session says `complete`. */
export const SecondFactorForm = () => {
  const { t } = useTranslation();
  const { form, code, setCode, onSubmit } = useCodeForm(useSubmitSecondFactor());
  return (
    <>
      <PageHeading title={t('twoFactor.step.title')}>{t('twoFactor.step.title')}</PageHeading>
      <p>{t('twoFactor.step.intro')}</p>
      <Form onSubmit={onSubmit} className="form" aria-label={t('twoFactor.step.title')}>
        <OneTimeCodeField value={code} onChange={setCode} error={form.fieldErrors.code} />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('twoFactor.step.submitting') : t('twoFactor.step.submit')}</Button>
      </Form>
      <p className="hint">{t('twoFactor.step.help')}</p>
    </>
  );
};

export const SecondFactorPage = () => <LoginStepShell stage="second_factor">{() => <SecondFactorForm />}</LoginStepShell>;
