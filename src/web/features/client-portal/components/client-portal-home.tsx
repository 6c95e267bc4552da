import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../contracts/clients';
import type { SessionResponse } from '../../../../contracts/sessions';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { formatCivilDate } from '../../../lib/format';
import { ownAgreementPdfPath, useClientPortal } from '../api/client-portal';

const euro = (cents: number, locale: string): string => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** One client as its contact sees it: the data, the agreement and this year's fee, in short plain sentences. */
const OwnClient = ({ client }: { client: ClientDetail }) => {
  const { t, i18n } = useTranslation();
  const agreement = client.agreements[0];
  const fee = client.registrationFee;
  return (
    <div className="stack">
      <section className="panel" aria-labelledby={`data-${client.id}`}>
        <h2 id={`data-${client.id}`}>{t('clientside.portal.data')}</h2>
        <dl className="facts">
          <dt>{t('clients.fields.clientNumber')}</dt>
          <dd>{client.clientNumber}</dd>
          <dt>{t('clients.fields.address')}</dt>
          <dd>
            {client.address.street}, {client.address.postcode} {client.address.city}
          </dd>
          {client.email ? (
            <>
              <dt>{t('clients.fields.email')}</dt>
              <dd>{client.email}</dd>
            </>
          ) : null}
          {client.phone ? (
            <>
              <dt>{t('clients.fields.phone')}</dt>
              <dd>{client.phone}</dd>
            </>
          ) : null}
        </dl>
        <h3>{t('clients.page.contacts')}</h3>
        <ul className="record-list" aria-label={t('clients.page.contacts')}>
          {client.contacts.map((contact) => (
            <li key={contact.id} className="record-list__item">
              {contact.name}
              {contact.email ? ` — ${contact.email}` : ''}
              {contact.phone ? ` — ${contact.phone}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby={`agreement-${client.id}`}>
        <h2 id={`agreement-${client.id}`}>{t('clientside.portal.agreement')}</h2>
        {agreement ? (
          <>
            <p className={agreement.signedOn ? 'status status--ok' : 'status'}>
              {agreement.signedOn ? t('clientside.portal.signed', { date: formatCivilDate(agreement.signedOn, i18n.language) }) : t('clientside.portal.notSigned')}
            </p>
            <p>
              <a href={ownAgreementPdfPath(client.id, agreement.id)} target="_blank" rel="noopener noreferrer" className="button button--secondary">
                {t('clientside.portal.downloadPdf')}
                <span className="visually-hidden"> {t('common.opensInNewWindow')}</span>
              </a>
            </p>
          </>
        ) : (
          <p>{t('clientside.portal.noAgreement')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby={`fee-${client.id}`}>
        <h2 id={`fee-${client.id}`}>{t('clientside.portal.fee', { year: fee.year })}</h2>
        <p className={fee.paidOn ? 'status status--ok' : 'status'}>
          {fee.paidOn ? t('clientside.portal.paid', { date: formatCivilDate(fee.paidOn, i18n.language) }) : t('clientside.portal.unpaid')}
        </p>
        <dl className="facts">
          <dt>{t('clientside.portal.amount')}</dt>
          <dd>{euro(fee.amountCents, i18n.language)}</dd>
          <dt>{t('clientside.portal.reference')}</dt>
          <dd className="reference">{fee.structuredReference}</dd>
        </dl>
        {fee.paidOn ? null : <p>{t('clientside.portal.howToPay')}</p>}
      </section>
    </div>
  );
};

/** The client portal's home (role client), phone-first: "Mijn gegevens" and whom to call at the office. */
export const ClientPortalHome = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const portal = useClientPortal();
  return (
    <>
      <PageHeading title={t('clientside.portal.title')}>{t('clientside.portal.title')}</PageHeading>
      <p>{t('dashboard.greeting', { name: session.account.displayName })}</p>
      {portal.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {portal.isError ? <ErrorAlert>{t(errorMessageKey(portal.error))}</ErrorAlert> : null}
      {portal.data?.clients.length === 0 ? <p>{t('clientside.portal.noClient')}</p> : null}
      {portal.data?.clients.map((client) => (
        <OwnClient key={client.id} client={client} />
      ))}
      {portal.data?.office ? (
        <section className="panel" aria-labelledby="office-contact">
          <h2 id="office-contact">{t('clientside.portal.office')}</h2>
          <p>{portal.data.office.name}</p>
          <p>
            {portal.data.office.street}, {portal.data.office.postcode} {portal.data.office.city}
          </p>
          <p>
            <a href={`tel:${portal.data.office.phone.replaceAll(' ', '')}`}>{t('clientside.portal.call', { phone: portal.data.office.phone })}</a>
          </p>
          <p>
            <a href={`mailto:${portal.data.office.email}`}>{t('clientside.portal.mail', { email: portal.data.office.email })}</a>
          </p>
        </section>
      ) : null}
    </>
  );
};
