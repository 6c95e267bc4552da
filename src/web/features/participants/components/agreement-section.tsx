import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createAgreementRequestSchema, signAgreementRequestSchema, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { RadioField } from '../../../components/choice-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { StatusMessage } from '../../../components/messages';
import { TextField } from '../../../components/text-field';
import { formatInstant, todayInBrussels } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { agreementPdfPath, useDraftAgreement, useSignAgreement } from '../api/participants';

type Agreement = ParticipantDetail['agreements'][number];

const SignForm = ({ participantId, agreement, onSigned }: { participantId: string; agreement: Agreement; onSigned: () => void }) => {
  const { t } = useTranslation();
  const sign = useSignAgreement(participantId);
  const [signedOn, setSignedOn] = useState(todayInBrussels);
  const [signedHow, setSignedHow] = useState<'paper' | 'in_person' | null>(null);
  const form = useContractForm({
    schema: signAgreementRequestSchema,
    send: (body) => sign.mutateAsync({ ...body, agreementId: agreement.id }),
    successText: t('participants.agreement.signed'),
    onSuccess: onSigned,
  });
  return (
    <Form onSubmit={form.handleSubmit(() => ({ signedOn, signedHow }))} className="form" aria-label={t('participants.agreement.signTitle')}>
      <h3>{t('participants.agreement.signTitle')}</h3>
      <TextField
        label={t('participants.agreement.signedOn')}
        type="date"
        size="medium"
        value={signedOn}
        onChange={setSignedOn}
        error={form.fieldErrors.signedOn}
        isRequired
      />
      <RadioField
        label={t('participants.agreement.signedHow')}
        value={signedHow}
        options={[
          { value: 'paper', label: t('participants.agreement.how.paper') },
          { value: 'in_person', label: t('participants.agreement.how.in_person') },
        ]}
        onChange={setSignedHow}
        error={form.fieldErrors.signedHow}
        isRequired
      />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('participants.agreement.sign')}</Button>
    </Form>
  );
};

/** The wijk-werkovereenkomst (R7): drafted from the versioned template, opened as PDF, recorded as signed. */
export const AgreementSection = ({ participant, mayWrite }: { participant: ParticipantDetail; mayWrite: boolean }) => {
  const { t, i18n } = useTranslation();
  const draft = useDraftAgreement(participant.id);
  const [plannedStartDate, setPlannedStartDate] = useState(todayInBrussels);
  const form = useContractForm({
    schema: createAgreementRequestSchema,
    send: (body) => draft.mutateAsync(body.plannedStartDate),
    successText: t('participants.agreement.drafted'),
  });
  // The signing form goes away once signed; its confirmation is kept here, in a region that stays.
  const [signedNotice, setSignedNotice] = useState<string | null>(null);
  const agreements = [...participant.agreements].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const unsigned = agreements.find((agreement) => agreement.signedOn === null);

  return (
    <section aria-labelledby="agreement-title" className="panel">
      <h2 id="agreement-title">{t('participants.agreement.title')}</h2>
      {agreements.length === 0 ? <p>{t('participants.agreement.none')}</p> : null}
      {agreements.length > 0 ? (
        <ul className="record-list" aria-label={t('participants.agreement.listLabel')}>
          {agreements.map((agreement) => (
            <li key={agreement.id} className="record-list__item">
              <p>
                <strong>{t('participants.agreement.version', { version: agreement.templateVersion })}</strong> —{' '}
                {t('participants.agreement.createdAt', { when: formatInstant(agreement.createdAt, i18n.language) })}
              </p>
              <p>
                {agreement.signedOn && agreement.signedHow
                  ? t('participants.agreement.signedText', {
                      date: formatCivilDate(agreement.signedOn, i18n.language),
                      how: t(`participants.agreement.how.${agreement.signedHow}`),
                    })
                  : t('participants.agreement.notSigned')}
              </p>
              <p>
                <a href={agreementPdfPath(participant.id, agreement.id)} target="_blank" rel="noopener noreferrer">
                  {t('participants.agreement.openPdf')}
                  <span className="visually-hidden"> {t('common.opensInNewWindow')}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {mayWrite && unsigned ? (
        <SignForm
          key={unsigned.id}
          participantId={participant.id}
          agreement={unsigned}
          onSigned={() => {
            form.clearSuccess();
            setSignedNotice(t('participants.agreement.signed'));
          }}
        />
      ) : null}
      {/* A new version is drafted only when there is none yet; a signed agreement stays the reference. */}
      {mayWrite && agreements.length === 0 ? (
        <Form onSubmit={form.handleSubmit(() => ({ plannedStartDate }))} className="form" aria-label={t('participants.agreement.draftTitle')}>
          <h3>{t('participants.agreement.draftTitle')}</h3>
          <TextField
            label={t('participants.agreement.plannedStartDate')}
            type="date"
            size="medium"
            value={plannedStartDate}
            onChange={setPlannedStartDate}
            error={form.fieldErrors.plannedStartDate}
            isRequired
          />
          <Button type="submit">{form.isPending ? t('common.saving') : t('participants.agreement.draft')}</Button>
        </Form>
      ) : null}
      {/* Outside the draft form: drafting replaces that form with the signing form, the confirmation must stay. */}
      {mayWrite ? <FormFeedback feedback={form.feedback} /> : null}
      <StatusMessage>{signedNotice}</StatusMessage>
    </section>
  );
};
