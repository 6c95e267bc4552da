import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { completePasswordResetRequestSchema } from '../../../../contracts/accounts';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';
import { ShowPasswordCheckbox } from '../../../components/show-password-checkbox';
import { TextField } from '../../../components/text-field';
import { passwordProblemKey } from '../../../lib/password-problem';
import { useContractForm, type Refusal } from '../../../lib/use-contract-form';
import { isWellFormedToken, linkProblemOf, useCompletePasswordReset } from '../api/one-time-links';
import { useLinkToken } from '../hooks/use-link-token';
import { LinkProblem } from './link-problem';

/** "Nieuw wachtwoord": from the reset e-mail's link; a link that cannot be used gets its own page instead of the form. */
export const NewPasswordPage = () => {
  const { t } = useTranslation();
  const token = useLinkToken();
  const complete = useCompletePasswordReset();
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<NonNullable<ReturnType<typeof linkProblemOf>> | null>(isWellFormedToken(token) ? null : 'LINK_INVALID');
  const form = useContractForm({
    schema: completePasswordResetRequestSchema,
    send: (body) => complete.mutateAsync(body),
    onSuccess: () => setSaved(true),
    onRefused: (error): Refusal | undefined => {
      const linkProblem = linkProblemOf(error);
      if (linkProblem) {
        setProblem(linkProblem);
        return undefined;
      }
      if (error.code !== 'PASSWORD_TOO_WEAK') return undefined;
      const text = t(passwordProblemKey(error), { min: 8, max: 128 });
      return { message: text, fieldErrors: { password: text } };
    },
  });
  const title = t('links.newPassword.title');

  return (
    <PageShell siteName={t('app.name')}>
      <div className="narrow">
        {problem ? (
          <LinkProblem problem={problem} purpose="passwordReset" />
        ) : (
          <>
            <PageHeading title={title}>{title}</PageHeading>
            <StatusMessage>{saved ? t('links.newPassword.saved') : null}</StatusMessage>
            {saved ? (
              <p>
                <Link to="/aanmelden">{t('links.toLogin')}</Link>
              </p>
            ) : (
              <Form onSubmit={form.handleSubmit(() => ({ token, password }))} className="form" aria-label={title}>
                <p>{t('account.password.rules')}</p>
                <TextField
                  label={t('links.invitation.newPassword')}
                  name="password"
                  type={showPassword ? 'text' : 'password'}
                  autoComplete="new-password"
                  value={password}
                  onChange={setPassword}
                  error={form.fieldErrors.password}
                  isRequired
                />
                <ShowPasswordCheckbox isSelected={showPassword} onChange={setShowPassword} label={t('login.showPassword')} />
                <FormFeedback feedback={form.feedback} />
                <Button type="submit">{form.isPending ? t('common.saving') : t('links.newPassword.submit')}</Button>
              </Form>
            )}
          </>
        )}
      </div>
    </PageShell>
  );
};
