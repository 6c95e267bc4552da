import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { logInRequestSchema } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';
import { TextField } from '../../../components/text-field';
import { ShowPasswordCheckbox } from '../../../components/show-password-checkbox';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { fieldErrorsFromServer, fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
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
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  // A login that still needs its second factor continues at that step, carrying the page the person asked for.
  if (session.data && !logIn.isPending) return <Navigate to={stagePath(session.data.stage, returnPath)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (logIn.isPending) return;
    setFormError(null);
    const parsed = logInRequestSchema.safeParse({ email: email.trim(), password, ...(asksCode ? { code } : {}) });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      return;
    }
    setFieldErrors({});
    logIn.mutate(parsed.data, {
      onSuccess: (started) => {
        void navigate(stagePath(started.stage, returnPath), { replace: true });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') setFieldErrors(fieldErrorsFromServer(t, error.fieldIssues));
        const isLimited = error instanceof ApiError && error.code === 'RATE_LIMITED';
        if (isLimited) {
          setAsksCode(true);
          // A code is accepted once: the next try starts with the digits the app shows then.
          setCode('');
        }
        setFormError(isLimited ? t('login.limited') : t(errorMessageKey(error)));
      },
    });
  };

  return (
    <PageShell siteName={t('app.name')}>
      <div className="narrow">
        <PageHeading title={t('login.title')}>{t('login.title')}</PageHeading>
        <p>{searchParams.has(returnParam) ? t('login.returnHint') : t('login.intro')}</p>
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Form onSubmit={submit} className="form" aria-label={t('login.title')}>
          <TextField
            label={t('login.email')}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={setEmail}
            error={fieldErrors.email}
            isRequired
          />
          <TextField
            label={t('login.password')}
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
            isRequired
          />
          <ShowPasswordCheckbox isSelected={showPassword} onChange={setShowPassword} label={t('login.showPassword')} />
          {asksCode ? <OneTimeCodeField value={code} onChange={setCode} error={fieldErrors.code} /> : null}
          <Button type="submit">
            {logIn.isPending ? t('login.submitting') : t('login.submit')}
          </Button>
        </Form>
        <p className="hint">{t('login.help')}</p>
      </div>
    </PageShell>
  );
};
