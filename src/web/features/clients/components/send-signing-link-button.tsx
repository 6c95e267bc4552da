import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../contracts/clients';
import { Button } from '../../../components/button';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { SelectField } from '../../../components/select-field';
import { errorMessageKey } from '../../../lib/api-error';
import { useSendSigningLink } from '../api/client-applications';

/** "Verstuur ter ondertekening": to a contact with an e-mail address; the one-time link shows the text and signs once. */
export const SendSigningLinkButton = ({ client, agreementId }: { client: ClientDetail; agreementId: string }) => {
  const { t } = useTranslation();
  const send = useSendSigningLink(client.id, agreementId);
  const reachable = client.contacts.filter((contact) => contact.email !== null);
  const [contactId, setContactId] = useState(reachable[0]?.id ?? '');
  if (reachable.length === 0) return <p>{t('clientside.signing.noContact')}</p>;
  return (
    <div className="form">
      {reachable.length > 1 ? (
        <SelectField
          label={t('clientside.signing.to')}
          value={contactId}
          options={reachable.map((contact) => ({ value: contact.id, label: `${contact.name} (${contact.email ?? ''})` }))}
          onChange={setContactId}
        />
      ) : null}
      <Button variant="secondary" onPress={() => send.mutate({ contactId })} isDisabled={send.isPending || contactId === ''}>
        {t('clientside.signing.send')}
      </Button>
      {send.isError ? <ErrorAlert>{t(errorMessageKey(send.error))}</ErrorAlert> : null}
      <StatusMessage>{send.isSuccess ? t('clientside.signing.sent') : null}</StatusMessage>
    </div>
  );
};
