import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../contracts/clients';
import { Button } from '../../../components/button';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { errorMessageKey } from '../../../lib/api-error';
import { useInviteClientContact } from '../api/client-applications';

type Contact = ClientDetail['contacts'][number];

/** "Uitnodigen": a contact with an e-mail address gets a portal login for this client; invited ones may get a new link. */
export const ContactPortalButton = ({ clientId, contact }: { clientId: string; contact: Contact }) => {
  const { t } = useTranslation();
  const invite = useInviteClientContact(clientId);
  const email = contact.email;
  return (
    <>
      <span> — {t(`clientside.portalStatus.${contact.portalStatus}`)}</span>
      {email && contact.portalStatus !== 'active' ? (
        <Button variant="secondary" onPress={() => invite.mutate({ clientContactId: contact.id, email })} isDisabled={invite.isPending}>
          {contact.portalStatus === 'invited' ? t('clientside.invite.again', { name: contact.name }) : t('clientside.invite.button', { name: contact.name })}
        </Button>
      ) : null}
      {invite.isError ? <ErrorAlert>{t(errorMessageKey(invite.error))}</ErrorAlert> : null}
      <StatusMessage>{invite.isSuccess ? t('clientside.invite.sent', { email }) : null}</StatusMessage>
    </>
  );
};
