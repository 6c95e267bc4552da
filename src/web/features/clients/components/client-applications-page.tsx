import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clientApplicationStatuses, type ClientApplicationSummary } from '../../../../contracts/client-applications';
import { RadioField } from '../../../components/choice-fields';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { formatInstant } from '../../../lib/dates';
import { useClientApplications } from '../api/client-applications';

/** The applications from the public "Word gebruiker" form: new ones first to decide, then approved or declined. */
export const ClientApplicationsPage = () => {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ClientApplicationSummary['status']>('new');
  const list = useClientApplications(status);
  return (
    <>
      <p>
        <Link to="/gebruikers">{t('clients.page.back')}</Link>
      </p>
      <PageHeading title={t('clientside.applications.title')}>{t('clientside.applications.title')}</PageHeading>
      <RadioField
        label={t('clientside.applications.show')}
        value={status}
        options={clientApplicationStatuses.map((value) => ({ value, label: t(`clientside.applications.status.${value}`) }))}
        onChange={setStatus}
        orientation="horizontal"
      />
      {list.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {list.isError ? <ErrorAlert>{t(errorMessageKey(list.error))}</ErrorAlert> : null}
      {list.data?.items.length === 0 ? <p>{t('clientside.applications.empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="record-list" aria-label={t('clientside.applications.title')}>
          {list.data.items.map((item) => (
            <li key={item.id} className="record-list__item">
              <Link to={`/gebruikers/aanvragen/${item.id}`}>{item.name}</Link> — {t(`clients.category.${item.category}`)} — {item.city} —{' '}
              {formatInstant(item.submittedAt, i18n.language)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
};
