import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { useCreateAccount } from '../api/accounts';
import { AccountCreateForm } from './account-create-form';

export type AccountCreatedState = { created: true };

export const NewAccountPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createAccount = useCreateAccount();
  return (
    <>
      <p>
        <Link to="/beheer/accounts">{t('accounts.backToList')}</Link>
      </p>
      <PageHeading title={t('accounts.create.title')}>{t('accounts.create.title')}</PageHeading>
      <p>{t('accounts.create.intro')}</p>
      <AccountCreateForm
        onCreate={(body) => createAccount.mutateAsync(body)}
        onCreated={(account) => {
          const state: AccountCreatedState = { created: true };
          void navigate(`/beheer/accounts/${account.id}`, { state });
        }}
      />
    </>
  );
};
