import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { useAddClosure, useOffice, useReloadOffice, useRemoveClosure, useReplaceOpeningHours, useUpdateOffice } from '../api/offices';
import { ClosuresEditor } from './closures-editor';
import { OfficeDetailsForm } from './office-details-form';
import { OpeningHoursEditor } from './opening-hours-editor';

const wasJustCreated = (state: unknown): boolean => typeof state === 'object' && state !== null && (state as Record<string, unknown>).created === true;

export const OfficeDetailPage = () => {
  const { t } = useTranslation();
  const { officeId = '' } = useParams();
  const location = useLocation();
  const office = useOffice(officeId);
  const updateOffice = useUpdateOffice(officeId);
  const replaceHours = useReplaceOpeningHours(officeId);
  const addClosure = useAddClosure(officeId);
  const removeClosure = useRemoveClosure(officeId);
  const reload = useReloadOffice(officeId);

  const title = office.data?.name ?? t('offices.admin.title');

  return (
    <>
      <p>
        <Link to="/beheer/kantoren">{t('offices.admin.backToList')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <StatusMessage>{wasJustCreated(location.state) ? t('offices.admin.created') : null}</StatusMessage>
      {office.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {office.isError ? <ErrorAlert>{t(errorMessageKey(office.error))}</ErrorAlert> : null}
      {office.data === null ? <ErrorAlert>{t('offices.admin.notFound')}</ErrorAlert> : null}
      {office.data ? (
        <div className="stack">
          <OpeningHoursEditor office={office.data} onSave={(body) => replaceHours.mutateAsync(body)} onReload={reload} />
          <ClosuresEditor office={office.data} onAdd={(body) => addClosure.mutateAsync(body)} onRemove={(closureId) => removeClosure.mutateAsync(closureId)} />
          <OfficeDetailsForm office={office.data} onSave={(body) => updateOffice.mutateAsync(body)} onReload={reload} />
        </div>
      ) : null}
    </>
  );
};
