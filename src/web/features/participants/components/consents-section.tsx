import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { idSchema } from '../../../../contracts/common';
import { createConsentRequestSchema, withdrawConsentRequestSchema, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { RadioField } from '../../../components/choice-fields';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormFeedback } from '../../../components/form-feedback';
import { TextField } from '../../../components/text-field';
import { todayInBrussels } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAddConsent, useWithdrawConsent } from '../api/participants';

type Consent = ParticipantDetail['consents'][number];

/** What the person agreed to share, with whom, since when, and when they took it back. */
export const ConsentsSection = ({ participant, mayWrite }: { participant: ParticipantDetail; mayWrite: boolean }) => {
  const { t, i18n } = useTranslation();
  const add = useAddConsent(participant.id);
  const withdraw = useWithdrawConsent(participant.id);
  const [recipient, setRecipient] = useState<'vdab' | 'ocmw' | null>(null);
  const [purpose, setPurpose] = useState('');
  const [givenOn, setGivenOn] = useState(todayInBrussels);
  const [pending, setPending] = useState<Consent | null>(null);
  const form = useContractForm({
    schema: createConsentRequestSchema,
    send: (body) => add.mutateAsync(body),
    successText: t('participants.consents.added'),
    onSuccess: () => setPurpose(''),
  });
  // Withdrawing is confirmed in a dialog, not typed: the consent is known by id, the date is today's.
  const withdrawal = useContractForm({
    schema: withdrawConsentRequestSchema.extend({ consentId: idSchema }),
    send: (body) => withdraw.mutateAsync(body),
    successText: t('participants.consents.withdrawn'),
  });
  const date = (value: string) => formatCivilDate(value, i18n.language);

  return (
    <section aria-labelledby="consents-title" className="panel">
      <h2 id="consents-title">{t('participants.consents.title')}</h2>
      <p className="hint">{t('participants.consents.intro')}</p>
      {participant.consents.length === 0 ? <p>{t('participants.consents.none')}</p> : null}
      {participant.consents.length > 0 ? (
        <ul className="record-list" aria-label={t('participants.consents.listLabel')}>
          {participant.consents.map((consent) => (
            <li key={consent.id} className="record-list__item record-list__item--row">
              <div>
                <p>
                  <strong>{t(`participantLabels.agency.${consent.recipient}`)}</strong> — {consent.purpose}
                </p>
                <p className="hint">
                  {consent.withdrawnOn
                    ? t('participants.consents.withdrawnText', { given: date(consent.givenOn), withdrawn: date(consent.withdrawnOn) })
                    : t('participants.consents.givenText', { given: date(consent.givenOn) })}
                </p>
              </div>
              {mayWrite && !consent.withdrawnOn ? (
                <Button variant="quiet" onPress={() => setPending(consent)}>
                  {t('participants.consents.withdraw')}{' '}
                  <span className="visually-hidden">{t('participants.consents.withdrawContext', { recipient: t(`participantLabels.agency.${consent.recipient}`) })}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <FormFeedback feedback={withdrawal.feedback} />
      {mayWrite ? (
        <Form onSubmit={form.handleSubmit(() => ({ recipient, purpose, givenOn }))} className="form subpanel" aria-labelledby="consent-form-title">
          <h3 id="consent-form-title">{t('participants.consents.addTitle')}</h3>
          <RadioField
            label={t('participants.consents.recipient')}
            value={recipient}
            options={[
              { value: 'vdab', label: t('participantLabels.agency.vdab') },
              { value: 'ocmw', label: t('participantLabels.agency.ocmw') },
            ]}
            onChange={setRecipient}
            error={form.fieldErrors.recipient}
            orientation="horizontal"
            isRequired
          />
          <TextField
            label={t('participants.consents.purpose')}
            description={t('participants.consents.purposeHint')}
            value={purpose}
            onChange={setPurpose}
            error={form.fieldErrors.purpose}
            isRequired
          />
          <TextField
            label={t('participants.consents.givenOn')}
            type="date"
            size="medium"
            value={givenOn}
            onChange={setGivenOn}
            error={form.fieldErrors.givenOn}
            isRequired
          />
          <FormFeedback feedback={form.feedback} />
          <Button type="submit">{form.isPending ? t('common.saving') : t('participants.consents.add')}</Button>
        </Form>
      ) : null}
      <ConfirmDialog
        isOpen={pending !== null}
        title={t('participants.consents.confirmTitle')}
        text={pending ? t('participants.consents.confirmText', { recipient: t(`participantLabels.agency.${pending.recipient}`), purpose: pending.purpose }) : ''}
        confirmLabel={t('participants.consents.confirm')}
        cancelLabel={t('participants.consents.cancel')}
        isPending={withdrawal.isPending}
        onConfirm={() => {
          if (!pending) return;
          const consentId = pending.id;
          setPending(null);
          void withdrawal.submit({ consentId, withdrawnOn: todayInBrussels() });
        }}
        onCancel={() => setPending(null)}
      />
    </section>
  );
};
