import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { changePasswordRequestSchema } from '../../../../contracts/accounts';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { TextField } from '../../../components/text-field';
import { ShowPasswordCheckbox } from '../../../components/show-password-checkbox';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromServer, fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { useChangePassword } from '../api/session';
import { passwordProblemKey } from '../../../lib/password-problem';
import { TwoFactorSetup } from './two-factor-setup';

const ChangePasswordSection = ({ email }: { email: string }) => {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [showPasswords, setShowPasswords] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (changePassword.isPending) return;
    setFormError(null);
    setSaved(false);
    const parsed = changePasswordRequestSchema.safeParse({ currentPassword, newPassword });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFormError(t('common.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    changePassword.mutate(parsed.data, {
      onSuccess: () => {
        setCurrentPassword('');
        setNewPassword('');
        setSaved(true);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'INVALID_CREDENTIALS') {
          setFieldErrors({ currentPassword: t('account.password.currentWrong') });
          setFormError(t('account.password.currentWrong'));
        } else if (error instanceof ApiError && error.code === 'PASSWORD_TOO_WEAK') {
          const problem = t(passwordProblemKey(error), { min: 8, max: 128 });
          setFieldErrors({ newPassword: problem });
          setFormError(problem);
        } else {
          setFieldErrors(error instanceof ApiError && error.code === 'VALIDATION_FAILED' ? fieldErrorsFromServer(t, error.fieldIssues) : {});
          setFormError(t(errorMessageKey(error)));
        }
        focusFirstInvalid();
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.title')}</h2>
      <Form ref={formRef} onSubmit={submit} className="form" aria-labelledby="password-title">
        {/* Password managers pair the new password with this account through the (hidden) user name. */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          label={t('account.password.current')}
          name="currentPassword"
          type={showPasswords ? 'text' : 'password'}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={fieldErrors.currentPassword}
          isRequired
        />
        <TextField
          label={t('account.password.new')}
          description={t('account.password.rules')}
          name="newPassword"
          type={showPasswords ? 'text' : 'password'}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={fieldErrors.newPassword}
          isRequired
        />
        <ShowPasswordCheckbox isSelected={showPasswords} onChange={setShowPasswords} label={t('account.password.show')} />
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <StatusMessage>{saved ? t('account.password.saved') : null}</StatusMessage>
        <Button type="submit">{changePassword.isPending ? t('common.saving') : t('account.password.submit')}</Button>
      </Form>
    </section>
  );
};

const TwoFactorSection = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  // Lives outside the setup, which disappears once the session says the authenticator is on.
  const [justEnabled, setJustEnabled] = useState(false);
  return (
    <section className="panel" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t('account.twoFactor.title')}</h2>
      <StatusMessage>{justEnabled ? t('account.twoFactor.enabledNow') : null}</StatusMessage>
      {session.twoFactorEnabled ? (
        <>
          <p>{t('account.twoFactor.on')}</p>
          <p className="hint">{t('account.twoFactor.lostPhone')}</p>
        </>
      ) : (
        <>
          <p>{t('account.twoFactor.off')}</p>
          <p>{t('account.twoFactor.why')}</p>
          <TwoFactorSetup onConfirmed={() => setJustEnabled(true)} />
        </>
      )}
    </section>
  );
};

/** Everyone's own account: who they are here, their password, and the authenticator. */
export const AccountPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('account.title')}>{t('account.title')}</PageHeading>
      <dl className="facts">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{session.account.displayName}</dd>
        </div>
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{session.account.email}</dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t('account.roleAt', { role: t(`roles.${session.role}`), organiser: session.organiser.name })}</dd>
        </div>
      </dl>
      <div className="stack">
        <ChangePasswordSection email={session.account.email} />
        <TwoFactorSection session={session} />
      </div>
    </>
  );
};
