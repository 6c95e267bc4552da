import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading';
import { LoginStepShell } from './login-step-shell';
import { TwoFactorSetup } from './two-factor-setup';

/**
 * The organiser requires a second factor and this account has none: set one up before anything else. Confirming
 * completes the session; the shell then sends the person to the page they wanted.
 */
export const EnrollmentPage = () => {
  const { t } = useTranslation();
  return (
    <LoginStepShell stage="enrollment">
      {(session) => (
        <>
          <PageHeading title={t('twoFactor.enrollment.title')}>{t('twoFactor.enrollment.title')}</PageHeading>
          <p>{t('twoFactor.enrollment.why', { organiser: session.organiser.name })}</p>
          <p>{t('twoFactor.enrollment.once')}</p>
          {/* The confirmation answers with the completed session; storing it is what sends the person on. */}
          <TwoFactorSetup />
        </>
      )}
    </LoginStepShell>
  );
};
