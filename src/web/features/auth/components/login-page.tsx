import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { logInRequestSchema } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';
import { TextField } from '../../../components/text-field';
import { ShowPasswordCheckbox } from '../../../components/show-password-checkbox';
import { useContractForm } from '../../../lib/use-contract-form';
import { useLogIn, useSession } from '../api/session';
import { returnParam, safeReturnPath, stagePath } from '../utils/login-steps';
import { OneTimeCodeField } from './one-time-code-field';

export const LoginPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnPath = safeReturnPath(searchParams.get(returnParam));
  const session = useSession();
  const logIn = useLogIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  // After too many failed attempts for the account, the password only counts together with the authenticator code.
  const [asksCode, setAsksCode] = useState(false);
  const [code, setCode] = useState('');
  const form = useContractForm({
    schema: logInRequestSchema,
    send: (body) => logIn.mutateAsync(body),
    onSuccess: (started) => navigate(stagePath(started.stage, returnPath), { replace: true }),
    // The fields say what is missing; the alert is for what the server answers.
    invalidText: () => null,
    onRefused: (error) => {
      if (error.code !== 'RATE_LIMITED') return undefined;
      setAsksCode(true);
      // A code is accepted once: the next try starts with the digits the app shows then.
      setCode('');
      return { message: t('login.limited') };
    },
  });

  // A login that still needs its second factor continues at that step, carrying the page the person asked for.
  if (session.data && !logIn.isPending) return <Navigate to={stagePath(session.data.stage, returnPath)} replace />;

  return (
    <PageShell siteName={t('app.name')}>
      <div className="narrow">
        <PageHeading title={t('login.title')}>{t('login.title')}</PageHeading>
        <p>{searchParams.has(returnParam) ? t('login.returnHint') : t('login.intro')}</p>
        <FormFeedback feedback={form.feedback} />
        <Form onSubmit={form.handleSubmit(() => ({ email: email.trim(), password, ...(asksCode ? { code } : {}) }))} className="form" aria-label={t('login.title')}>
          <TextField
            label={t('login.email')}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={setEmail}
            error={form.fieldErrors.email}
            isRequired
          />
          <TextField
            label={t('login.password')}
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.fieldErrors.password}
            isRequired
          />
          <ShowPasswordCheckbox isSelected={showPassword} onChange={setShowPassword} label={t('login.showPassword')} />
          {asksCode ? <OneTimeCodeField value={code} onChange={setCode} error={form.fieldErrors.code} /> : null}
          <Button type="submit">{form.isPending ? t('login.submitting') : t('login.submit')}</Button>
        </Form>
        <p>
          <Link to="/wachtwoord-vergeten">{t('login.forgot')}</Link>
        </p>
        <p className="hint">{t('login.help')}</p>
      </div>
    </PageShell>
  );
};
