import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { useInviteMember } from '../api/accounts';
import { InviteMemberForm } from './invite-member-form';

export type AccountInvitedState = { invitedUntil: string | null };

export const NewAccountPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invite = useInviteMember();
  return (
    <>
      <p>
        <Link to="/beheer/accounts">{t('accounts.backToList')}</Link>
      </p>
      <PageHeading title={t('accounts.invite.title')}>{t('accounts.invite.title')}</PageHeading>
      <p>{t('accounts.invite.intro')}</p>
      <InviteMemberForm
        onInvite={(body) => invite.mutateAsync(body)}
        onInvited={(invitation) => {
          const state: AccountInvitedState = { invitedUntil: invitation.linkExpiresAt };
          void navigate(`/beheer/accounts/${invitation.accountId}`, { state });
        }}
      />
    </>
  );
};
