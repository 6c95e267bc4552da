import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { updateJobRequestRequestSchema } from '../../../../contracts/job-requests';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { useJobRequest, useUpdateJobRequest } from '../api/job-requests';
import { JobRequestForm, requestFields, valuesOf } from './job-request-form';

/** Change a klusje while it is new or in matching; the same checks as a new one. */
export const EditJobRequestPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { jobRequestId = '' } = useParams();
  const request = useJobRequest(jobRequestId);
  const update = useUpdateJobRequest(jobRequestId);
  const data = request.data;

  return (
    <>
      <p>
        <Link to={`/klusjes/${jobRequestId}`}>{t('jobRequests.page.back')}</Link>
      </p>
      <PageHeading title={t('jobRequests.edit.title')}>{t('jobRequests.edit.title')}</PageHeading>
      {request.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {request.isError ? <ErrorAlert>{t(errorMessageKey(request.error))}</ErrorAlert> : null}
      {data ? (
        <JobRequestForm
          schema={updateJobRequestRequestSchema}
          initial={valuesOf(data)}
          clientCategory={data.client.category}
          body={(values) => ({ version: data.version, ...requestFields(values) })}
          send={(body) => update.mutateAsync(body)}
          onSuccess={() => void navigate(`/klusjes/${jobRequestId}`)}
          submitText={t('jobRequests.edit.submit')}
        />
      ) : null}
    </>
  );
};
