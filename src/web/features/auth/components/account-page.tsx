import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { changePasswordRequestSchema } from '../../../../contracts/accounts';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { ShowPasswordCheckbox } from '../../../components/show-password-checkbox';
import { TextField } from '../../../components/text-field';
import { passwordProblemKey } from '../../../lib/password-problem';
import { useContractForm, type Refusal } from '../../../lib/use-contract-form';
import { useChangePassword } from '../api/session';
import { MessagePreferencesSection } from './message-preferences-section';
import { TwoFactorSetup } from './two-factor-setup';

const ChangePasswordSection = ({ email }: { email: string }) => {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [showPasswords, setShowPasswords] = useState(false);
  const form = useContractForm({
    schema: changePasswordRequestSchema,
    send: (body) => changePassword.mutateAsync(body),
    successText: t('account.password.saved'),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
    onRefused: (error): Refusal | undefined => {
      if (error.code === 'INVALID_CREDENTIALS')
        return { message: t('account.password.currentWrong'), fieldErrors: { currentPassword: t('account.password.currentWrong') } };
      if (error.code !== 'PASSWORD_TOO_WEAK') return undefined;
      const problem = t(passwordProblemKey(error), { min: 8, max: 128 });
      return { message: problem, fieldErrors: { newPassword: problem } };
    },
  });

  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.title')}</h2>
      <Form onSubmit={form.handleSubmit(() => ({ currentPassword, newPassword }))} className="form" aria-labelledby="password-title">
        {/* Password managers pair the new password with this account through the (hidden) user name. */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          label={t('account.password.current')}
          name="currentPassword"
          type={showPasswords ? 'text' : 'password'}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={form.fieldErrors.currentPassword}
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
          error={form.fieldErrors.newPassword}
          isRequired
        />
        <ShowPasswordCheckbox isSelected={showPasswords} onChange={setShowPasswords} label={t('account.password.show')} />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('account.password.submit')}</Button>
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

/** Everyone's own account: who they are here, their password, the authenticator, and how messages reach them. */
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
        <MessagePreferencesSection role={session.role} />
      </div>
    </>
  );
};
