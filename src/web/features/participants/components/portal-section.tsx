import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createInvitationRequestSchema, type Invitation } from '../../../../contracts/invitations';
import type { ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { TextField } from '../../../components/text-field';
import { errorMessageKey } from '../../../lib/api-error';
import { formatInstant } from '../../../lib/dates';
import { useContractForm } from '../../../lib/use-contract-form';
import { useInviteToPortal, usePortalAccount } from '../api/portal-account';

const PortalState = ({ account }: { account: Invitation | null }) => {
  const { t, i18n } = useTranslation();
  // The moment the section was shown is precise enough to call a link expired.
  const [shownAt] = useState(() => Date.now());
  if (!account) return <p>{t('participants.portal.none')}</p>;
  if (account.status === 'active') return <p>{t('participants.portal.active', { email: account.email })}</p>;
  const until = account.linkExpiresAt;
  const expired = until !== null && Date.parse(until) <= shownAt;
  return (
    <p>
      {expired || until === null
        ? t('participants.portal.invitedExpired', { email: account.email })
        : t('participants.portal.invited', { email: account.email, until: formatInstant(until, i18n.language) })}
    </p>
  );
};

/**
 * "Uitnodigen voor het portaal": the wijk-werker gets an e-mail, chooses a password, and then sees this record
 * only (decision 043). Inviting again sends a new link; the old one stops working.
 */
export const PortalSection = ({ participant, mayInvite }: { participant: ParticipantDetail; mayInvite: boolean }) => {
  const { t } = useTranslation();
  const portal = usePortalAccount(participant.id);
  const invite = useInviteToPortal(participant.id);
  const [email, setEmail] = useState(participant.email ?? '');
  const form = useContractForm({
    schema: createInvitationRequestSchema,
    send: (body) => invite.mutateAsync(body),
    successText: t('participants.portal.sent'),
    onRefused: (error) =>
      error.code === 'ALREADY_EXISTS' ? { message: t('participants.portal.emailTaken'), fieldErrors: { email: t('participants.portal.emailTaken') } } : undefined,
  });
  const account = portal.data?.portalAccount ?? null;

  return (
    <section aria-labelledby="portal-title" className="panel">
      <h2 id="portal-title">{t('participants.portal.title')}</h2>
      {portal.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {portal.isError ? <ErrorAlert>{t(errorMessageKey(portal.error))}</ErrorAlert> : null}
      {portal.data ? <PortalState account={account} /> : null}
      {mayInvite && portal.data && account?.status !== 'active' ? (
        <Form
          onSubmit={form.handleSubmit(() => ({ role: 'participant', participantId: participant.id, email: email.trim() }))}
          className="form"
          aria-labelledby="portal-title"
        >
          <p>{t('participants.portal.explain')}</p>
          <TextField
            label={t('participants.portal.email')}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            value={email}
            onChange={(value) => {
              setEmail(value);
              form.clearSuccess();
            }}
            error={form.fieldErrors.email}
            isRequired
          />
          <FormFeedback feedback={form.feedback} />
          <Button type="submit">{form.isPending ? t('common.saving') : account ? t('participants.portal.inviteAgain') : t('participants.portal.invite')}</Button>
        </Form>
      ) : null}
    </section>
  );
};
