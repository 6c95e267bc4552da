import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { passwordResetRequestSchema } from '../../../../contracts/accounts';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useRequestPasswordReset } from '../api/one-time-links';

/**
 * "Wachtwoord vergeten": the answer is the same whether the address is known or not (decision 042), so the page
 * says what happens if it is, and where to look.
 */
export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useContractForm({
    schema: passwordResetRequestSchema,
    send: (body) => request.mutateAsync(body),
    onSuccess: () => setSentTo(email.trim()),
    invalidText: () => null,
    onRefused: (error) => (error.code === 'RATE_LIMITED' ? { message: t('links.forgot.limited') } : undefined),
  });
  const title = t('links.forgot.title');

  return (
    <PageShell siteName={t('app.name')}>
      <div className="narrow">
        <PageHeading title={title}>{title}</PageHeading>
        <StatusMessage>{sentTo ? t('links.forgot.sent', { email: sentTo }) : null}</StatusMessage>
        {sentTo ? (
          <p>{t('links.forgot.noMail')}</p>
        ) : (
          <>
            <p>{t('links.forgot.intro')}</p>
            <Form onSubmit={form.handleSubmit(() => ({ email: email.trim() }))} className="form" aria-label={title}>
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
              <FormFeedback feedback={form.feedback} />
              <Button type="submit">{form.isPending ? t('common.saving') : t('links.forgot.submit')}</Button>
            </Form>
          </>
        )}
        <p>
          <Link to="/aanmelden">{t('links.toLogin')}</Link>
        </p>
      </div>
    </PageShell>
  );
};
