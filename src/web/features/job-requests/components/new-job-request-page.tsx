import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createJobRequestRequestSchema } from '../../../../contracts/job-requests';
import { PageHeading } from '../../../components/page-heading';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useClientChoices, useCreateJobRequest } from '../api/job-requests';
import { emptyJobRequestValues, JobRequestForm, requestFields } from './job-request-form';

/** A klusje recorded on behalf of a client: find the client, then what, where and when. */
export const NewJobRequestPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateJobRequest();
  const [search, setSearch] = useState('');
  const [clientId, setClientId] = useState('');
  const clients = useClientChoices(search.trim());
  const found = clients.data?.items ?? [];
  const chosen = found.find((client) => client.id === clientId);

  return (
    <>
      <p>
        <Link to="/klusjes">{t('jobRequests.page.back')}</Link>
      </p>
      <PageHeading title={t('jobRequests.create.title')}>{t('jobRequests.create.title')}</PageHeading>
      <JobRequestForm
        schema={createJobRequestRequestSchema}
        initial={emptyJobRequestValues}
        clientCategory={chosen?.category ?? null}
        body={(values) => ({ clientId, ...requestFields(values) })}
        send={(body) => create.mutateAsync(body)}
        onSuccess={(request) => void navigate(`/klusjes/${request.id}`)}
        submitText={t('jobRequests.create.submit')}
      >
        {(errors) => (
          <>
            <TextField
              label={t('jobRequests.fields.searchClient')}
              description={t('jobRequests.fields.searchClientHint')}
              value={search}
              onChange={setSearch}
              size="medium"
            />
            <SelectField
              label={t('jobRequests.fields.client')}
              value={clientId}
              placeholder={t('jobRequests.fields.chooseClient')}
              options={found.map((client) => ({ value: client.id, label: `${client.name} (${client.municipality?.name ?? client.clientNumber})` }))}
              onChange={setClientId}
              error={errors.clientId}
              isRequired
            />
          </>
        )}
      </JobRequestForm>
    </>
  );
};
