import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SessionResponse } from '../../../../contracts/sessions';
import { formatEnterpriseNumber } from '../../../../domain/identity/kbo';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { useClient } from '../api/clients';
import { ClientAgreementSection } from './client-agreement-section';
import { ClientFeeSection } from './client-fee-section';
import { ContactPortalButton } from './contact-portal-button';

/** One client: who and where, the contact persons, the agreement and this year's fee. */
export const ClientPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const client = useClient(clientId);
  const data = client.data;
  const title = data?.name ?? t('clients.page.loadingTitle');
  const mayWrite = can(session.role, 'clients.create');
  const mayInvite = can(session.role, 'invitations.create');

  return (
    <>
      <p>
        <Link to="/gebruikers">{t('clients.page.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {client.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {client.isError ? <ErrorAlert>{t(errorMessageKey(client.error))}</ErrorAlert> : null}
      {data ? (
        <div className="stack">
          <section aria-labelledby="client-record-title" className="panel">
            <h2 id="client-record-title">{t('clients.page.record')}</h2>
            <dl className="facts">
              <dt>{t('clients.fields.clientNumber')}</dt>
              <dd>{data.clientNumber}</dd>
              <dt>{t('clients.fields.category')}</dt>
              <dd>
                {t(`clients.category.${data.category}`)}
                {data.localAuthorityKind ? ` — ${t(`clients.kind.${data.localAuthorityKind}`)}` : ''}
              </dd>
              {data.enterpriseNumber ? (
                <>
                  <dt>{t('clients.fields.enterpriseNumber')}</dt>
                  <dd>{formatEnterpriseNumber(data.enterpriseNumber)}</dd>
                </>
              ) : null}
              <dt>{t('clients.fields.address')}</dt>
              <dd>
                {data.address.street}, {data.address.postcode} {data.address.city}
              </dd>
              <dt>{t('clients.fields.municipality')}</dt>
              <dd>{data.municipality?.name ?? '—'}</dd>
              {data.email ? (
                <>
                  <dt>{t('clients.fields.email')}</dt>
                  <dd>{data.email}</dd>
                </>
              ) : null}
              {data.phone ? (
                <>
                  <dt>{t('clients.fields.phone')}</dt>
                  <dd>{data.phone}</dd>
                </>
              ) : null}
            </dl>
            <h3>{t('clients.page.contacts')}</h3>
            {data.contacts.length === 0 ? <p>{t('clients.page.noContacts')}</p> : null}
            <ul className="record-list" aria-label={t('clients.page.contacts')}>
              {data.contacts.map((contact) => (
                <li key={contact.id} className="record-list__item">
                  {contact.name}
                  {contact.role ? ` — ${contact.role}` : ''}
                  {contact.email ? ` — ${contact.email}` : ''}
                  {contact.phone ? ` — ${contact.phone}` : ''}
                  {mayInvite ? <ContactPortalButton clientId={data.id} contact={contact} /> : null}
                </li>
              ))}
            </ul>
            {data.jobWish ? (
              <>
                <h3>{t('clientside.jobWish.title')}</h3>
                <p>
                  {data.jobWish.activityCode ? `${data.jobWish.activityCode}: ` : ''}
                  {data.jobWish.text}
                </p>
              </>
            ) : null}
          </section>
          <ClientAgreementSection client={data} mayWrite={mayWrite} />
          <ClientFeeSection client={data} mayWrite={mayWrite} />
        </div>
      ) : null}
    </>
  );
};
