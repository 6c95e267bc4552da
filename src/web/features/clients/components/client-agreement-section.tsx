import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { signClientAgreementRequestSchema, type ClientDetail } from '../../../../contracts/clients';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { TextField } from '../../../components/text-field';
import { errorMessageKey } from '../../../lib/api-error';
import { formatInstant, todayInBrussels } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { agreementPdfPath, useDraftClientAgreement, useSignClientAgreement } from '../api/clients';
import { SendSigningLinkButton } from './send-signing-link-button';

const SignOnPaperForm = ({ clientId, agreementId }: { clientId: string; agreementId: string }) => {
  const { t } = useTranslation();
  const sign = useSignClientAgreement(clientId);
  const [signedOn, setSignedOn] = useState(todayInBrussels);
  const form = useContractForm({ schema: signClientAgreementRequestSchema, send: (body) => sign.mutateAsync({ ...body, agreementId }) });
  return (
    <Form onSubmit={form.handleSubmit(() => ({ signedOn, signedHow: 'paper' }))} className="form" aria-label={t('clients.agreement.signTitle')}>
      <TextField label={t('clients.agreement.signedOn')} type="date" size="medium" value={signedOn} onChange={setSignedOn} error={form.fieldErrors.signedOn} isRequired />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('clients.agreement.signOnPaper')}</Button>
    </Form>
  );
};

/** The gebruikersovereenkomst: drawn up from the template, opened as PDF, recorded as signed on paper. */
export const ClientAgreementSection = ({ client, mayWrite }: { client: ClientDetail; mayWrite: boolean }) => {
  const { t, i18n } = useTranslation();
  const draft = useDraftClientAgreement(client.id);
  const unsigned = client.agreements.find((agreement) => agreement.signedOn === null);
  return (
    <section aria-labelledby="client-agreement-title" className="panel">
      <h2 id="client-agreement-title">{t('clients.agreement.title')}</h2>
      {client.agreements.length === 0 ? <p>{t('clients.agreement.none')}</p> : null}
      {client.agreements.length > 0 ? (
        <ul className="record-list" aria-label={t('clients.agreement.listLabel')}>
          {client.agreements.map((agreement) => (
            <li key={agreement.id} className="record-list__item">
              <p>
                {t('clients.agreement.version', { version: agreement.templateVersion })} — {formatInstant(agreement.createdAt, i18n.language)}
              </p>
              <p>
                {agreement.signedOn ? t('clients.agreement.signedText', { date: formatCivilDate(agreement.signedOn, i18n.language) }) : t('clients.agreement.notSigned')}
                {agreement.signedHow === 'link' && agreement.signedName ? ` ${t('clientside.signing.signedBy', { name: agreement.signedName })}` : ''}
                {agreement.signingLinkSentAt ? ` ${t('clientside.signing.linkOut', { date: formatInstant(agreement.signingLinkSentAt, i18n.language) })}` : ''}
              </p>
              <p>
                <a href={agreementPdfPath(client.id, agreement.id)} target="_blank" rel="noopener noreferrer">
                  {t('clients.agreement.openPdf')}
                  <span className="visually-hidden"> {t('common.opensInNewWindow')}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {mayWrite && unsigned ? <SignOnPaperForm key={unsigned.id} clientId={client.id} agreementId={unsigned.id} /> : null}
      {mayWrite && unsigned ? <SendSigningLinkButton key={`link-${unsigned.id}`} client={client} agreementId={unsigned.id} /> : null}
      {mayWrite && client.agreements.length === 0 ? (
        <Button onPress={() => draft.mutate(undefined)} isDisabled={draft.isPending}>
          {t('clients.agreement.draft')}
        </Button>
      ) : null}
      {draft.isError ? <ErrorAlert>{t(errorMessageKey(draft.error))}</ErrorAlert> : null}
      <StatusMessage>{draft.isSuccess ? t('clients.agreement.drafted') : null}</StatusMessage>
    </section>
  );
};
