import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { useOffices } from '../api/offices';

export const OfficesAdminPage = () => {
  const { t } = useTranslation();
  const offices = useOffices();
  return (
    <>
      <PageHeading title={t('offices.admin.title')}>{t('offices.admin.title')}</PageHeading>
      <p>{t('offices.admin.intro')}</p>
      <p>
        <Link to="nieuw" className="button button--secondary">
          {t('offices.admin.new')}
        </Link>
      </p>
      {offices.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {offices.isError ? <ErrorAlert>{t(errorMessageKey(offices.error))}</ErrorAlert> : null}
      {offices.data?.length === 0 ? <p>{t('offices.admin.empty')}</p> : null}
      {offices.data && offices.data.length > 0 ? (
        <ul className="cards" aria-label={t('offices.admin.listLabel')}>
          {offices.data.map((office) => (
            <li key={office.id} className="card card--link">
              <Link to={office.id} className="card__title">
                {office.name}
              </Link>
              <p>
                {office.address.street}, {office.address.postcode} {office.address.city}
                <br />
                {office.phone}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
};
