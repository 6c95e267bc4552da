import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { acceptInvitationRequestSchema, type InvitationPreview } from '../../../../contracts/invitations';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';
import { ShowPasswordCheckbox } from '../../../components/show-password-checkbox';
import { TextField } from '../../../components/text-field';
import { errorMessageKey } from '../../../lib/api-error';
import { passwordProblemKey } from '../../../lib/password-problem';
import { useContractForm, type Refusal } from '../../../lib/use-contract-form';
import { linkProblemOf, useAcceptInvitation, useInvitationPreview } from '../api/one-time-links';
import { useLogIn } from '../api/session';
import { useLinkToken } from '../hooks/use-link-token';
import { stagePath } from '../utils/login-steps';
import { LinkProblem } from './link-problem';

type AcceptFormProps = { token: string; preview: InvitationPreview; onLinkProblem: (problem: NonNullable<ReturnType<typeof linkProblemOf>>) => void };

/**
 * A new login chooses its password; someone who already logs in elsewhere types the one they have (the link never
 * changes it). Then the page logs the person in at the organiser that invited them, through the usual login steps.
 */
const AcceptForm = ({ token, preview, onLinkProblem }: AcceptFormProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const logIn = useLogIn();
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const form = useContractForm({
    schema: acceptInvitationRequestSchema,
    send: (body) => accept.mutateAsync(body),
    onSuccess: async (accepted) => {
      const session = await logIn.mutateAsync({ email: accepted.email, password, organiserSlug: accepted.organiserSlug }).catch(() => null);
      await navigate(session ? stagePath(session.stage, '/') : '/aanmelden', { replace: true });
    },
    onRefused: (error): Refusal | undefined => {
      const problem = linkProblemOf(error);
      if (problem) {
        onLinkProblem(problem);
        return undefined;
      }
      if (error.code === 'INVALID_CREDENTIALS') return { message: t('links.invitation.passwordWrong'), fieldErrors: { password: t('links.invitation.passwordWrong') } };
      if (error.code !== 'PASSWORD_TOO_WEAK') return undefined;
      const text = t(passwordProblemKey(error), { min: 8, max: 128 });
      return { message: text, fieldErrors: { password: text } };
    },
  });

  return (
    <Form onSubmit={form.handleSubmit(() => ({ token, password }))} className="form" aria-labelledby="accept-title">
      <h2 id="accept-title">{preview.hasPassword ? t('links.invitation.confirmTitle') : t('links.invitation.chooseTitle')}</h2>
      <p>{preview.hasPassword ? t('links.invitation.confirmText') : t('account.password.rules')}</p>
      <TextField
        label={preview.hasPassword ? t('links.invitation.ownPassword') : t('links.invitation.newPassword')}
        name="password"
        type={showPassword ? 'text' : 'password'}
        autoComplete={preview.hasPassword ? 'current-password' : 'new-password'}
        value={password}
        onChange={setPassword}
        error={form.fieldErrors.password}
        isRequired
      />
      <ShowPasswordCheckbox isSelected={showPassword} onChange={setShowPassword} label={t('login.showPassword')} />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('links.invitation.submit')}</Button>
      {preview.hasPassword ? (
        <p className="hint">
          <Link to="/wachtwoord-vergeten">{t('login.forgot')}</Link>
        </p>
      ) : null}
    </Form>
  );
};

/** "Uitnodiging aanvaarden": what the link offers first, so a link that cannot be used is said before any typing. */
export const AcceptInvitationPage = () => {
  const { t } = useTranslation();
  const token = useLinkToken();
  const preview = useInvitationPreview(token);
  const [lateProblem, setLateProblem] = useState<NonNullable<ReturnType<typeof linkProblemOf>> | null>(null);
  const problem = lateProblem ?? (preview.isError ? linkProblemOf(preview.error) : null);
  const title = t('links.invitation.title');

  return (
    <PageShell siteName={preview.data?.organiserName ?? t('app.name')}>
      <div className="narrow">
        {problem ? (
          <LinkProblem problem={problem} purpose="invitation" />
        ) : (
          <>
            <PageHeading title={title}>{title}</PageHeading>
            {preview.isPending ? <Loading>{t('app.loading')}</Loading> : null}
            {preview.isError ? <ErrorAlert>{t(errorMessageKey(preview.error))}</ErrorAlert> : null}
            {preview.data ? (
              <>
                <p>{t('links.invitation.intro', { organiser: preview.data.organiserName, role: t(`roles.${preview.data.role}`) })}</p>
                <dl className="facts">
                  <div>
                    <dt>{t('login.email')}</dt>
                    <dd>{preview.data.email}</dd>
                  </div>
                </dl>
                <AcceptForm token={token} preview={preview.data} onLinkProblem={setLateProblem} />
              </>
            ) : null}
          </>
        )}
      </div>
    </PageShell>
  );
};
