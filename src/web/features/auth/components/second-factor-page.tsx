import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { useSubmitSecondFactor } from '../api/session';
import { useCodeForm } from '../hooks/use-code-form';
import { LoginStepShell } from './login-step-shell';
import { OneTimeCodeField } from './one-time-code-field';

/** The form of the code step; the shell sends the person on once the session says `complete`. */
export const SecondFactorForm = () => {
  const { t } = useTranslation();
  const form = useCodeForm(useSubmitSecondFactor());
  return (
    <>
      <PageHeading title={t('twoFactor.step.title')}>{t('twoFactor.step.title')}</PageHeading>
      <p>{t('twoFactor.step.intro')}</p>
      <Form ref={form.formRef} onSubmit={form.submit} className="form" aria-label={t('twoFactor.step.title')}>
        <OneTimeCodeField value={form.code} onChange={form.setCode} error={form.fieldError} />
        {form.formError ? <ErrorAlert>{form.formError}</ErrorAlert> : null}
        <Button type="submit">{form.isPending ? t('twoFactor.step.submitting') : t('twoFactor.step.submit')}</Button>
      </Form>
      <p className="hint">{t('twoFactor.step.help')}</p>
    </>
  );
};

export const SecondFactorPage = () => <LoginStepShell stage="second_factor">{() => <SecondFactorForm />}</LoginStepShell>;
